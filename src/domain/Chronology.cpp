#include "domain/Chronology.h"

#include "domain/Dates.h"

#include <QCoreApplication>
#include <algorithm>

namespace permanence::domain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Chronology", text);
}

/// Appends an entry when `date` is set.
void add(std::vector<ChronologyEntry>& out, QDate date, ChronologySource source,
         const QString& event, const QString& detail = {}, int sequence = 0)
{
    if (!date.isValid())
        return;
    ChronologyEntry e;
    e.date = date;
    e.source = source;
    e.event = event;
    e.detail = detail;
    e.sequence = sequence;
    out.push_back(std::move(e));
}

void addNotes(std::vector<ChronologyEntry>& out, const std::vector<CaseNote>& notes)
{
    for (const CaseNote& note : notes) {
        ChronologyEntry e;
        e.date = note.date;
        e.source = ChronologySource::CaseNote;
        e.event = tr("Case note (%1)").arg(noteKindLabel(note.kind).toLower());
        e.detail = note.text;
        e.recordedBy = note.author;
        e.recordedAt = note.recordedAt;
        e.noteKind = note.kind;
        out.push_back(std::move(e));
    }
}

QString milestoneEvent(Milestone m, const ChildJourney& journey)
{
    switch (m) {
    case Milestone::EnteredCare:
        return tr("Entered care");
    case Milestone::AgencyDecision:
        return tr("Agency decision: should be placed for adoption");
    case Milestone::PlacementOrder:
        return journey.authority == PlacementAuthority::Consent
                   ? tr("Consent to placement for adoption given")
                   : tr("Placement order granted");
    case Milestone::FamilyFindingStarted:
        return tr("Family finding started");
    case Milestone::Linked:
        return tr("Linked with prospective adopters");
    case Milestone::MatchingPanel:
        return tr("Matching panel");
    case Milestone::MatchDecision:
        return tr("Agency decision: match approved");
    case Milestone::MovedIn:
        return tr("Moved in with adopters");
    case Milestone::AdoptionOrder:
        return tr("Adoption order granted");
    }
    return {};
}

ChronologySource milestoneSource(Milestone m)
{
    switch (m) {
    case Milestone::Linked:
    case Milestone::MovedIn:
        return ChronologySource::Placement;
    case Milestone::MatchingPanel:
    case Milestone::MatchDecision:
        return ChronologySource::Panel;
    default:
        return ChronologySource::Journey;
    }
}

} // namespace

QString chronologySourceLabel(ChronologySource source)
{
    switch (source) {
    case ChronologySource::Journey:
        return tr("Journey");
    case ChronologySource::Placement:
        return tr("Placement");
    case ChronologySource::Panel:
        return tr("Panel and decisions");
    case ChronologySource::Training:
        return tr("Training");
    case ChronologySource::Support:
        return tr("Support");
    case ChronologySource::CaseNote:
        return tr("Case note");
    }
    return {};
}

void sortNewestFirst(std::vector<ChronologyEntry>& entries)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [](const ChronologyEntry& a, const ChronologyEntry& b) {
                         if (a.date != b.date)
                             return a.date > b.date;
                         if (a.recordedAt != b.recordedAt)
                             return a.recordedAt > b.recordedAt;
                         return a.sequence > b.sequence;
                     });
}

std::vector<ChronologyEntry> chronologyOf(const Child& child, const std::vector<CaseNote>& notes)
{
    std::vector<ChronologyEntry> out;
    add(out, child.dateOfBirth, ChronologySource::Journey, tr("Born"), {}, 0);
    const ChildJourney& j = child.journey;
    int sequence = 10;
    for (const Milestone m : allMilestones())
        add(out, j.date(m), milestoneSource(m), milestoneEvent(m, j), {}, sequence++);
    if (j.earlyPermanencePlaced.isValid()) {
        const QString kind = j.earlyPermanenceKind == EarlyPermanenceKind::Concurrency
                                 ? tr("concurrency")
                                 : tr("fostering for adoption");
        add(out, j.earlyPermanencePlaced, ChronologySource::Placement,
            tr("Placed in early permanence (%1)").arg(kind),
            j.earlyPermanenceCarers.isEmpty() ? QString()
                                              : tr("With %1").arg(j.earlyPermanenceCarers),
            14);
    }
    if (j.fosterCarerAdoption)
        add(out, j.movedInWithCarers, ChronologySource::Placement,
            tr("Moved in with the foster carers who are adopting"), {}, 3);
    for (const PastPlacement& p : child.pastPlacements) {
        add(out, p.linked, ChronologySource::Placement, tr("Linked (placement later disrupted)"),
            {}, 14);
        add(out, p.matchDecision, ChronologySource::Panel,
            tr("Agency decision: match approved (placement later disrupted)"), {}, 16);
        add(out, p.movedIn, ChronologySource::Placement, tr("Moved in (placement later disrupted)"),
            {}, 17);
        QString detail = p.reason;
        if (p.reviewMeetingHeld)
            detail = detail.isEmpty() ? tr("Disruption meeting held")
                                      : tr("%1. Disruption meeting held").arg(detail);
        if (!p.learning.isEmpty())
            detail += (detail.isEmpty() ? QString() : QStringLiteral(". ")) +
                      tr("Learning: %1").arg(p.learning);
        add(out, p.ended, ChronologySource::Placement,
            tr("Placement disrupted before the adoption order"), detail, 18);
    }
    if (child.planChange.date.isValid()) {
        QString detail = child.planChange.reason;
        if (!child.planChange.newPlan.isEmpty())
            detail += (detail.isEmpty() ? QString() : QStringLiteral(". ")) +
                      tr("New plan: %1").arg(child.planChange.newPlan);
        add(out, child.planChange.date, ChronologySource::Journey,
            tr("Plan changed away from adoption"), detail, 30);
    }
    add(out, child.familyFindingStop.date, ChronologySource::Journey, tr("Family finding stopped"),
        child.familyFindingStop.reason, 31);
    addNotes(out, notes);
    return out;
}

