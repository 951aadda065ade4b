#pragma once

#include "metrics/ChildMeasures.h"
#include "metrics/Period.h"

#include <QMap>
#include <map>
#include <optional>

namespace permanence::metrics {

/// Values that change by reporting year (README: "targets, England averages: dated settings,
/// never constants in code"). Keys are ReportingYear::startYear.
struct YearlyValues
{
    QMap<int, double> byYear;

    /// The value set for `year` itself (an England average belongs to one period only).
    [[nodiscard]] std::optional<double> exactly(domain::ReportingYear year) const;
    /// The value set for the latest year on or before `year` (a target holds until changed).
    [[nodiscard]] std::optional<double> inForce(domain::ReportingYear year) const;

    bool operator==(const YearlyValues&) const = default;
};

/// What one measure is compared with. Lower is better for every day count.
struct Benchmarks
{
    YearlyValues target;           ///< keyed by the first year the target applies
    YearlyValues englandYear;      ///< England average for one reporting year
    YearlyValues englandThreeYear; ///< keyed by the last year of the 3-year period
    bool operator==(const Benchmarks&) const = default;
};

/// The inputs of the indicators that are not case data. The app persists them per agency;
/// `defaults()` seeds them from 003 §3.6 and measures.md §1.5.
struct MeasureSettings
{
    std::map<Measure, Benchmarks> benchmarks;
    A3Rule a3Rule;

    /// Targets apply to both periods: 003 compares the 3-year figures with 426 / 121 days.
    [[nodiscard]] std::optional<double> target(Measure m, const Period& p) const;
    [[nodiscard]] std::optional<double> englandAverage(Measure m, const Period& p) const;

    /// A10 and A1 426 days and A2 121 days from 2015-16 (the end-state thresholds: 14 and
    /// 4 months, measures.md §1.5); England 3-year averages A10 445 / 480 / 475 and A2
    /// 196 / 197 / 197 for 2019-22 / 2020-23 / 2021-24; A1 486 for 2015-18. No annual England
    /// averages are published in the sources, so none are seeded.
    [[nodiscard]] static MeasureSettings defaults();

    bool operator==(const MeasureSettings&) const = default;
};

/// Where a figure stands against a benchmark. For day counts "above" means slower (worse).
enum class Against
{
    Below,
    Equal,
    Above,
};
[[nodiscard]] QString againstCode(Against a); ///< "below", "equal", "above"

/// Compares the figure as shown (rounded to the day) with the benchmark, so the words in the
/// report always agree with the number printed next to them.
[[nodiscard]] Against compare(qint64 shownValue, double benchmark);

} // namespace permanence::metrics
