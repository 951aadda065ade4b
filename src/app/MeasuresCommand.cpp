#include "app/MeasuresCommand.h"

#include "app/ExistingWorkspace.h"
#include "metrics/MeasuresJson.h"
#include "services/Measures.h"

#include <QJsonDocument>
#include <QTextStream>
#include <spdlog/spdlog.h>

namespace permanence::app {

int runMeasures(const CommandLine& cl)
{
    QTextStream err(stderr);
    if (!cl.format.isEmpty() && cl.format != QLatin1String("json")) {
        err << QStringLiteral("--format: '%1' is not available for measures (use json).")
                   .arg(cl.format)
            << Qt::endl;
        return 2;
    }
    const domain::SystemClock clock;
    int exitCode = 0;
    auto workspace = openExistingWorkspace(cl, clock, err, exitCode);
    if (!workspace)
        return exitCode;

    services::Measures measures(*workspace);
    auto records = measures.records();
    auto settings = measures.settings();
    if (!records || !settings) {
        err << (records ? settings.error().message : records.error().message) << Qt::endl;
        return 1;
    }
    metrics::MeasuresRequest request;
    request.year = requestedYear(cl, clock);
    request.councilCode = cl.council;
    request.settings = *settings;
    const QJsonObject json =
        metrics::measuresJson(workspace->agency(), records->children, records->households, request);
    spdlog::info("measures: {} children, {} households, year {}", records->children.size(),
                 records->households.size(), request.year.label().toStdString());
    QTextStream out(stdout);
    out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    out.flush();
    return 0;
}

} // namespace permanence::app
