#include "app/CommandLine.h"

#include <QCoreApplication>
#include <cstring>

namespace permanence::app {

const QStringList& headlessCommands()
{
    static const QStringList commands = {QStringLiteral("generate-demo")};
    return commands;
}

bool wantsHeadless(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (!std::strcmp(a, "--help") || !std::strcmp(a, "-h") || !std::strcmp(a, "--help-all") ||
            !std::strcmp(a, "--version") || !std::strcmp(a, "-v"))
            return true;
        if (a[0] != '-' && headlessCommands().contains(QString::fromLocal8Bit(a)))
            return true;
    }
    return false;
}

void describeOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Permanence: case management for regional adoption agencies.\n\n"
        "Without a command, opens the desktop application. Commands (no display needed):\n"
        "  generate-demo   fill an empty database with a synthetic demo agency"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("CommandLine", "Optional headless command."),
        QStringLiteral("[command]"));
    parser.addOption({QStringLiteral("database"),
                      QCoreApplication::translate(
                          "CommandLine", "Open the database at PATH instead of the default."),
                      QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("log-level"),
         QCoreApplication::translate("CommandLine",
                                     "trace, debug, info (default), warn, error, critical or off."),
         QStringLiteral("LEVEL"), QStringLiteral("info")});
    parser.addOption({QStringLiteral("scale"),
                      QCoreApplication::translate(
                          "CommandLine", "generate-demo: 'agency' (default, like a real RAA) "
                                         "or 'national' (100,000 children, for benchmarks)."),
                      QStringLiteral("SCALE"), QStringLiteral("agency")});
    parser.addOption(
        {QStringLiteral("seed"),
         QCoreApplication::translate("CommandLine", "generate-demo: random seed (default 2024)."),
         QStringLiteral("N"), QStringLiteral("2024")});
    parser.addOption(
        {QStringLiteral("no-demo"),
         QCoreApplication::translate(
             "CommandLine", "Desktop: do not fill an empty database with the demo agency.")});
}

bool readCommandLine(const QCommandLineParser& parser, CommandLine& out, QString* error)
{
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (!headlessCommands().contains(positional.first())) {
            *error = QCoreApplication::translate("CommandLine", "Unknown command '%1' (known: %2).")
                         .arg(positional.first(), headlessCommands().join(QStringLiteral(", ")));
            return false;
        }
        out.command = positional.first();
        out.arguments = positional.mid(1);
    }
    out.database = parser.value(QStringLiteral("database"));
    out.logLevel = parser.value(QStringLiteral("log-level"));
    out.scale = parser.value(QStringLiteral("scale"));
    if (out.scale != QLatin1String("agency") && out.scale != QLatin1String("national")) {
        *error = QCoreApplication::translate(
                     "CommandLine", "--scale: '%1' is not a scale (use agency or national).")
                     .arg(out.scale);
        return false;
    }
    bool ok = false;
    out.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        *error = QCoreApplication::translate("CommandLine", "--seed: '%1' is not a whole number.")
                     .arg(parser.value(QStringLiteral("seed")));
        return false;
    }
    out.noDemo = parser.isSet(QStringLiteral("no-demo"));
    return true;
}

} // namespace permanence::app
