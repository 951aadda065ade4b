#include "domain/FamilyFinding.h"

#include "domain/Dates.h"
#include "domain/Person.h"

#include <QCoreApplication>
#include <QStringList>

namespace permanence::domain {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("FamilyFinding", text);
}

/// A fact counts on `on` when it is recorded and dated on or before `on`; a null date means
/// "not reached" and never counts.
bool reached(QDate fact, QDate on)
{
    return fact.isValid() && fact <= on;
}

/// ADM decision, no plan change and no adoption order on `on` (see PlanSnapshot).
bool hasPlanOfAdoption(const Child& c, QDate on)
{
    return reached(c.journey.agencyDecision, on) && !reached(c.planChange.date, on) &&
           !reached(c.journey.adoptionOrder, on);
}

void add(int& count, std::vector<ChildId>& ids, ChildId id)
{
    ++count;
    ids.push_back(id);
}

} // namespace

QString statusLabel(FamilyFindingStatus status)
{
    switch (status) {
    case FamilyFindingStatus::NoPlan:
        return tr("No plan yet");
    case FamilyFindingStatus::AwaitingPlacementOrder:
        return tr("Plan, awaiting placement order");
    case FamilyFindingStatus::ActivelyFamilyFinding:
        return tr("Placement order, actively family finding");
    case FamilyFindingStatus::Linked:
        return tr("Linked");
    case FamilyFindingStatus::MatchedMovingIn:
        return tr("Matched, moving in");
    case FamilyFindingStatus::Placed:
        return tr("Placed");
    case FamilyFindingStatus::Adopted:
        return tr("Adopted");
    case FamilyFindingStatus::Stopped:
        return tr("Family finding stopped");
    case FamilyFindingStatus::PlanChanged:
        return tr("Plan changed");
    }
    return {};
}

FamilyFindingStatus familyFindingStatus(const Child& child, QDate on)
{
    const ChildJourney& j = child.journey;
    // The order of these tests is the precedence documented in the header.
    if (reached(j.adoptionOrder, on))
        return FamilyFindingStatus::Adopted;
    if (reached(child.planChange.date, on))
        return FamilyFindingStatus::PlanChanged;
    if (reached(j.movedIn, on))
        return FamilyFindingStatus::Placed;
    if (reached(j.matchDecision, on))
        return FamilyFindingStatus::MatchedMovingIn;
    if (reached(child.familyFindingStop.date, on))
        return FamilyFindingStatus::Stopped;
    if (reached(j.linked, on))
        return FamilyFindingStatus::Linked;
    if (reached(j.placementOrder, on))
        return FamilyFindingStatus::ActivelyFamilyFinding;
    if (reached(j.agencyDecision, on))
        return FamilyFindingStatus::AwaitingPlacementOrder;
    return FamilyFindingStatus::NoPlan;
}

std::optional<qint64> daysWaitingSincePlacementOrder(const Child& child, QDate on)
{
    const ChildJourney& j = child.journey;
    if (!reached(j.placementOrder, on))
        return std::nullopt;
    if (reached(j.matchDecision, on) || reached(j.movedIn, on) || reached(j.adoptionOrder, on) ||
        reached(child.planChange.date, on))
        return std::nullopt;
    return daysBetween(j.placementOrder, on);
}

QString PriorityFlags::describe() const
{
    const QString date = formatDate(asOf);
    if (!isPriority())
        return tr("Not a priority child on %1").arg(date);
    QStringList reasons;
    if (agedFiveOrOver)
        reasons << tr("aged 5 or over");
    if (inSiblingGroup)
        reasons << tr("sibling group");
    if (ethnicityOtherThanWhiteBritish)
        reasons << tr("ethnicity other than White British");
    if (disability)
        reasons << tr("disability");
    return tr("Priority on %1: %2").arg(date, reasons.join(QStringLiteral(", ")));
}

PriorityFlags priorityFlags(const Child& child, QDate on, bool hasDisability)
{
    PriorityFlags f;
    f.asOf = on;
    // An unknown date of birth gives age 0, so the flag stays off rather than guessing;
    // validation reports the missing date.
    f.agedFiveOrOver = ageInYears(child.dateOfBirth, on) >= 5;
    f.inSiblingGroup = !child.siblingGroup.trimmed().isEmpty();
    f.ethnicityOtherThanWhiteBritish = isOtherThanWhiteBritish(child.ethnicity);
    f.disability = hasDisability;
    return f;
}

void addToPlanSnapshot(PlanSnapshot& s, const Child& c)
{
    if (c.archived || !hasPlanOfAdoption(c, s.on))
        return;
    add(s.withPlan, s.withPlanIds, c.id);

    if (reached(c.journey.movedIn, s.on)) {
        add(s.placed, s.placedIds, c.id);
        return;
    }
    if (!reached(c.journey.placementOrder, s.on)) {
        add(s.notYetAuthorised, s.notYetAuthorisedIds, c.id);
        return;
    }

    add(s.withOrderNotMatched, s.withOrderNotMatchedIds, c.id);
    // With a plan, an order and not moved in, the status can only be one of these four, so
    // the buckets partition the 74 and always agree with the status the child's page shows.
    switch (familyFindingStatus(c, s.on)) {
    case FamilyFindingStatus::MatchedMovingIn:
        add(s.matchedMovingIn, s.matchedMovingInIds, c.id);
        break;
    case FamilyFindingStatus::Stopped:
        add(s.stopped, s.stoppedIds, c.id);
        break;
    case FamilyFindingStatus::Linked:
        add(s.linked, s.linkedIds, c.id);
        break;
    default:
        add(s.activelySought, s.activelySoughtIds, c.id);
        break;
    }
}

PlanSnapshot planSnapshot(const std::vector<Child>& children, QDate on)
{
    PlanSnapshot s;
    s.on = on;
    for (const Child& c : children)
        addToPlanSnapshot(s, c);
    return s;
}

} // namespace permanence::domain
