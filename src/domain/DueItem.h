#pragma once

#include "domain/AdopterHousehold.h"
#include "domain/Child.h"
#include "domain/SearchRecord.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace permanence::domain {

/// What kind of work is due. Every item is derived from the rules and the records, never typed:
/// fix the record (a date entered, a paper received) and the item goes.
enum class DueKind
{
    Stage1Target,    ///< an adopter household's stage 1 against its target (60 days)
    Stage2Target,    ///< stage 2 against its target (121 days)
    ChildWaiting,    ///< a child waiting since the placement order past 90 days, 12 or 18 months
    PanelPapers,     ///< papers due before a panel meeting
    AdmDecision,     ///< the agency decision due after a panel's recommendation
    PostBox,         ///< a keeping-in-touch item overdue against its agreement
    FundApplication, ///< a support fund application due within 3 months of an assessment
};
[[nodiscard]] QString dueKindLabel(DueKind kind);
[[nodiscard]] const QList<DueKind>& allDueKinds();

/// Where an item stands on a date: not yet shown, due soon (inside its window), or overdue.
enum class DueState
{
    NotYet,
    DueSoon,
    Overdue,
};

/// One thing that is due or overdue, with the record it is about and its window: it is shown
/// from `from` and is overdue after `due` (the last day it is on time).
struct DueItem
{
    DueKind kind = DueKind::ChildWaiting;
    SearchKind recordKind = SearchKind::Child;
    qint64 recordId = 0;
    QString record; ///< "Abbie Adebayo · CBRAM-00247"
    QString what;   ///< "Stage 1 target (60 days) reached on 3 Mar 2024"
    QDate from;
    QDate due;
    QString worker; ///< the allocated worker's login, where the record has one
    QString hubCode;

    [[nodiscard]] DueState state(QDate today) const;
    bool operator==(const DueItem&) const = default;
};

/// Overdue first (longest overdue first), then by due date, then by record.
void sortByUrgency(QList<DueItem>& items, QDate today);

/// The national thresholds for children waiting since their placement order (shared/domain
/// matching.md §7.4): 90 days, 12 months and 18 months (calendar months: 12 months after
/// 15 Mar 2023 is 15 Mar 2024).
enum class WaitingThreshold
{
    Days90,
    Months12,
    Months18,
};
/// The day a child waiting since `placementOrder` crosses `threshold`.
[[nodiscard]] QDate thresholdDate(QDate placementOrder, WaitingThreshold threshold);
/// The highest threshold crossed on `on`, if any.
[[nodiscard]] std::optional<WaitingThreshold> thresholdCrossed(QDate placementOrder, QDate on);

/// The targets and notice periods the due list applies (settings; these are the defaults).
struct DueRules
{
    int stage1TargetDays = 60;
    int stage2TargetDays = 121;
    int noticeDays = 14; ///< how long before a target the item shows as due soon
};

/// A child waiting on `today` past 90 days, 12 or 18 months since the placement order: shown
/// from the day the highest threshold is crossed, and overdue from then (there is nothing to
/// wait for: the child needs a family).
[[nodiscard]] std::optional<DueItem> waitingItem(const Child& child, QDate today);

/// A household in stage 1 or stage 2 on `today`, from `noticeDays` before the day its target
/// is reached (the start plus the target, pushed back by the days paused so far) and overdue
/// after it. Fast-track households have no stage 1 item; a paused household none while paused.
[[nodiscard]] std::optional<DueItem> stageTargetItem(const AdopterHousehold& household, QDate today,
                                                     const DueRules& rules);

} // namespace permanence::domain
