#include "domain/Placement.h"

#include "domain/AdopterHousehold.h"
#include "domain/Dates.h"
#include "domain/FamilyFinding.h"

#include <QCoreApplication>

namespace permanence::domain {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Placement", text);
}

QString fieldOf(Milestone m)
{
    return milestoneLabel(m);
}

/// "Match decision 3 Mar 2025 is in the future." and nothing for a null date.
void checkNotFuture(Problems& out, const QString& field, QDate date, QDate today)
{
    if (date.isValid() && today.isValid() && date > today)
        out.push_back({field, QStringLiteral("date.in-future"),
                       tr("%1 %2 is in the future.").arg(field, formatDate(date))});
}

void checkRequiredDate(Problems& out, const QString& field, QDate date)
{
    if (!date.isValid())
        out.push_back({field, QStringLiteral("required"), tr("Enter the %1 date.").arg(field)});
}

/// "Match decision 1 Mar 2025 is before the matching panel 10 Mar 2025."
void checkNotBefore(Problems& out, const QString& field, QDate date, const QString& earlierField,
                    QDate earlier)
{
    if (date.isValid() && earlier.isValid() && date < earlier)
        out.push_back(
            {field, QStringLiteral("workflow.before-previous-step"),
             tr("%1 %2 is before the %3 %4.")
                 .arg(field, formatDate(date), earlierField.toLower(), formatDate(earlier))});
}

/// A step whose prerequisite is missing: "No match decision without a link: …".
void checkHas(Problems& out, const QString& field, QDate prerequisite, const QString& message)
{
    if (!prerequisite.isValid())
        out.push_back({field, QStringLiteral("workflow.missing-step"), message});
}

/// Runs the whole-record validation on the changed copy, so a transition never saves what
/// the record form would refuse.
Problems commitIfValid(ChildPlacement& placement, ChildPlacement changed, Problems problems,
                       QDate today)
{
    if (problems.empty()) {
        Problems whole = validate(changed.child, ValidationContext{today, nullptr});
        problems.insert(problems.end(), whole.begin(), whole.end());
    }
    if (problems.empty())
        placement = std::move(changed);
    return problems;
}

} // namespace

const LinkRecord* ChildPlacement::current() const
{
    for (const LinkRecord& l : links)
        if (l.outcome == LinkOutcome::Current)
            return &l;
    return nullptr;
}

LinkRecord* ChildPlacement::current()
{
    for (LinkRecord& l : links)
        if (l.outcome == LinkOutcome::Current)
            return &l;
    return nullptr;
}

Milestone milestoneOf(WorkflowStep step)
{
    switch (step) {
    case WorkflowStep::MatchingPanel:
        return Milestone::MatchingPanel;
    case WorkflowStep::MatchDecision:
        return Milestone::MatchDecision;
    case WorkflowStep::MovedIn:
        return Milestone::MovedIn;
    case WorkflowStep::AdoptionOrder:
        return Milestone::AdoptionOrder;
    }
    return Milestone::AdoptionOrder;
}

