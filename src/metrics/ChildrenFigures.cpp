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

/// Both ends of the reporting year count; a date not recorded is in no year.
bool inYear(const domain::ReportingYear& year, QDate date)
{
    return date.isValid() && year.contains(date);
}

using SourceById = QHash<qint64, AdopterSource>;

SourceById sourcesOf(const std::vector<domain::AdopterHousehold>& households)
{
    SourceById out;
    out.reserve(static_cast<qsizetype>(households.size()));
    for (const auto& h : households)
        out.insert(h.id.value, h.source);
    return out;
}

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

void addDisruptions(DisruptionFigures& f, const Child& c, const domain::ReportingYear& year,
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

WaitingFigures childrenWaiting(const std::vector<Child>& children, QDate on, const Scope& scope)
{
    WaitingFigures f;
    f.on = on;
    for (const Child& c : children) {
        if (!scope.includes(c))
            continue;
        const domain::ChildJourney& j = c.journey;
        // The same conditions as PlanSnapshot::withOrderNotMatched (FamilyFinding.h), so the
        // waiting list and the 31 March snapshot never disagree.
        if (!reached(j.agencyDecision, on) || !reached(j.placementOrder, on) ||
            reached(j.movedIn, on) || reached(j.adoptionOrder, on) ||
            reached(c.planChange.date, on))
            continue;
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
    return f;
}

ChildrenFigures childrenFigures(const std::vector<Child>& children,
                                const std::vector<domain::AdopterHousehold>& households,
                                domain::ReportingYear year, const Scope& scope)
{
    ChildrenFigures f;
    f.year = year;
    f.scope = scope;
    const SourceById sources = sourcesOf(households);
    std::vector<Child> inScope;
    for (const Child& c : children) {
        if (!scope.includes(c))
            continue;
        inScope.push_back(c);
        const domain::ChildJourney& j = c.journey;
        if (inYear(year, j.agencyDecision))
            f.agencyDecisions.add(c.id);
        if (inYear(year, j.placementOrder)) {
            if (j.authority == domain::PlacementAuthority::Consent)
                f.consents.add(c.id);
            else
                f.placementOrders.add(c.id);
        }
        if (inYear(year, j.movedIn))
            addPlacement(f.placements, c, sources);
        if (inYear(year, j.adoptionOrder))
            addPriority(f.adopted, c, j.adoptionOrder);
        addDisruptions(f.disruptions, c, year, sources);
    }
    f.placements.inHouseShare = share(f.placements.ownAgency, f.placements.placed);
    f.placements.earlyPermanenceShare = share(f.placements.earlyPermanence, f.placements.placed);
    f.planSnapshot = domain::planSnapshot(inScope, year.end());
    f.waiting = childrenWaiting(inScope, year.end());
    return f;
}

} // namespace permanence::metrics
