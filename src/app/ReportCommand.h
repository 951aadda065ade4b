#pragma once

#include "app/CommandLine.h"

namespace permanence::app {

/// `permanence report annual --database FILE --year 2023 --format pdf|html --output FILE`:
/// writes the statutory annual report (reports/AnnualReport.h) without a display. The format
/// defaults to the output's extension. Returns 0 on success, 1 when the database cannot be read
/// or the file cannot be written, 2 on a usage error.
[[nodiscard]] int runReport(const CommandLine& commandLine);

} // namespace permanence::app
