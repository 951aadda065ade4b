#include "metrics/Timeliness.h"

namespace permanence::metrics {

using domain::Child;

qint64 roundedMean(qint64 total, qint64 n)
{
    Q_ASSERT(n > 0);
    // |total| / n rounded half up is (2|total| + n) / 2n in integer division; the sign is put
    // back afterwards, which makes halves go away from zero on both sides.
    const qint64 magnitude = total < 0 ? -total : total;
    const qint64 rounded = (2 * magnitude + n) / (2 * n);
    return total < 0 ? -rounded : rounded;
}

Indicator indicator(const std::vector<Child>& children, Measure m, const Period& period,
                    const Scope& scope)
{
    Indicator out;
    out.measure = m;
    out.period = period;
    out.scope = scope;
    for (const Child& c : children) {
        // Cohort by adoption order date (measures.md §1.2, ssda903.md §2.6).
        if (!scope.includes(c) || !period.contains(c.journey.adoptionOrder))
            continue;
        const ChildDays d = childDays(c, m);
        if (!d.days) {
            out.excluded.push_back(
                {c.id, c.reference, c.councilCode, c.journey.adoptionOrder, d.exclusion});
            continue;
        }
        out.children.push_back(
            {c.id, c.reference, c.councilCode, c.journey.adoptionOrder, *d.days});
        out.totalDays += *d.days;
    }
    out.n = static_cast<int>(out.children.size());
    if (out.n > 0) {
        out.exactMean = static_cast<double>(out.totalDays) / out.n;
        out.value = roundedMean(out.totalDays, out.n);
    }
    return out;
}

A3Indicator a3Indicator(const std::vector<Child>& children, const Period& period,
                        const Scope& scope, const A3Rule& rule)
{
    A3Indicator out;
    out.period = period;
    out.scope = scope;
    out.rule = rule;
    for (const Child& c : children) {
        if (!scope.includes(c) || !period.contains(c.journey.adoptionOrder))
            continue;
        const ChildA3 r = a3(c, rule);
        if (!r.waitedLessThan14Months) {
            out.excluded.push_back(
                {c.id, c.reference, c.councilCode, c.journey.adoptionOrder, r.exclusion});
            continue;
        }
        ++out.n;
        if (*r.waitedLessThan14Months)
            out.lessThan14MonthsIds.push_back(c.id);
        else
            out.notLessThan14MonthsIds.push_back(c.id);
    }
    out.lessThan14Months = static_cast<int>(out.lessThan14MonthsIds.size());
    if (out.n > 0)
        out.share = static_cast<double>(out.lessThan14Months) / out.n;
    return out;
}

} // namespace permanence::metrics