Problems link(ChildPlacement& placement, const AdopterHousehold& household, QDate date,
              const QString& familyFinder, QDate today)
{
    const QString field = fieldOf(Milestone::Linked);
    const Child& c = placement.child;
    Problems out;
    checkRequiredDate(out, field, date);
    checkNotFuture(out, field, date, today);
    if (c.household.isValid() || c.journey.linked.isValid())
        out.push_back(
            {field, QStringLiteral("workflow.already-linked"),
             tr("%1 is already linked with a household: end that link first.").arg(c.reference)});
    if (c.archived)
        out.push_back({field, QStringLiteral("workflow.archived"),
                       tr("%1's record is archived.").arg(c.reference)});
    if (date.isValid() && !c.household.isValid()) {
        const FamilyFindingStatus status = familyFindingStatus(c, date);
        if (status != FamilyFindingStatus::ActivelyFamilyFinding &&
            status != FamilyFindingStatus::AwaitingPlacementOrder)
            out.push_back({field, QStringLiteral("workflow.not-waiting"),
                           tr("%1 is not waiting for a family on %2 (%3).")
                               .arg(c.reference, formatDate(date), statusLabel(status))});
    }
    if (!household.id.isValid())
        out.push_back({tr("Household"), QStringLiteral("required"), tr("Choose a household.")});
    else if (date.isValid()) {
        const QDate approved = household.journey.approval;
        if (!approved.isValid() || approved > date)
            out.push_back(
                {tr("Household"), QStringLiteral("workflow.household-not-approved"),
                 tr("%1 is not approved on %2.").arg(household.reference, formatDate(date))});
        if (household.withdrawal.date.isValid() && household.withdrawal.date <= date)
            out.push_back({tr("Household"), QStringLiteral("workflow.household-withdrawn"),
                           tr("%1 withdrew on %2.")
                               .arg(household.reference, formatDate(household.withdrawal.date))});
        if (household.deregistered.isValid() && household.deregistered <= date)
            out.push_back({tr("Household"), QStringLiteral("workflow.household-deregistered"),
                           tr("%1 was de-registered on %2.")
                               .arg(household.reference, formatDate(household.deregistered))});
        if (household.archived)
            out.push_back({tr("Household"), QStringLiteral("workflow.archived"),
                           tr("%1's record is archived.").arg(household.reference)});
    }
    if (familyFinder.trimmed().isEmpty())
        out.push_back({tr("Family finder"), QStringLiteral("required"),
                       tr("Name the family finder who made the link.")});
    // A child goes back to family finding when a link ends or a placement disrupts; the next
    // link starts from then, so the history reads in order.
    QDate previousEnd;
    for (const LinkRecord& l : placement.links)
        if (l.outcome == LinkOutcome::Ended && l.ended > previousEnd)
            previousEnd = l.ended;
    for (const PastPlacement& p : c.pastPlacements)
        if (p.ended > previousEnd)
            previousEnd = p.ended;
    checkNotBefore(out, field, date, tr("End of the previous link"), previousEnd);

    ChildPlacement changed = placement;
    changed.child.journey.linked = date;
    changed.child.household = household.id;
    LinkRecord record;
    record.household = household.id;
    record.familyFinder = familyFinder.trimmed();
    changed.links.append(record);
    return commitIfValid(placement, std::move(changed), std::move(out), today);
}

Problems recordStep(ChildPlacement& placement, WorkflowStep step, QDate date, QDate today)
{
    const ChildJourney& j = placement.child.journey;
    const Milestone milestone = milestoneOf(step);
    const QString field = fieldOf(milestone);
    Problems out;
    checkRequiredDate(out, field, date);
    checkNotFuture(out, field, date, today);
    if (j.date(milestone).isValid())
        out.push_back(
            {field, QStringLiteral("workflow.already-recorded"),
             tr("%1 is already recorded (%2).").arg(field, formatDate(j.date(milestone)))});
    const QString linkedField = fieldOf(Milestone::Linked);
    const QString panelField = fieldOf(Milestone::MatchingPanel);
    const QString matchField = fieldOf(Milestone::MatchDecision);
    const QString movedField = fieldOf(Milestone::MovedIn);
    switch (step) {
    case WorkflowStep::MatchingPanel:
        checkHas(out, field, j.linked,
                 tr("No matching panel without a link: link a household first."));
        checkNotBefore(out, field, date, linkedField, j.linked);
        break;
    case WorkflowStep::MatchDecision:
        checkHas(out, field, j.linked,
                 tr("No match decision without a link: link a household first."));
        if (j.linked.isValid())
            checkHas(out, field, j.matchingPanel,
                     tr("No match decision without the matching panel: the agency decision "
                        "maker decides after the panel's recommendation."));
        checkNotBefore(out, field, date, panelField, j.matchingPanel);
        checkNotBefore(out, field, date, linkedField, j.linked);
        break;
    case WorkflowStep::MovedIn:
        checkHas(out, field, j.matchDecision,
                 tr("No move-in without a match decision: record the agency decision maker's "
                    "match decision first."));
        checkNotBefore(out, field, date, matchField, j.matchDecision);
        if (const LinkRecord* l = placement.current())
            checkNotBefore(out, field, date, tr("Introductions start"), l->introductionsStart);
        break;
    case WorkflowStep::AdoptionOrder:
        checkHas(out, field, j.movedIn,
                 tr("No adoption order before the child has moved in: record the move-in "
                    "first."));
        checkHas(out, field, j.placementOrder,
                 tr("No adoption order without a placement order (or consent): record the "
                    "authority to place first."));
        checkNotBefore(out, field, date, movedField, j.movedIn);
        if (date.isValid() && j.movedIn.isValid() && date >= j.movedIn &&
            date < j.movedIn.addDays(7 * weeksBeforeAdoptionApplication))
            out.push_back(
                {field, QStringLiteral("workflow.order-too-soon"),
                 tr("%1 %2 is less than %3 weeks after the child moved in (%4): the adopters "
                    "may apply only after the child has lived with them for %3 weeks.")
                     .arg(field, formatDate(date))
                     .arg(weeksBeforeAdoptionApplication)
                     .arg(formatDate(j.movedIn))});
        break;
    }
    ChildPlacement changed = placement;
    changed.child.journey.setDate(milestone, date);
    return commitIfValid(placement, std::move(changed), std::move(out), today);
}

