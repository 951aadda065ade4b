#include "app/Run.h"

#include "app/AppPaths.h"
#include "app/CommandLine.h"
#include "app/DesktopSession.h"
#include "app/HeadlessCommands.h"
#include "app/Logging.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <memory>
#include <spdlog/spdlog.h>

namespace permanence::app {
namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("permanence"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PERMANENCE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("permanence"));
}

void printError(const QString& error)
{
    QTextStream(stderr) << error << Qt::endl
                        << QStringLiteral("Run 'permanence --help' for the options.") << Qt::endl;
}

/// Checks every option before any window system is touched, so a mistyped option is reported
/// plainly even on a machine without a display. Qt's own GUI options are accepted here and
/// consumed later by QApplication.
bool preflight(int argc, char* argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    describeOptions(parser);
    for (const char* name : {"platform", "style", "stylesheet", "display", "geometry",
                             "qwindowgeometry", "platformtheme", "plugin", "session", "title"}) {
        QCommandLineOption qtOption(QString::fromLatin1(name), QString(), QStringLiteral("value"));
        qtOption.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(qtOption);
    }
    for (const char* name : {"reverse", "widgetcount", "nograb", "dograb", "sync"}) {
        QCommandLineOption qtFlag(QString::fromLatin1(name));
        qtFlag.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(qtFlag);
    }
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return false;
    }
    CommandLine cl;
    QString error;
    if (!readCommandLine(parser, cl, &error) || !isLogLevel(cl.logLevel, &error)) {
        printError(error);
        return false;
    }
    return true;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

bool needsFonts(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if (QString::fromLocal8Bit(argv[i]) == QLatin1String("report"))
            return true;
    return false;
}

/// Parses the command line against the running application; prints help/version and exits.
bool parse(const QCoreApplication& app, CommandLine& cl)
{
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app); // --help / --version print and exit here, with no display needed
    QString error;
    if (!readCommandLine(parser, cl, &error) ||
        !setUpLogging(AppPaths::logDir(), cl.logLevel, &error)) {
        printError(error);
        return false;
    }
    return true;
}

} // namespace

int run(int argc, char* argv[])
{
    describeApplication();
    if (wantsHeadless(argc, argv)) {
        // Reports lay out text and draw charts, which needs fonts (a QGuiApplication) but not a
        // screen: without a display they use the offscreen platform.
        std::unique_ptr<QCoreApplication> app;
        if (needsFonts(argc, argv)) {
            if (!hasDisplay())
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        CommandLine cl;
        if (!parse(*app, cl))
            return 2;
        spdlog::info("app: headless command {}", cl.command.toStdString());
        return runHeadless(cl);
    }

    if (!preflight(argc, argv))
        return 2;
    if (!hasDisplay()) {
        QTextStream(stderr) << QStringLiteral(
                                   "Permanence needs a display. On a machine without one, run it "
                                   "under a virtual display: xvfb-run -a permanence …")
                            << Qt::endl;
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Permanence"));
    CommandLine cl;
    if (!parse(app, cl))
        return 2;
    spdlog::info("app: starting version {}", PERMANENCE_VERSION);
    const QString path = cl.database.isEmpty() ? AppPaths::defaultDatabase() : cl.database;
    DesktopSession session(!cl.noDemo);
    if (!session.start(path))
        return 1;
    const int code = QApplication::exec();
    spdlog::info("app: exit {}", code);
    return code;
}

} // namespace permanence::app
