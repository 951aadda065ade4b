#pragma once

#include "domain/Child.h"
#include "metrics/ChildMeasures.h"
#include "metrics/Period.h"

#include <QString>
#include <optional>
#include <vector>

namespace permanence::metrics {

/// Children that live in another list (one council's children picked out of the agency's),
/// so that per-council figures need not copy them.
using ChildPointers = std::vector<const domain::Child*>;

/// Lets one function body walk either kind of list.
inline const domain::Child& asChild(const domain::Child& c)
{
    return c;
}
inline const domain::Child& asChild(const domain::Child* c)
{
    return *c;
}

/// Whose children a figure covers: one partner council, or (empty code) the whole agency,
/// pooled over children like 003's "Together4Children" row (measures.md §1.4).
struct Scope
{
    QString councilCode;

    [[nodiscard]] static Scope agency() { return {}; }
    [[nodiscard]] static Scope council(const QString& code) { return {code}; }
    [[nodiscard]] bool isAgency() const { return councilCode.isEmpty(); }
    /// Archived children are left out of every figure, as they are of every list.
    [[nodiscard]] bool includes(const domain::Child& c) const
    {
        return !c.archived && (councilCode.isEmpty() || c.councilCode == councilCode);
    }
    bool operator==(const Scope&) const = default;
};

/// A child behind an indicator, with the days they contribute.
struct CohortChild
{
    domain::ChildId id;
    QString reference;
    QString councilCode;
    QDate adoptionOrder;
    qint64 days = 0;
    bool operator==(const CohortChild&) const = default;
};

/// A child adopted in the period but left out of the indicator, and why.
struct ExcludedChild
{
    domain::ChildId id;
    QString reference;
    QString councilCode;
    QDate adoptionOrder;
    Exclusion reason = Exclusion::None;
    bool operator==(const ExcludedChild&) const = default;
};

/// round(total / n) to the nearest day, halves away from zero (x.5 → x+1; −x.5 → −(x+1)),
/// in integers so that an exact half is never lost to floating point. measures.md §1.3 says
/// "rounded to the nearest day" without a tie rule; away from zero is the schoolbook rule and
/// what spreadsheets' ROUND does. n must be > 0.
[[nodiscard]] qint64 roundedMean(qint64 total, qint64 n);

/// A1, A10 or A2 for a period and scope: the cohort is every child whose adoption order falls
/// in the period (both ends included); the value is the mean over the counted children
/// (data-model.md §8.3 step 7). A 3-year figure pools every child of the three years — it is
/// never the mean of three yearly means (measures.md §1.4).
struct Indicator
{
    Measure measure = Measure::A10;
    Period period;
    Scope scope;
    int n = 0;                           ///< children counted (the denominator)
    qint64 totalDays = 0;                ///< Σ days over them
    std::optional<double> exactMean;     ///< totalDays / n; nullopt when n = 0
    std::optional<qint64> value;         ///< roundedMean(totalDays, n); nullopt when n = 0
    std::vector<CohortChild> children;   ///< in the order of the input
    std::vector<ExcludedChild> excluded; ///< adopted in the period, not counted

    bool operator==(const Indicator&) const = default;
};

[[nodiscard]] Indicator indicator(const std::vector<domain::Child>& children, Measure m,
                                  const Period& period, const Scope& scope = Scope::agency());

/// A child in scope whose adoption order falls in a window, with their days for one measure.
/// The trend tables ask for a year and three overlapping 3-year periods: working each child's
/// days out once for the whole window and picking each period from it does the date
/// arithmetic once instead of four times.
struct MeasuredChild
{
    const domain::Child* child = nullptr; ///< points into the list it was measured from
    ChildDays days;
};

/// Children of `children` in scope adopted from `from` to `to` (both included), input order.
[[nodiscard]] std::vector<MeasuredChild>
measuredChildren(const std::vector<domain::Child>& children, Measure m, QDate from, QDate to,
                 const Scope& scope);
[[nodiscard]] std::vector<MeasuredChild> measuredChildren(const ChildPointers& children, Measure m,
                                                          QDate from, QDate to, const Scope& scope);

/// The indicator for a period from children measured over a window that covers it.
[[nodiscard]] Indicator indicator(const std::vector<MeasuredChild>& measured, Measure m,
                                  const Period& period, const Scope& scope);

/// A3 (measures.md §1.1): number and share of the children adopted in the period who moved in
/// less than 14 months after entering care.
struct A3Indicator
{
    Period period;
    Scope scope;
    A3Rule rule;
    int n = 0; ///< adopted children with both dates (the denominator)
    int lessThan14Months = 0;
    std::optional<double> share; ///< lessThan14Months / n; nullopt when n = 0
    std::vector<domain::ChildId> lessThan14MonthsIds;
    std::vector<domain::ChildId> notLessThan14MonthsIds;
    std::vector<ExcludedChild> excluded;

    bool operator==(const A3Indicator&) const = default;
};

[[nodiscard]] A3Indicator a3Indicator(const std::vector<domain::Child>& children,
                                      const Period& period, const Scope& scope = Scope::agency(),
                                      const A3Rule& rule = {});

} // namespace permanence::metrics
