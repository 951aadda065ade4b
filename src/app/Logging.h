#pragma once

#include <QString>

namespace permanence::app {

/// Sets up spdlog: a rotating file in `logDir` (permanence.log, 5 MB × 3) shared by every named
/// logger, warnings to stderr, and Qt's own messages bridged in. `level` is an spdlog level
/// name (trace, debug, info, warn, error, critical, off); an unknown name is an error.
/// Never log personal data: ids and error codes only.
/// True when `level` names an spdlog level; otherwise sets `error` naming the option.
[[nodiscard]] bool isLogLevel(const QString& level, QString* error);

[[nodiscard]] bool setUpLogging(const QString& logDir, const QString& level, QString* error);

} // namespace permanence::app
