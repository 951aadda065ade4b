#pragma once

#include <QString>

namespace permanence::app {

/// Where Permanence keeps its files by default: a `permanence` folder in the platform's data
/// location (~/.local/share/permanence on Linux). Call after the application object exists.
struct AppPaths
{
    [[nodiscard]] static QString dataDir();
    [[nodiscard]] static QString defaultDatabase(); ///< dataDir()/permanence.sqlite
    [[nodiscard]] static QString logDir();          ///< dataDir()/logs
};

} // namespace permanence::app
