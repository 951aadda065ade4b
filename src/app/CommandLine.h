#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace permanence::app {

/// Everything the command line can say. Headless commands run without a display.
struct CommandLine
{
    QString command; ///< empty: the desktop app; otherwise a headless command ("generate-demo")
    QStringList arguments; ///< positional arguments after the command
    QString database;      ///< --database PATH; empty: the default database
    QString logLevel = QStringLiteral("info");
    QString scale = QStringLiteral("agency"); ///< --scale agency|national (generate-demo)
    quint64 seed = 2024;                      ///< --seed N (generate-demo)
    bool noDemo = false;                      ///< --no-demo: leave an empty database empty
    int year = 0;    ///< --year N: reporting year N-(N+1) (measures); 0: not given
    QString council; ///< --council CODE: one partner council (measures); empty: all
    QString format;  ///< --format json (measures), pdf|html (report); empty: the default
    QString output;  ///< --output FILE (report)
};

/// Headless commands this build knows.
[[nodiscard]] const QStringList& headlessCommands();

/// True when the arguments ask for something that needs no display (--help, --version or a
/// headless command), so the caller can create a QCoreApplication instead of a QApplication.
[[nodiscard]] bool wantsHeadless(int argc, char* argv[]);

/// Sets up the parser with every option; shared by the headless and desktop paths.
void describeOptions(QCommandLineParser& parser);

/// Reads the parsed options. On a bad value returns false and sets `error` (naming the option).
[[nodiscard]] bool readCommandLine(const QCommandLineParser& parser, CommandLine& out,
                                   QString* error);

} // namespace permanence::app
