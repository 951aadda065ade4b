#pragma once

#include "app/CommandLine.h"
#include "domain/Clock.h"
#include "domain/Dates.h"
#include "services/Workspace.h"

#include <QTextStream>
#include <memory>

namespace permanence::app {

/// Opens the database a read-only headless command names (--database, else the default) for
/// the user running it. Opening a missing file would create an empty database, which a command
/// that only reads must not do. On failure prints why on `err` and sets `exitCode` (2: usage —
/// no such file, or an unknown --council; 1: the database cannot be read or has no agency).
[[nodiscard]] std::unique_ptr<services::Workspace> openExistingWorkspace(const CommandLine& cl,
                                                                         const domain::Clock& clock,
                                                                         QTextStream& err,
                                                                         int& exitCode);

/// The reporting year a command means: --year, else the last complete one (the current year is
/// still running).
[[nodiscard]] domain::ReportingYear requestedYear(const CommandLine& cl,
                                                  const domain::Clock& clock);

} // namespace permanence::app