std::vector<ChronologyEntry> chronologyOf(const AdopterHousehold& household,
                                          const std::vector<CaseNote>& notes,
                                          const std::vector<TrainingEvent>& trainingAttended)
{
    std::vector<ChronologyEntry> out;
    const HouseholdJourney& j = household.journey;
    add(out, j.enquiry, ChronologySource::Journey, tr("Enquiry"), {}, 1);
    add(out, j.informationEvent, ChronologySource::Journey, tr("Information event attended"), {},
        2);
    add(out, j.registration, ChronologySource::Journey, tr("Registration of interest accepted"), {},
        3);
    add(out, j.infoGivingMeeting, ChronologySource::Journey, tr("Information-giving meeting"), {},
        4);
    add(out, j.stage1Start, ChronologySource::Journey, tr("Stage 1 started"), {}, 5);
    add(out, j.stage1End, ChronologySource::Journey, tr("Stage 1 completed"), {}, 6);
    add(out, j.stage2Start, ChronologySource::Journey,
        household.fastTrack ? tr("Stage 2 started (fast track)") : tr("Stage 2 started"), {}, 7);
    add(out, j.parCompleted, ChronologySource::Journey,
        tr("Prospective adopter's report completed"), {}, 8);
    add(out, j.panel, ChronologySource::Panel, tr("Approval panel"), {}, 9);
    add(out, j.approval, ChronologySource::Panel, tr("Agency decision: approved as adopters"), {},
        10);
    for (const Pause& p : household.pauses) {
        add(out, p.from, ChronologySource::Journey, tr("Assessment paused"), p.reason, 11);
        add(out, p.to, ChronologySource::Journey, tr("Assessment resumed"), {}, 12);
    }
    if (household.withdrawal.date.isValid()) {
        QString detail = withdrawalReasonLabel(household.withdrawal.category);
        if (!household.withdrawal.reason.isEmpty())
            detail += QStringLiteral(": ") + household.withdrawal.reason;
        add(out, household.withdrawal.date, ChronologySource::Journey, tr("Withdrew"), detail, 20);
    }
    add(out, household.deregistered, ChronologySource::Panel, tr("De-registered"),
        household.deregistrationReason, 21);
    for (const TrainingEvent& event : trainingAttended) {
        QString detail = event.title;
        if (event.end.isValid() && event.end != event.start)
            detail += tr(" (to %1)").arg(formatDate(event.end));
        add(out, event.start, ChronologySource::Training,
            tr("Attended training: %1").arg(trainingKindLabel(event.kind)), detail, 13);
    }
    addNotes(out, notes);
    return out;
}

std::vector<ChronologyEntry> placementEntriesFor(const Child& child)
{
    std::vector<ChronologyEntry> out;
    const QString who =
        child.displayName() + QStringLiteral(" (") + child.reference + QLatin1Char(')');
    const ChildJourney& j = child.journey;
    add(out, j.linked, ChronologySource::Placement, tr("Linked with a child"), who, 14);
    add(out, j.matchingPanel, ChronologySource::Panel, tr("Matching panel"), who, 15);
    add(out, j.matchDecision, ChronologySource::Panel, tr("Agency decision: match approved"), who,
        16);
    add(out, j.movedIn, ChronologySource::Placement, tr("Child moved in"), who, 17);
    add(out, j.adoptionOrder, ChronologySource::Placement, tr("Adoption order granted"), who, 18);
    return out;
}

} // namespace permanence::domain
