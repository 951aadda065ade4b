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

namespace {

template <typename List>
std::vector<MeasuredChild> measure(const List& children, Measure m, QDate from, QDate to,
                                   const Scope& scope)
{
    std::vector<MeasuredChild> out;
    for (const auto& entry : children) {
        const Child& c = asChild(entry);
        // Cohort by adoption order date (measures.md §1.2, ssda903.md §2.6).
        const QDate order = c.journey.adoptionOrder;
        if (!order.isValid() || order < from || order > to || !scope.includes(c))
            continue;
        out.push_back({&c, childDays(c, m)});
    }
    return out;
}

} // namespace

std::vector<MeasuredChild> measuredChildren(const std::vector<Child>& children, Measure m,
                                            QDate from, QDate to, const Scope& scope)
{
    return measure(children, m, from, to, scope);
}

std::vector<MeasuredChild> measuredChildren(const ChildPointers& children, Measure m, QDate from,
                                            QDate to, const Scope& scope)
{
    return measure(children, m, from, to, scope);
}

Indicator indicator(const std::vector<MeasuredChild>& measured, Measure m, const Period& period,
                    const Scope& scope)
{
    Indicator out;
    out.measure = m;
    out.period = period;
    out.scope = scope;
    // Worked out once: a QDate from a year, month and day is not free, and this loop runs over
    // every child adopted in the window.
    const QDate start = period.start();
    const QDate end = period.end();
    for (const MeasuredChild& mc : measured) {
        const Child& c = *mc.child;
        const QDate order = c.journey.adoptionOrder;
        if (order < start || order > end)
            continue;
        if (!mc.days.days) {
            out.excluded.push_back({c.id, c.reference, c.councilCode, order, mc.days.exclusion});
            continue;
        }
        out.children.push_back({c.id, c.reference, c.councilCode, order, *mc.days.days});
        out.totalDays += *mc.days.days;
    }
    out.n = static_cast<int>(out.children.size());
    if (out.n > 0) {
        out.exactMean = static_cast<double>(out.totalDays) / out.n;
        out.value = roundedMean(out.totalDays, out.n);
    }
    return out;
}

Indicator indicator(const std::vector<Child>& children, Measure m, const Period& period,
                    const Scope& scope)
{
    return indicator(measuredChildren(children, m, period.start(), period.end(), scope), m, period,
                     scope);
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
