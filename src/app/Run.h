#pragma once

namespace permanence::app {

/// Parses the command line; runs a headless command (no display needed) or the desktop app.
int run(int argc, char* argv[]);

} // namespace permanence::app
