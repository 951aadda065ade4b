#pragma once

#include "app/CommandLine.h"

namespace permanence::app {

/// `permanence measures --database FILE --year 2023 [--council CODE] --format json`: prints
/// every statutory measure and 003 §3 figure for the reporting year (2023 = 2023-24) as JSON
/// (metrics/MeasuresJson.h), so other tools use the same numbers as the dashboard and report.
/// Without --year: the last complete reporting year. Returns 0 on success, 1 when the database
/// cannot be read, 2 on a usage error (no such database, unknown council, format not json).
[[nodiscard]] int runMeasures(const CommandLine& commandLine);

} // namespace permanence::app
