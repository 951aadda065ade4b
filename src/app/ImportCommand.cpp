#include "app/ImportCommand.h"

#include "app/AppPaths.h"
#include "domain/Clock.h"
#include "exchange/ChildCsvImport.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <spdlog/spdlog.h>

namespace permanence::app {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ImportCommand", text);
}

int usage(QTextStream& err, const QString& problem)
{
    err << problem << Qt::endl
        << tr("Usage: permanence import children FILE.csv [--database DB]") << Qt::endl;
    return 2;
}

} // namespace

int runImport(const CommandLine& cl)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (cl.arguments.isEmpty())
        return usage(err, tr("Say what to import: children."));
    if (cl.arguments.first() != QLatin1String("children"))
        return usage(
            err,
            tr("Cannot import '%1': only children can be imported.").arg(cl.arguments.first()));
    if (cl.arguments.size() < 2)
        return usage(err, tr("Name the CSV file to import."));
    if (cl.arguments.size() > 2)
        return usage(err, tr("Import one file at a time."));

    const QString path = cl.database.isEmpty() ? AppPaths::defaultDatabase() : cl.database;
    const domain::SystemClock clock;
    // The login name signs the import in the audit trail, as in the desktop application.
    auto workspace = services::Workspace::open(
        path, clock, domain::Actor{qEnvironmentVariable("USER", QStringLiteral("user"))});
    if (!workspace) {
        err << workspace.error().message << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto report = exchange::importChildren(**workspace, cl.arguments.at(1));
    if (!report) {
        err << report.error().message << Qt::endl;
        spdlog::error("import: failed with error code {}", static_cast<int>(report.error().code));
        return 1;
    }
    // Counts only: the problems name people and their dates, so they go to the terminal only.
    spdlog::info("import children: {} rows, {} created, {} updated, {} problems, {} possible "
                 "duplicates in {} ms",
                 report->rows, report->created, report->updated, report->problems.size(),
                 report->possibleDuplicates.size(), timer.elapsed());
    out << report->summary() << Qt::endl;
    return report->ok() ? 0 : 1;
}

} // namespace permanence::app
