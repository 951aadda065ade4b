#include "domain/DueItem.h"

#include "domain/Dates.h"
#include "domain/FamilyFinding.h"
#include "domain/HouseholdStage.h"

#include <QCoreApplication>
#include <algorithm>

namespace permanence::domain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DueItem", text);
}

QString childRecord(const Child& child)
{
    return child.displayName() + QStringLiteral(" · ") + child.reference;
}

} // namespace

QString dueKindLabel(DueKind kind)
{
    switch (kind) {
    case DueKind::Stage1Target:
        return tr("Stage 1 target");
    case DueKind::Stage2Target:
        return tr("Stage 2 target");
    case DueKind::ChildWaiting:
        return tr("Child waiting");
    case DueKind::PanelPapers:
        return tr("Panel papers");
    case DueKind::AdmDecision:
        return tr("Agency decision after panel");
    case DueKind::PostBox:
        return tr("Post box");
    case DueKind::FundApplication:
        return tr("Support fund application");
    }
    return {};
}

const QList<DueKind>& allDueKinds()
{
    static const QList<DueKind> kinds{
        DueKind::Stage1Target, DueKind::Stage2Target, DueKind::ChildWaiting,   DueKind::PanelPapers,
        DueKind::AdmDecision,  DueKind::PostBox,      DueKind::FundApplication};
    return kinds;
}

DueState DueItem::state(QDate today) const
{
    if (today > due)
        return DueState::Overdue;
    if (today >= from)
        return DueState::DueSoon;
    return DueState::NotYet;
}

void sortByUrgency(QList<DueItem>& items, QDate today)
{
    std::stable_sort(items.begin(), items.end(), [today](const DueItem& a, const DueItem& b) {
        const bool aLate = a.state(today) == DueState::Overdue;
        const bool bLate = b.state(today) == DueState::Overdue;
        if (aLate != bLate)
            return aLate;
        if (a.due != b.due)
            return a.due < b.due;
        return a.record < b.record;
    });
}

QDate thresholdDate(QDate placementOrder, WaitingThreshold threshold)
{
    switch (threshold) {
    case WaitingThreshold::Days90:
        return placementOrder.addDays(90);
    case WaitingThreshold::Months12:
        return placementOrder.addMonths(12);
    case WaitingThreshold::Months18:
        return placementOrder.addMonths(18);
    }
    return {};
}

std::optional<WaitingThreshold> thresholdCrossed(QDate placementOrder, QDate on)
{
    if (!placementOrder.isValid())
        return std::nullopt;
    for (const WaitingThreshold t :
         {WaitingThreshold::Months18, WaitingThreshold::Months12, WaitingThreshold::Days90})
        if (thresholdDate(placementOrder, t) <= on)
            return t;
    return std::nullopt;
}

std::optional<DueItem> waitingItem(const Child& child, QDate today)
{
    if (child.archived || !daysWaitingSincePlacementOrder(child, today))
        return std::nullopt;
    const QDate order = child.journey.placementOrder;
    const auto crossed = thresholdCrossed(order, today);
    if (!crossed)
        return std::nullopt;
    DueItem item;
    item.kind = DueKind::ChildWaiting;
    item.recordKind = SearchKind::Child;
    item.recordId = child.id.value;
    item.record = childRecord(child);
    item.from = thresholdDate(order, *crossed);
    item.due = item.from.addDays(-1); // overdue from the day the threshold is crossed
    const QString status = statusLabel(familyFindingStatus(child, today)).toLower();
    switch (*crossed) {
    case WaitingThreshold::Days90:
        item.what = tr("Waiting 90 days or more since the placement order (%1)").arg(status);
        break;
    case WaitingThreshold::Months12:
        item.what = tr("Waiting 12 months or more since the placement order (%1)").arg(status);
        break;
    case WaitingThreshold::Months18:
        item.what = tr("Waiting 18 months or more since the placement order (%1)").arg(status);
        break;
    }
    return item;
}

std::optional<DueItem> stageTargetItem(const AdopterHousehold& household, QDate today,
                                       const DueRules& rules)
{
    if (household.archived)
        return std::nullopt;
    const HouseholdStage stage = householdStage(household, today);
    QDate start;
    int target = 0;
    DueKind kind = DueKind::Stage1Target;
    if (stage == HouseholdStage::Stage1 && !household.fastTrack) {
        start = household.journey.stage1Start;
        target = rules.stage1TargetDays;
    } else if (stage == HouseholdStage::Stage2) {
        start = household.journey.stage2Start;
        target = rules.stage2TargetDays;
        kind = DueKind::Stage2Target;
    } else {
        return std::nullopt;
    }
    if (!start.isValid() || target <= 0)
        return std::nullopt;
    // Paused days do not count against the target, so each one pushes the target back.
    const QDate targetDay = start.addDays(target + pausedDays(household, start, today));
    DueItem item;
    item.kind = kind;
    item.recordKind = SearchKind::Household;
    item.recordId = household.id.value;
    item.record = household.displayName() + QStringLiteral(" · ") + household.reference;
    item.hubCode = household.hubCode;
    item.due = targetDay;
    item.from = targetDay.addDays(-rules.noticeDays);
    item.what =
        kind == DueKind::Stage1Target
            ? tr("Stage 1 to complete by %1 (%2-day target)").arg(formatDate(targetDay)).arg(target)
            : tr("Approval decision due by %1 (stage 2, %2-day target)")
                  .arg(formatDate(targetDay))
                  .arg(target);
    if (item.state(today) == DueState::NotYet)
        return std::nullopt;
    return item;
}

} // namespace permanence::domain
