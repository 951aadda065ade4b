#include "app/Run.h"

#include "app/AppPaths.h"
#include "app/CommandLine.h"
#include "app/DesktopSession.h"
#include "app/HeadlessCommands.h"
#include "app/Logging.h"

#include <QApplication>
#include <QCoreApplication>
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

/// Parses the command line against the running application; prints help/version and exits.
bool parse(const QCoreApplication& app, CommandLine& cl)
{
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app); // --help / --version print and exit here, with no display needed
    QString error;
    if (!readCommandLine(parser, cl, &error) ||
        !setUpLogging(AppPaths::logDir(), cl.logLevel, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int run(int argc, char* argv[])
{
    describeApplication();
    if (wantsHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        CommandLine cl;
        if (!parse(app, cl))
            return 2;
        spdlog::info("app: headless command {}", cl.command.toStdString());
        return runHeadless(cl);
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
