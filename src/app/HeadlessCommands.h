#pragma once

#include "app/CommandLine.h"

namespace permanence::app {

/// Runs a headless command; returns the process exit code (0 success, 1 failure, 2 usage).
[[nodiscard]] int runHeadless(const CommandLine& commandLine);

} // namespace permanence::app