Problems recordIntroductions(ChildPlacement& placement, QDate start, QDate end, QDate today)
{
    const ChildJourney& j = placement.child.journey;
    const QString startField = tr("Introductions start");
    const QString endField = tr("Introductions end");
    Problems out;
    checkRequiredDate(out, startField, start);
    checkNotFuture(out, startField, start, today);
    checkNotFuture(out, endField, end, today);
    checkHas(out, startField, j.matchDecision,
             tr("No introductions without a match decision: they begin once the match is "
                "decided."));
    checkNotBefore(out, startField, start, fieldOf(Milestone::MatchDecision), j.matchDecision);
    checkNotBefore(out, endField, end, startField, start);
    if (j.movedIn.isValid() && start.isValid() && start > j.movedIn)
        out.push_back({startField, QStringLiteral("workflow.after-move-in"),
                       tr("%1 %2 is after the child moved in (%3).")
                           .arg(startField, formatDate(start), formatDate(j.movedIn))});
    ChildPlacement changed = placement;
    if (LinkRecord* l = changed.current()) {
        l->introductionsStart = start;
        l->introductionsEnd = end;
    } else if (out.empty()) {
        out.push_back({startField, QStringLiteral("workflow.missing-step"),
                       tr("There is no current link to record introductions on.")});
    }
    return commitIfValid(placement, std::move(changed), std::move(out), today);
}

Problems recordInterAgencyFee(ChildPlacement& placement, const AdopterHousehold& household,
                              const InterAgencyFee& fee)
{
    const QString feeField = tr("Inter-agency fee");
    Problems out;
    if (!placement.child.household.isValid() || placement.current() == nullptr)
        out.push_back({feeField, QStringLiteral("workflow.missing-step"),
                       tr("There is no link: the fee is agreed for a linked household.")});
    else if (household.id != placement.child.household)
        out.push_back({feeField, QStringLiteral("workflow.other-household"),
                       tr("%1 is not the household linked with %2.")
                           .arg(household.reference, placement.child.reference)});
    if (household.source == AdopterSource::OwnAgency)
        out.push_back({feeField, QStringLiteral("workflow.not-inter-agency"),
                       tr("%1 was approved by this agency: there is no inter-agency fee.")
                           .arg(household.reference)});
    if (fee.pence <= 0)
        out.push_back({feeField, QStringLiteral("fee.not-positive"),
                       tr("Enter the fee agreed, more than £0.")});
    if (fee.payingCouncil.trimmed().isEmpty())
        out.push_back({tr("Paying council"), QStringLiteral("required"),
                       tr("Choose the council that pays the fee.")});
    ChildPlacement changed = placement;
    if (out.empty())
        changed.current()->fee = InterAgencyFee{fee.pence, fee.payingCouncil.trimmed()};
    return commitIfValid(placement, std::move(changed), std::move(out), QDate());
}

