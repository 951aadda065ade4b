#include "metrics/ChildMeasures.h"

#include "domain/Dates.h"

#include <QCoreApplication>
#include <algorithm>

namespace permanence::metrics {
namespace {

using domain::Child;
using domain::daysBetween;

QString tr(const char* text)
{
    return QCoreApplication::translate("ChildMeasures", text);
}

ChildDays excluded(Exclusion why)
{
    return ChildDays{std::nullopt, why};
}

ChildDays counted(qint64 days)
{
    return ChildDays{days, Exclusion::None};
}

/// The checks A1, A10 and A3 share: the child is in a cohort (adopted) and both ends of the
/// interval are recorded. Returns None when they hold.
Exclusion entryToMoveInExclusion(const Child& c)
{
    const domain::ChildJourney& j = c.journey;
    if (!j.adoptionOrder.isValid())
        return Exclusion::NotAdopted;
    if (!j.enteredCare.isValid())
        return Exclusion::NoEntryIntoCare;
    if (!j.movedIn.isValid())
        return Exclusion::NotPlaced;
    return Exclusion::None;
}

} // namespace

QString measureCode(Measure m)
{
    switch (m) {
    case Measure::A1:
        return QStringLiteral("a1");
    case Measure::A10:
        return QStringLiteral("a10");
    case Measure::A2:
        return QStringLiteral("a2");
    }
    return {};
}

QString measureLabel(Measure m)
{
    return measureCode(m).toUpper();
}

QString exclusionCode(Exclusion e)
{
    switch (e) {
    case Exclusion::None:
        return QStringLiteral("none");
    case Exclusion::NotAdopted:
        return QStringLiteral("not-adopted");
    case Exclusion::NoEntryIntoCare:
        return QStringLiteral("no-entry-into-care");
    case Exclusion::NotPlaced:
        return QStringLiteral("not-placed");
    case Exclusion::NoDateWithCarers:
        return QStringLiteral("no-date-with-carers");
    case Exclusion::ConsentPlacement:
        return QStringLiteral("consent-placement");
    case Exclusion::NoPlacementOrder:
        return QStringLiteral("no-placement-order");
    case Exclusion::NotPlacedBeforeAdoptionOrder:
        return QStringLiteral("not-placed-before-adoption-order");
    case Exclusion::NoMatchDecision:
        return QStringLiteral("no-match-decision");
    }
    return {};
}

QString exclusionLabel(Exclusion e)
{
    switch (e) {
    case Exclusion::None:
        return tr("Counted");
    case Exclusion::NotAdopted:
        return tr("Not adopted");
    case Exclusion::NoEntryIntoCare:
        return tr("Date entered care not recorded");
    case Exclusion::NotPlaced:
        return tr("Date moved in with the adopters not recorded");
    case Exclusion::NoDateWithCarers:
        return tr("Foster-carer adoption without the date the child moved in with the carers");
    case Exclusion::ConsentPlacement:
        return tr("Placed with parental consent (no placement order)");
    case Exclusion::NoPlacementOrder:
        return tr("No placement order recorded");
    case Exclusion::NotPlacedBeforeAdoptionOrder:
        return tr("Not placed for adoption before the adoption order");
    case Exclusion::NoMatchDecision:
        return tr("Match decision not recorded");
    }
    return {};
}

ChildDays a1Days(const Child& child)
{
    if (const Exclusion why = entryToMoveInExclusion(child); why != Exclusion::None)
        return excluded(why);
    return counted(daysBetween(child.journey.enteredCare, child.journey.movedIn));
}

ChildDays a10Days(const Child& child)
{
    if (const Exclusion why = entryToMoveInExclusion(child); why != Exclusion::None)
        return excluded(why);
    const domain::ChildJourney& j = child.journey;
    if (!j.fosterCarerAdoption)
        return counted(daysBetween(j.enteredCare, j.movedIn));
    // measures.md §1.2: for foster-carer adoptions the end point moves back to the day the child
    // moved in with the carers who adopted. Without that stored date the figure is unknown; using
    // the move-in date instead would silently overstate A10, so the child is listed as excluded.
    if (!j.movedInWithCarers.isValid())
        return excluded(Exclusion::NoDateWithCarers);
    return counted(daysBetween(j.enteredCare, std::max(j.movedInWithCarers, j.enteredCare)));
}

ChildDays a2Days(const Child& child)
{
    const domain::ChildJourney& j = child.journey;
    if (!j.adoptionOrder.isValid())
        return excluded(Exclusion::NotAdopted);
    // measures.md §1.3 exclusions, in the order a reader would check them.
    if (j.authority == domain::PlacementAuthority::Consent)
        return excluded(Exclusion::ConsentPlacement);
    if (!j.placementOrder.isValid())
        return excluded(Exclusion::NoPlacementOrder);
    // "Placed before the adoption order": a move-in on the order's own day still precedes it
    // (the 903 placement episode starts that day); only a missing or later move-in is out.
    if (!j.movedIn.isValid() || j.movedIn > j.adoptionOrder)
        return excluded(Exclusion::NotPlacedBeforeAdoptionOrder);
    if (!j.matchDecision.isValid())
        return excluded(Exclusion::NoMatchDecision);
    // A match decided before the order counts as 0 days (measures.md §1.3, README).
    return counted(std::max<qint64>(0, daysBetween(j.placementOrder, j.matchDecision)));
}

ChildDays childDays(const Child& child, Measure m)
{
    switch (m) {
    case Measure::A1:
        return a1Days(child);
    case Measure::A10:
        return a10Days(child);
    case Measure::A2:
        return a2Days(child);
    }
    return excluded(Exclusion::NotAdopted);
}

ChildA3 a3(const Child& child, const A3Rule& rule)
{
    if (const Exclusion why = entryToMoveInExclusion(child); why != Exclusion::None)
        return ChildA3{std::nullopt, why};
    const QDate entry = child.journey.enteredCare;
    const QDate placed = child.journey.movedIn;
    switch (rule.kind) {
    case A3Rule::Kind::CalendarMonths:
        // QDate::addMonths keeps the day of the month, or the month's last day when it is
        // shorter (31 Dec + 2 months = 28/29 Feb): the usual reading of "N months later".
        return ChildA3{placed < entry.addMonths(rule.months), Exclusion::None};
    case A3Rule::Kind::Days:
        return ChildA3{daysBetween(entry, placed) < rule.days, Exclusion::None};
    }
    return {};
}

ChildTimeliness timeliness(const Child& child, const A3Rule& rule)
{
    return ChildTimeliness{child.id, a1Days(child), a10Days(child), a2Days(child), a3(child, rule)};
}

} // namespace permanence::metrics
