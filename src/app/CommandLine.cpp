#include "app/CommandLine.h"

#include <QCoreApplication>
#include <cstring>

namespace permanence::app {

const QStringList& headlessCommands()
{
    static const QStringList commands = {QStringLiteral("generate-demo"), QStringLiteral("import"),
                                         QStringLiteral("measures"), QStringLiteral("report")};
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
        "  generate-demo   fill an empty database with a synthetic demo agency\n"
        "  import children FILE.csv   import children from a spreadsheet (docs/import.md)\n"
        "  measures        print A10, A2 and every annual-report figure as JSON\n"
        "                  (--year N for N-(N+1), --council CODE, --format json)"));
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
    parser.addOption({QStringLiteral("year"),
                      QCoreApplication::translate(
                          "CommandLine", "measures: reporting year N (1 April N to 31 March N+1); "
                                         "default the last complete one."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("council"),
                      QCoreApplication::translate("CommandLine",
                                                  "measures: one partner council's figures only."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("format"),
                      QCoreApplication::translate(
                          "CommandLine", "measures: output format (json); report: pdf or html."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("output"),
                      QCoreApplication::translate("CommandLine", "report: the file to write."),
                      QStringLiteral("FILE")});
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
    if (parser.isSet(QStringLiteral("year"))) {
        out.year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || out.year < 1900 || out.year > 9998) {
            *error = QCoreApplication::translate("CommandLine",
                                                 "--year: '%1' is not a year (e.g. 2023 for "
                                                 "2023-24).")
                         .arg(parser.value(QStringLiteral("year")));
            return false;
        }
    }
    out.council = parser.value(QStringLiteral("council")).trimmed();
    out.format = parser.value(QStringLiteral("format")).trimmed();
    out.output = parser.value(QStringLiteral("output")).trimmed();
    if (out.command == QLatin1String("measures") && !out.format.isEmpty() &&
        out.format != QLatin1String("json")) {
        *error = QCoreApplication::translate("CommandLine",
                                             "--format: '%1' is not a format of measures (use "
                                             "json).")
                     .arg(out.format);
        return false;
    }
    return true;
}

} // namespace permanence::app
