#include "app/ReportCommand.h"

#include "app/ExistingWorkspace.h"
#include "reports/WorkspaceReports.h"

#include <QFileInfo>
#include <QTextStream>
#include <spdlog/spdlog.h>

namespace permanence::app {

int runReport(const CommandLine& cl)
{
    QTextStream err(stderr);
    if (cl.arguments.value(0) != QLatin1String("annual")) {
        err << QStringLiteral("report: say which report: 'permanence report annual --year 2023 "
                              "--format pdf --output report.pdf'.")
            << Qt::endl;
        return 2;
    }
    if (cl.output.isEmpty()) {
        err << QStringLiteral("--output: name the file to write (e.g. --output report.pdf).")
            << Qt::endl;
        return 2;
    }
    const QString format =
        cl.format.isEmpty() ? QFileInfo(cl.output).suffix().toLower() : cl.format.toLower();
    if (format != QLatin1String("pdf") && format != QLatin1String("html")) {
        err << QStringLiteral("--format: '%1' is not a report format (use pdf or html).")
                   .arg(cl.format.isEmpty() ? format : cl.format)
            << Qt::endl;
        return 2;
    }
    const domain::SystemClock clock;
    int exitCode = 0;
    auto workspace = openExistingWorkspace(cl, clock, err, exitCode);
    if (!workspace)
        return exitCode;

    const domain::ReportingYear year = requestedYear(cl, clock);
    auto source = reports::annualReportSource(*workspace, year);
    if (!source) {
        err << source.error().message << Qt::endl;
        return 1;
    }
    const reports::AnnualReport report(*source);
    const auto written =
        format == QLatin1String("pdf") ? report.writePdf(cl.output) : report.writeHtml(cl.output);
    if (!written) {
        err << written.error().message << Qt::endl;
        return 1;
    }
    spdlog::info("report: annual report {} written as {}", year.label().toStdString(),
                 format.toStdString());
    QTextStream(stdout)
        << QStringLiteral("Annual report %1 written to %2").arg(year.label(), cl.output)
        << Qt::endl;
    return 0;
}

} // namespace permanence::app
