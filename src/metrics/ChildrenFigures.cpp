#include "metrics/ChildrenFigures.h"

#include <QHash>

namespace permanence::metrics {

using domain::AdopterSource;
using domain::Child;
using domain::ChildId;
using domain::HouseholdId;

namespace {

/// A fact counts on `on` when it is recorded and dated on or before `on` (as FamilyFinding.cpp).
bool reached(QDate fact, QDate on)
{
    return fact.isValid() && fact <= on;
}

/// A reporting year's first and last days, made once: these run for every child and every
/// date, and building a QDate from a year, month and day is not free.
struct YearSpan
{
    QDate first;
    QDate last;
    explicit YearSpan(const domain::ReportingYear& y) : first(y.start()), last(y.end()) {}
};

/// Both ends of the reporting year count; a date not recorded is in no year.
bool inYear(const YearSpan& year, QDate date)
{
    return date.isValid() && date >= year.first && date <= year.last;
}

using SourceById = AdopterSources;

std::optional<AdopterSource> sourceOf(const SourceById& sources, HouseholdId id)
{
    if (!id.isValid())
        return std::nullopt;
    const auto it = sources.constFind(id.value);
    if (it == sources.constEnd())
        return std::nullopt;
    return *it;
}

void addPriority(AdoptedFigures& f, const Child& c, QDate on)
{
    f.adopted.add(c.id);
    const domain::PriorityFlags p = domain::priorityFlags(c, on);
    if (p.agedFiveOrOver)
        f.agedFiveOrOver.add(c.id);
    if (p.inSiblingGroup)
        f.siblingGroup.add(c.id);
    if (p.ethnicityOtherThanWhiteBritish)
        f.ethnicityOtherThanWhiteBritish.add(c.id);
    if (p.disability)
        f.disability.add(c.id);
    if (p.isPriority())
        f.anyPriority.add(c.id);
}

void addPlacement(PlacementFigures& f, const Child& c, const SourceById& sources)
{
    f.placed.add(c.id);
    const auto source = sourceOf(sources, c.household);
    if (!source)
        f.unknownSource.add(c.id);
    else if (*source == AdopterSource::OwnAgency)
        f.ownAgency.add(c.id);
    else if (*source == AdopterSource::OtherRegionalAgency)
        f.otherRegionalAgency.add(c.id);
    else
        f.voluntaryAgency.add(c.id);
    if (c.journey.earlyPermanencePlaced.isValid())
        f.earlyPermanence.add(c.id);
}

void addDisruptions(DisruptionFigures& f, const Child& c, const YearSpan& year,
                    const SourceById& sources)
{
    bool affected = false;
    for (const domain::PastPlacement& p : c.pastPlacements) {
        if (!inYear(year, p.ended))
            continue;
        const auto source = sourceOf(sources, p.household);
        f.disruptions.push_back({c.id, p.household, p.movedIn, p.ended, source});
        if (!source)
            ++f.unknownSource;
        else if (*source == AdopterSource::OwnAgency)
            ++f.ownAgency;
        else
            ++f.interAgency;
        affected = true;
    }
    if (affected)
        f.childrenAffected.add(c.id);
}

} // namespace

std::optional<double> share(const ChildSet& part, const ChildSet& whole)
{
    if (whole.count() == 0)
        return std::nullopt;
    return static_cast<double>(part.count()) / whole.count();
}

namespace {

/// Counts one child waiting on `f.on`, if they are.
void addWaiting(WaitingFigures& f, const Child& c)
{
    const QDate on = f.on;
    const domain::ChildJourney& j = c.journey;
    // The same conditions as PlanSnapshot::withOrderNotMatched (FamilyFinding.h), so the
    // waiting list and the 31 March snapshot never disagree.
    if (!reached(j.agencyDecision, on) || !reached(j.placementOrder, on) ||
        reached(j.movedIn, on) || reached(j.adoptionOrder, on) || reached(c.planChange.date, on))
        return;
    WaitingChild w{c.id, domain::daysBetween(j.placementOrder, on), std::nullopt};
    if (j.enteredCare.isValid() && j.enteredCare <= on)
        w.daysSinceEnteringCare = domain::daysBetween(j.enteredCare, on);
    f.children.push_back(w);
    f.waiting.add(c.id);
    if (reached(j.matchDecision, on))
        f.matched.add(c.id);
    if (w.daysSincePlacementOrder >= 90)
        f.atLeast90Days.add(c.id);
    // Calendar months, as A3: a child whose order was made on 15 Mar 2023 has waited
    // 12 months on 15 Mar 2024.
    if (j.placementOrder.addMonths(12) <= on)
        f.atLeast12Months.add(c.id);
    if (j.placementOrder.addMonths(18) <= on)
        f.atLeast18Months.add(c.id);
    if (j.enteredCare.isValid() && j.enteredCare.addMonths(18) <= on)
        f.atLeast18MonthsSinceCare.add(c.id);
    addPriority(f.priority, c, on);
}

/// One walk over the children for every figure of the year: at national scale the list is
/// 100,000 children, and every further pass (or copy of the children in scope) shows.
template <typename List>
ChildrenFigures figuresOf(const List& children, const SourceById& sources,
                          domain::ReportingYear year, const Scope& scope)
{
    ChildrenFigures f;
    f.year = year;
    f.scope = scope;
    f.planSnapshot.on = year.end();
    f.waiting.on = year.end();
    const YearSpan span(year);
    for (const auto& entry : children) {
        const Child& c = asChild(entry);
        if (!scope.includes(c))
            continue;
        const domain::ChildJourney& j = c.journey;
        if (inYear(span, j.agencyDecision))
            f.agencyDecisions.add(c.id);
        if (inYear(span, j.placementOrder)) {
            if (j.authority == domain::PlacementAuthority::Consent)
                f.consents.add(c.id);
            else
                f.placementOrders.add(c.id);
        }
        if (inYear(span, j.movedIn))
            addPlacement(f.placements, c, sources);
        if (inYear(span, j.adoptionOrder))
            addPriority(f.adopted, c, j.adoptionOrder);
        addDisruptions(f.disruptions, c, span, sources);
        domain::addToPlanSnapshot(f.planSnapshot, c);
        addWaiting(f.waiting, c);
    }
    f.placements.inHouseShare = share(f.placements.ownAgency, f.placements.placed);
    f.placements.earlyPermanenceShare = share(f.placements.earlyPermanence, f.placements.placed);
    return f;
}

} // namespace

WaitingFigures childrenWaiting(const std::vector<Child>& children, QDate on, const Scope& scope)
{
    WaitingFigures f;
    f.on = on;
    for (const Child& c : children)
        if (scope.includes(c))
            addWaiting(f, c);
    return f;
}

AdopterSources adopterSources(const std::vector<domain::AdopterHousehold>& households)
{
    AdopterSources out;
    out.reserve(static_cast<qsizetype>(households.size()));
    for (const auto& h : households)
        out.insert(h.id.value, h.source);
    return out;
}

ChildrenFigures childrenFigures(const std::vector<Child>& children,
                                const std::vector<domain::AdopterHousehold>& households,
                                domain::ReportingYear year, const Scope& scope)
{
    return figuresOf(children, adopterSources(households), year, scope);
}

ChildrenFigures childrenFigures(const std::vector<Child>& children, const SourceById& sources,
                                domain::ReportingYear year, const Scope& scope)
{
    return figuresOf(children, sources, year, scope);
}

ChildrenFigures childrenFigures(const ChildPointers& children, const AdopterSources& sources,
                                domain::ReportingYear year, const Scope& scope)
{
    return figuresOf(children, sources, year, scope);
}

} // namespace permanence::metrics
