#include "app/HeadlessCommands.h"

#include "app/AppPaths.h"
#include "app/ImportCommand.h"
#include "app/MeasuresCommand.h"
#include "app/ReportCommand.h"
#include "domain/Problem.h"
#include "services/DemoAgency.h"
#include "storage/Database.h"

#include <QDate>
#include <QElapsedTimer>
#include <QTextStream>
#include <spdlog/spdlog.h>

namespace permanence::app {
namespace {

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

int generateDemo(const CommandLine& cl)
{
    const QString path = cl.database.isEmpty() ? AppPaths::defaultDatabase() : cl.database;
    auto db = storage::Database::open(path);
    if (!db) {
        err() << db.error().message << Qt::endl;
        return 1;
    }
    services::DemoOptions options;
    options.seed = cl.seed;
    options.scale = cl.scale == QLatin1String("national") ? services::DemoScale::National
                                                          : services::DemoScale::Agency;
    options.today = QDate::currentDate();
    QElapsedTimer timer;
    timer.start();
    if (auto filled = services::fillWithDemoAgency(*db, options); !filled) {
        err() << filled.error().message << Qt::endl;
        return 1;
    }
    spdlog::info("generate-demo: scale {} seed {} in {} ms", cl.scale.toStdString(), cl.seed,
                 timer.elapsed());
    out() << QStringLiteral("Demo agency (%1 scale, seed %2) written to %3 in %4 s")
                 .arg(cl.scale)
                 .arg(cl.seed)
                 .arg(path)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return 0;
}

} // namespace

int runHeadless(const CommandLine& cl)
{
    if (cl.command == QLatin1String("generate-demo"))
        return generateDemo(cl);
    if (cl.command == QLatin1String("import"))
        return runImport(cl);
    if (cl.command == QLatin1String("measures"))
        return runMeasures(cl);
    if (cl.command == QLatin1String("report"))
        return runReport(cl);
    err() << QStringLiteral("Unknown command '%1'.").arg(cl.command) << Qt::endl;
    return 2;
}

} // namespace permanence::app
