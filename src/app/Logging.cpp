#include "app/Logging.h"

#include <QDir>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace permanence::app {
namespace {

void qtMessageToLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    auto logger = spdlog::get("qt");
    if (!logger)
        return;
    const std::string text = message.toStdString();
    const char* category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        logger->debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        logger->info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        logger->warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
        logger->error("[{}] {}", category, text);
        break;
    case QtFatalMsg:
        logger->critical("[{}] {}", category, text);
        break;
    }
}

} // namespace

bool isLogLevel(const QString& level, QString* error)
{
    // from_str answers "off" for any name it does not know; only accept "off" when asked for.
    if (spdlog::level::from_str(level.toStdString()) == spdlog::level::off &&
        level != QLatin1String("off")) {
        if (error)
            *error = QStringLiteral("--log-level: '%1' is not a level (use trace, debug, info, "
                                    "warn, error, critical or off)")
                         .arg(level);
        return false;
    }
    return true;
}

bool setUpLogging(const QString& logDir, const QString& level, QString* error)
{
    if (!isLogLevel(level, error))
        return false;
    const auto parsed = spdlog::level::from_str(level.toStdString());
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(spdlog::level::warn);
    sinks.push_back(console);
    if (QDir().mkpath(logDir)) {
        try {
            const std::string file =
                QDir(logDir).filePath(QStringLiteral("permanence.log")).toStdString();
            sinks.push_back(
                std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file, 5 * 1024 * 1024, 3));
        } catch (const spdlog::spdlog_ex& e) {
            // The app still runs without a log file; say so on stderr.
            console->log(spdlog::details::log_msg(
                "log", spdlog::level::warn, std::string("cannot open log file: ") + e.what()));
        }
    }
    auto root = std::make_shared<spdlog::logger>("permanence", sinks.begin(), sinks.end());
    root->set_level(parsed);
    root->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(root);
    // Named loggers per layer share the sinks; layers fetch them with spdlog::get(name) and
    // fall back to the default logger.
    for (const char* name : {"storage", "services", "gui", "app", "qt"}) {
        spdlog::drop(name);
        auto named = root->clone(name);
        spdlog::register_logger(named);
    }
    spdlog::set_pattern("%Y-%m-%d %H:%M:%S.%e %-5l [%n] %v");
    qInstallMessageHandler(qtMessageToLog);
    return true;
}

} // namespace permanence::app
