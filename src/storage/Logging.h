#pragma once

#include <QString>
#include <spdlog/fmt/fmt.h> // libfmt (SPDLOG_FMT_EXTERNAL on Debian), or spdlog's bundled copy
#include <spdlog/logger.h>
#include <string_view>

/// Lets `QString` appear in log messages as UTF-8. This is the project's one definition: other
/// layers include this header rather than declaring their own (two would not compile together).
template <> struct fmt::formatter<QString> : fmt::formatter<std::string_view>
{
    template <typename FormatContext> auto format(const QString& text, FormatContext& context) const
    {
        const QByteArray utf8 = text.toUtf8();
        return fmt::formatter<std::string_view>::format(
            std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), context);
    }
};

namespace permanence::storage {

/// The "storage" logger. If the application has not registered one by that name, it is created
/// on first use with the default logger's sinks and level, so storage messages land wherever the
/// application sends its log. Never log personal data through it: ids and codes only.
[[nodiscard]] spdlog::logger& storageLog();

} // namespace permanence::storage
