// Times recomputing the manager's dashboard on the national-scale demo (issue 7: under 100 ms on
// the 2-core build machine, Release): every figure the dashboard shows — A10 and A2 for the year,
// three years and their trends, for the agency and each council, and the 003 §3 figures — from
// the records already read. Reading the records is timed separately (it happens once per change,
// not per recomputation), and so is writing the annual report.
//
//   bench_dashboard [DATABASE]   (default /tmp/national.sqlite, generated first if missing)

#include "domain/Clock.h"
#include "metrics/YearFigures.h"
#include "reports/AnnualReport.h"
#include "reports/WorkspaceReports.h"
#include "services/DemoAgency.h"
#include "services/Measures.h"
#include "services/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace permanence;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    // The report lays out text: fonts need a QGuiApplication, the offscreen platform will do.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString path =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/national.sqlite");
    const domain::FixedClock clock(QDate(2026, 11, 30));
    const bool generate = !QFileInfo::exists(path);
    auto opened = services::Workspace::open(path, clock, domain::Actor{QStringLiteral("bench")});
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    if (generate) {
        services::DemoOptions options;
        options.scale = services::DemoScale::National;
        options.today = clock.today();
        const auto start = Clock::now();
        if (!services::fillWithDemoAgency((*opened)->database(), options))
            return 1;
        std::printf("generated the national demo: %.0f ms\n", msSince(start));
        // Open again so the workspace reads the agency the generator wrote.
        opened->reset();
        opened = services::Workspace::open(path, clock, domain::Actor{QStringLiteral("bench")});
        if (!opened)
            return 1;
    }
    services::Workspace& ws = **opened;

    auto start = Clock::now();
    auto records = services::Measures(ws).records();
    if (!records)
        return 1;
    std::printf("read every record: %.0f ms (%zu children, %zu households)\n", msSince(start),
                records->children.size(), records->households.size());

    const domain::ReportingYear year{2025};
    std::vector<double> wall;
    std::vector<double> cpu;
    int adopted = 0;
    for (int run = 0; run < 15; ++run) {
        start = Clock::now();
        const double cpuStart = threadCpuMs();
        const metrics::AgencyFigures figures =
            metrics::agencyFigures(ws.agency(), records->children, records->households, year);
        cpu.push_back(threadCpuMs() - cpuStart);
        wall.push_back(msSince(start));
        adopted = figures.agency.children.adopted.adopted.count();
    }
    std::printf("recompute the dashboard (%s, %d councils, %d children adopted): median %.1f ms, "
                "slowest %.1f ms; CPU median %.1f ms\n",
                qPrintable(year.label()), static_cast<int>(ws.agency().councils.size()), adopted,
                median(wall), *std::max_element(wall.begin(), wall.end()), median(cpu));

    start = Clock::now();
    auto source = reports::annualReportSource(ws, year);
    if (!source)
        return 1;
    const reports::AnnualReport report(*source);
    const double built = msSince(start);
    start = Clock::now();
    const QString pdf = QDir::temp().filePath(QStringLiteral("bench-annual-report.pdf"));
    if (!report.writePdf(pdf))
        return 1;
    std::printf("annual report: gather and compute %.0f ms, write the PDF %.0f ms (%lld bytes)\n",
                built, msSince(start), static_cast<long long>(QFileInfo(pdf).size()));
    return 0;
}