Problems endLink(ChildPlacement& placement, QDate date, const QString& reason, QDate today)
{
    const ChildJourney& j = placement.child.journey;
    const QString field = tr("Link ended");
    Problems out;
    checkRequiredDate(out, field, date);
    checkNotFuture(out, field, date, today);
    checkHas(out, field, j.linked, tr("There is no link to end."));
    if (j.movedIn.isValid())
        out.push_back({field, QStringLiteral("workflow.moved-in"),
                       tr("The child moved in on %1: record a disruption instead of ending the "
                          "link.")
                           .arg(formatDate(j.movedIn))});
    checkNotBefore(out, field, date, fieldOf(Milestone::Linked), j.linked);
    checkNotBefore(out, field, date, fieldOf(Milestone::MatchingPanel), j.matchingPanel);
    checkNotBefore(out, field, date, fieldOf(Milestone::MatchDecision), j.matchDecision);
    if (reason.trimmed().isEmpty())
        out.push_back({tr("Reason"), QStringLiteral("required"), tr("Say why the link ended.")});

    ChildPlacement changed = placement;
    if (out.empty()) {
        LinkRecord* l = changed.current();
        if (l == nullptr) {
            // A link recorded on the child's form before the workflow kept link records.
            changed.links.append(LinkRecord{});
            l = &changed.links.last();
        }
        l->household = placement.child.household;
        l->outcome = LinkOutcome::Ended;
        l->linked = j.linked;
        l->matchingPanel = j.matchingPanel;
        l->matchDecision = j.matchDecision;
        l->ended = date;
        l->endReason = reason.trimmed();
        ChildJourney& cj = changed.child.journey;
        cj.linked = cj.matchingPanel = cj.matchDecision = QDate();
        changed.child.household = HouseholdId{};
    }
    return commitIfValid(placement, std::move(changed), std::move(out), today);
}

Problems recordDisruption(ChildPlacement& placement, const Disruption& disruption, QDate today)
{
    const ChildJourney& j = placement.child.journey;
    const QString field = tr("Disruption");
    Problems out;
    checkRequiredDate(out, field, disruption.date);
    checkNotFuture(out, field, disruption.date, today);
    checkHas(out, field, j.movedIn,
             tr("No disruption before the child has moved in: end the link instead."));
    if (j.adoptionOrder.isValid())
        out.push_back({field, QStringLiteral("workflow.adopted"),
                       tr("The adoption order was made on %1: a placement ends in disruption only "
                          "before the order.")
                           .arg(formatDate(j.adoptionOrder))});
    checkNotBefore(out, field, disruption.date, fieldOf(Milestone::MovedIn), j.movedIn);
    if (disruption.reason.trimmed().isEmpty())
        out.push_back(
            {tr("Reason"), QStringLiteral("required"), tr("Say why the placement ended.")});

    ChildPlacement changed = placement;
    if (out.empty()) {
        changed.child.pastPlacements.append(
            PastPlacement{placement.child.household, j.linked, j.matchDecision, j.movedIn,
                          disruption.date, disruption.reason.trimmed(),
                          disruption.reviewMeetingHeld, disruption.learning.trimmed()});
        if (LinkRecord* l = changed.current())
            l->outcome = LinkOutcome::Disrupted;
        ChildJourney& cj = changed.child.journey;
        cj.linked = cj.matchingPanel = cj.matchDecision = cj.movedIn = QDate();
        changed.child.household = HouseholdId{};
    }
    return commitIfValid(placement, std::move(changed), std::move(out), today);
}

} // namespace permanence::domain
