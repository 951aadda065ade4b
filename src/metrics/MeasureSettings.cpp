#include "metrics/MeasureSettings.h"

namespace permanence::metrics {

std::optional<double> YearlyValues::exactly(domain::ReportingYear year) const
{
    const auto it = byYear.constFind(year.startYear);
    if (it == byYear.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<double> YearlyValues::inForce(domain::ReportingYear year) const
{
    // upperBound gives the first key after the year; the one before it is the latest on or
    // before the year.
    auto it = byYear.upperBound(year.startYear);
    if (it == byYear.constBegin())
        return std::nullopt;
    --it;
    return *it;
}

std::optional<double> MeasureSettings::target(Measure m, const Period& p) const
{
    const auto it = benchmarks.find(m);
    if (it == benchmarks.end())
        return std::nullopt;
    return it->second.target.inForce(p.last);
}

std::optional<double> MeasureSettings::englandAverage(Measure m, const Period& p) const
{
    const auto it = benchmarks.find(m);
    if (it == benchmarks.end())
        return std::nullopt;
    const YearlyValues& values =
        p.kind == PeriodKind::Year ? it->second.englandYear : it->second.englandThreeYear;
    return values.exactly(p.last);
}

MeasureSettings MeasureSettings::defaults()
{
    MeasureSettings s;
    // measures.md §1.5: the 14-month (426 days) and 4-month (121 days) end-state thresholds of
    // the 2013-16 targets; T4C still reports against them (003 §3.6).
    constexpr int endStateFrom = 2015;
    Benchmarks a10;
    a10.target.byYear = {{endStateFrom, 426}};
    a10.englandThreeYear.byYear = {{2021, 445}, {2022, 480}, {2023, 475}};
    Benchmarks a2;
    a2.target.byYear = {{endStateFrom, 121}};
    a2.englandThreeYear.byYear = {{2021, 196}, {2022, 197}, {2023, 197}};
    Benchmarks a1;
    a1.target.byYear = {{endStateFrom, 426}};
    a1.englandThreeYear.byYear = {{2017, 486}}; // 2015-18 (measures.md §1.5, fosterline)
    s.benchmarks = {{Measure::A10, a10}, {Measure::A2, a2}, {Measure::A1, a1}};
    return s;
}

QString againstCode(Against a)
{
    switch (a) {
    case Against::Below:
        return QStringLiteral("below");
    case Against::Equal:
        return QStringLiteral("equal");
    case Against::Above:
        return QStringLiteral("above");
    }
    return {};
}

Against compare(qint64 shownValue, double benchmark)
{
    const double v = static_cast<double>(shownValue);
    if (v < benchmark)
        return Against::Below;
    if (v > benchmark)
        return Against::Above;
    return Against::Equal;
}

} // namespace permanence::metrics
