#include "domain/HouseholdStage.h"

#include "domain/Dates.h"

#include <QCoreApplication>
#include <algorithm>

namespace permanence::domain {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("HouseholdStage", text);
}

/// A fact counts on `on` when it is recorded and dated on or before `on` (as FamilyFinding).
bool reached(QDate fact, QDate on)
{
    return fact.isValid() && fact <= on;
}

bool pausedOn(const Pause& pause, QDate on)
{
    return reached(pause.from, on) && (!pause.to.isValid() || on < pause.to);
}

const Pause* pauseOn(const AdopterHousehold& household, QDate on)
{
    for (const Pause& pause : household.pauses)
        if (pausedOn(pause, on))
            return &pause;
    return nullptr;
}

/// The later of two dates, ignoring a null one.
QDate later(QDate a, QDate b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

/// The day the household entered `stage`, as far as `on` shows it; null when unknown.
QDate stageStart(const AdopterHousehold& h, HouseholdStage stage, QDate on,
                 const HouseholdPlacements& placements)
{
    const HouseholdJourney& j = h.journey;
    switch (stage) {
    case HouseholdStage::Enquiry:
        return j.enquiry;
    case HouseholdStage::InformationEvent:
        return j.informationEvent;
    case HouseholdStage::Registered:
        return j.registration;
    case HouseholdStage::Stage1:
        return j.stage1Start;
    case HouseholdStage::BetweenStages:
        return j.stage1End;
    case HouseholdStage::Stage2:
        return j.stage2Start;
    case HouseholdStage::ApprovedWaiting:
        return j.approval;
    // A placement fact dated before the approval only takes effect on the approval day.
    case HouseholdStage::Linked:
        return later(j.approval, placements.firstLinked);
    case HouseholdStage::Matched:
        return later(j.approval, placements.firstMatched);
    case HouseholdStage::Placed:
        return later(j.approval, placements.firstMovedIn);
    case HouseholdStage::Paused:
        if (const Pause* pause = pauseOn(h, on))
            return pause->from;
        return {};
    case HouseholdStage::Withdrawn:
        return h.withdrawal.date;
    case HouseholdStage::Deregistered:
        return h.deregistered;
    }
    return {};
}

void keepEarliest(QDate& earliest, QDate candidate)
{
    if (candidate.isValid() && (!earliest.isValid() || candidate < earliest))
        earliest = candidate;
}

} // namespace

QString householdStageLabel(HouseholdStage stage)
{
    switch (stage) {
    case HouseholdStage::Enquiry:
        return tr("Enquiry");
    case HouseholdStage::InformationEvent:
        return tr("Information event");
    case HouseholdStage::Registered:
        return tr("Registered");
    case HouseholdStage::Stage1:
        return tr("Stage 1");
    case HouseholdStage::BetweenStages:
        return tr("Between stages");
    case HouseholdStage::Stage2:
        return tr("Stage 2");
    case HouseholdStage::ApprovedWaiting:
        return tr("Approved, waiting");
    case HouseholdStage::Linked:
        return tr("Linked");
    case HouseholdStage::Matched:
        return tr("Matched");
    case HouseholdStage::Placed:
        return tr("Placed");
    case HouseholdStage::Paused:
        return tr("Paused");
    case HouseholdStage::Withdrawn:
        return tr("Withdrawn");
    case HouseholdStage::Deregistered:
        return tr("De-registered");
    }
    return {};
}

const QList<HouseholdStage>& allHouseholdStages()
{
    static const QList<HouseholdStage> stages = {
        HouseholdStage::Enquiry,         HouseholdStage::InformationEvent,
        HouseholdStage::Registered,      HouseholdStage::Stage1,
        HouseholdStage::BetweenStages,   HouseholdStage::Stage2,
        HouseholdStage::ApprovedWaiting, HouseholdStage::Linked,
        HouseholdStage::Matched,         HouseholdStage::Placed,
        HouseholdStage::Paused,          HouseholdStage::Withdrawn,
        HouseholdStage::Deregistered,
    };
    return stages;
}

HouseholdPlacements householdPlacements(HouseholdId household, const std::vector<Child>& children)
{
    HouseholdPlacements p;
    if (!household.isValid())
        return p;
    for (const Child& child : children) {
        if (child.household != household)
            continue;
        keepEarliest(p.firstLinked, child.journey.linked);
        keepEarliest(p.firstMatched, child.journey.matchDecision);
        keepEarliest(p.firstMovedIn, child.journey.movedIn);
    }
    return p;
}

HouseholdStage householdStage(const AdopterHousehold& household, QDate on,
                              const HouseholdPlacements& placements)
{
    const HouseholdJourney& j = household.journey;
    // The order of these tests is the precedence documented in the header; the SQL filter in
    // storage/HouseholdStageSql.cpp repeats it rule for rule.
    if (reached(household.deregistered, on))
        return HouseholdStage::Deregistered;
    if (reached(household.withdrawal.date, on))
        return HouseholdStage::Withdrawn;
    if (pauseOn(household, on))
        return HouseholdStage::Paused;
    if (reached(j.approval, on)) {
        if (reached(placements.firstMovedIn, on))
            return HouseholdStage::Placed;
        if (reached(placements.firstMatched, on))
            return HouseholdStage::Matched;
        if (reached(placements.firstLinked, on))
            return HouseholdStage::Linked;
        return HouseholdStage::ApprovedWaiting;
    }
    if (reached(j.stage2Start, on))
        return HouseholdStage::Stage2;
    if (reached(j.stage1End, on))
        return HouseholdStage::BetweenStages;
    if (reached(j.stage1Start, on))
        return HouseholdStage::Stage1;
    if (reached(j.registration, on))
        return HouseholdStage::Registered;
    if (reached(j.informationEvent, on))
        return HouseholdStage::InformationEvent;
    return HouseholdStage::Enquiry;
}

qint64 pausedDays(const AdopterHousehold& household, QDate start, QDate end)
{
    if (!start.isValid() || !end.isValid() || end <= start)
        return 0;
    qint64 days = 0;
    for (const Pause& pause : household.pauses) {
        if (!pause.from.isValid())
            continue;
        const QDate from = std::max(start, pause.from);
        const QDate to = pause.to.isValid() ? std::min(end, pause.to) : end;
        if (from < to)
            days += daysBetween(from, to);
    }
    return days;
}

std::optional<qint64> stage1Days(const AdopterHousehold& household)
{
    const HouseholdJourney& j = household.journey;
    if (household.fastTrack || !j.stage1Start.isValid() || !j.stage1End.isValid())
        return std::nullopt;
    return daysBetween(j.stage1Start, j.stage1End) -
           pausedDays(household, j.stage1Start, j.stage1End);
}

std::optional<qint64> stage2Days(const AdopterHousehold& household)
{
    const HouseholdJourney& j = household.journey;
    if (!j.stage2Start.isValid() || !j.approval.isValid())
        return std::nullopt;
    return daysBetween(j.stage2Start, j.approval) -
           pausedDays(household, j.stage2Start, j.approval);
}

qint64 daysInStage(const AdopterHousehold& household, QDate on,
                   const HouseholdPlacements& placements)
{
    const HouseholdStage stage = householdStage(household, on, placements);
    const QDate start = stageStart(household, stage, on, placements);
    if (!start.isValid() || start > on)
        return 0;
    const qint64 days = daysBetween(start, on);
    // Inside a pause the count is the pause's own length; subtracting it would always give 0.
    if (stage == HouseholdStage::Paused)
        return days;
    return days - pausedDays(household, start, on);
}

} // namespace permanence::domain
