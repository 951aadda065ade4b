#include "app/ExistingWorkspace.h"

#include "app/AppPaths.h"

#include <QFileInfo>
#include <QStringList>

namespace permanence::app {

std::unique_ptr<services::Workspace> openExistingWorkspace(const CommandLine& cl,
                                                           const domain::Clock& clock,
                                                           QTextStream& err, int& exitCode)
{
    const QString path = cl.database.isEmpty() ? AppPaths::defaultDatabase() : cl.database;
    if (!QFileInfo::exists(path)) {
        err << QStringLiteral("--database: there is no database at %1.").arg(path) << Qt::endl;
        exitCode = 2;
        return nullptr;
    }
    auto ws = services::Workspace::open(
        path, clock, domain::Actor{qEnvironmentVariable("USER", QStringLiteral("user"))});
    if (!ws) {
        err << ws.error().message << Qt::endl;
        exitCode = 1;
        return nullptr;
    }
    if (!(*ws)->hasAgency()) {
        err << QStringLiteral("%1 has no agency configured yet.").arg(path) << Qt::endl;
        exitCode = 1;
        return nullptr;
    }
    const domain::Agency& agency = (*ws)->agency();
    if (!cl.council.isEmpty() && !agency.council(cl.council)) {
        QStringList codes;
        for (const auto& c : agency.councils)
            codes << c.code;
        err << QStringLiteral("--council: '%1' is not a partner council (known: %2).")
                   .arg(cl.council, codes.join(QStringLiteral(", ")))
            << Qt::endl;
        exitCode = 2;
        return nullptr;
    }
    exitCode = 0;
    return std::move(*ws);
}

domain::ReportingYear requestedYear(const CommandLine& cl, const domain::Clock& clock)
{
    return cl.year > 0 ? domain::ReportingYear{cl.year}
                       : domain::ReportingYear{
                             domain::ReportingYear::containing(clock.today()).startYear - 1};
}

} // namespace permanence::app
