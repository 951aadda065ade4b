#include "app/MeasuresCommand.h"

#include "app/AppPaths.h"
#include "domain/Clock.h"
#include "metrics/MeasuresJson.h"
#include "services/Workspace.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>
#include <spdlog/spdlog.h>

namespace permanence::app {
namespace {

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

} // namespace

int runMeasures(const CommandLine& cl)
{
    if (!cl.format.isEmpty() && cl.format != QLatin1String("json")) {
        err() << QStringLiteral("--format: '%1' is not available for measures (use json).")
                     .arg(cl.format)
              << Qt::endl;
        return 2;
    }
    const QString path = cl.database.isEmpty() ? AppPaths::defaultDatabase() : cl.database;
    // Opening a missing file would create an empty database; a read-only command must not.
    if (!QFileInfo::exists(path)) {
        err() << QStringLiteral("--database: there is no database at %1.").arg(path) << Qt::endl;
        return 2;
    }
    const domain::SystemClock clock;
    auto ws = services::Workspace::open(
        path, clock, domain::Actor{qEnvironmentVariable("USER", QStringLiteral("user"))});
    if (!ws) {
        err() << ws.error().message << Qt::endl;
        return 1;
    }
    const services::Workspace& workspace = **ws;
    if (!workspace.hasAgency()) {
        err() << QStringLiteral("%1 has no agency configured yet.").arg(path) << Qt::endl;
        return 1;
    }
    const domain::Agency& agency = workspace.agency();
    if (!cl.council.isEmpty() && !agency.council(cl.council)) {
        QStringList codes;
        for (const auto& c : agency.councils)
            codes << c.code;
        err() << QStringLiteral("--council: '%1' is not a partner council (known: %2).")
                     .arg(cl.council, codes.join(QStringLiteral(", ")))
              << Qt::endl;
        return 2;
    }

    // Every child and household (limit 0 = no paging). Archived children are left out of the
    // figures as they are of every list; archived households are still read, because a
    // household archived after its adoption still tells where a placed child's adopters came from.
    storage::ChildQuery childQuery;
    childQuery.limit = 0;
    childQuery.includeArchived = false;
    auto children = workspace.children(childQuery);
    if (!children) {
        err() << children.error().message << Qt::endl;
        return 1;
    }
    storage::HouseholdQuery householdQuery;
    householdQuery.limit = 0;
    householdQuery.includeArchived = true;
    auto households = workspace.households(householdQuery);
    if (!households) {
        err() << households.error().message << Qt::endl;
        return 1;
    }

    metrics::MeasuresRequest request;
    // The last complete reporting year by default: the current one is still running.
    request.year =
        cl.year > 0
            ? domain::ReportingYear{cl.year}
            : domain::ReportingYear{domain::ReportingYear::containing(clock.today()).startYear - 1};
    request.councilCode = cl.council;
    const QJsonObject json = metrics::measuresJson(agency, *children, *households, request);
    spdlog::info("measures: {} children, {} households, year {}", children->size(),
                 households->size(), request.year.label().toStdString());
    QTextStream out(stdout);
    out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    out.flush();
    return 0;
}

} // namespace permanence::app
