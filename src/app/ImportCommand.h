#pragma once

#include "app/CommandLine.h"

namespace permanence::app {

/// `permanence import children FILE.csv [--database DB]`: imports a spreadsheet tracker of
/// children (docs/import.md). Prints a summary line, then one line per problem, then possible
/// duplicates. Returns 0 when imported, 1 when refused or failed (nothing written), 2 on a
/// usage error (no FILE, a kind other than "children").
[[nodiscard]] int runImport(const CommandLine& commandLine);

} // namespace permanence::app
