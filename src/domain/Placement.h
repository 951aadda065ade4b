#pragma once

#include "domain/Child.h"
#include "domain/Ids.h"
#include "domain/Problem.h"

#include <QDate>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace permanence::domain {

struct AdopterHousehold;

/// The fee the placing agency agreed to pay for an inter-agency placement (shared/domain/
/// journeys.md §4.8), and the council that pays it. Amounts are whole pence.
struct InterAgencyFee
{
    qint64 pence = 0;
    QString payingCouncil; ///< council code, e.g. "STAFFS"
    bool operator==(const InterAgencyFee&) const = default;
};

/// How a link of a child with a household ended, if it has.
enum class LinkOutcome
{
    Current,   ///< the child's present link, match or placement (the child's journey holds it)
    Ended,     ///< ended before the child moved in; the child went back to family finding
    Disrupted, ///< the placement ended before the adoption order (Child::pastPlacements)
};

/// One link of a child with a household, with the facts the child's record does not hold: who
/// made it, the moving-to-adoption transition plan and the inter-agency fee. The dates of the
/// current link are the child's journey dates and those of a disrupted placement its
/// PastPlacement, so they are not repeated here; only an ended link, which has no other home,
/// carries its own dates.
struct LinkRecord
{
    HouseholdId household;
    QString familyFinder;
    QDate introductionsStart; ///< the transition plan began
    QDate introductionsEnd;   ///< the transition plan ended (null: still in progress)
    std::optional<InterAgencyFee> fee;
    LinkOutcome outcome = LinkOutcome::Current;

    // Ended links only.
    QDate linked;
    QDate matchingPanel;
    QDate matchDecision;
    QDate ended;
    QString endReason;

    bool operator==(const LinkRecord&) const = default;
};

/// A child's record with every link it has had, oldest first: the aggregate the link → match →
/// placement workflow changes. At most one link is Current, and only while the child's record
/// names a household.
struct ChildPlacement
{
    Child child;
    QList<LinkRecord> links;

    /// The current link, or nullptr when the child is not linked with anyone.
    [[nodiscard]] const LinkRecord* current() const;
    [[nodiscard]] LinkRecord* current();

    bool operator==(const ChildPlacement&) const = default;
};

/// A disruption: the placement ended before the adoption order (journeys.md §4.6).
struct Disruption
{
    QDate date;
    QString reason;
    bool reviewMeetingHeld = false;
    QString learning;
};

/// The steps after a link that are a single date on the child's journey.
enum class WorkflowStep
{
    MatchingPanel,
    MatchDecision,
    MovedIn,
    AdoptionOrder,
};

[[nodiscard]] Milestone milestoneOf(WorkflowStep step);

/// The minimum time a child lives with the adopters before they may apply for the adoption
/// order in an agency placement (ACA 2002 s.42: 10 weeks), so the order cannot be sooner.
inline constexpr int weeksBeforeAdoptionApplication = 10;

// Each transition checks the record it is given and, when every check passes, changes it;
// otherwise it returns every problem (each naming its field) and leaves the record unchanged.
// `today` bounds every date: nothing is recorded in the future. The whole child is validated
// afterwards as well, so a transition never produces a record that validate() would refuse.

/// Links the child with `household` on `date`: the child must be waiting (authority to place,
/// or an agency decision for early permanence), not already linked, and not stopped; the
/// household must be approved and not withdrawn by then; a family finder must be named.
[[nodiscard]] Problems link(ChildPlacement& placement, const AdopterHousehold& household,
                            QDate date, const QString& familyFinder, QDate today);

/// Records the matching panel, match decision, move-in or adoption order. Each needs the step
/// before it (no panel without a link, no match decision without a panel, no move-in without a
/// match decision, no order without a move-in and a placement order), on or after its date.
[[nodiscard]] Problems recordStep(ChildPlacement& placement, WorkflowStep step, QDate date,
                                  QDate today);

/// Records the moving-to-adoption transition plan: it starts on or after the match decision;
/// `end` (null while introductions continue) is on or after the start.
[[nodiscard]] Problems recordIntroductions(ChildPlacement& placement, QDate start, QDate end,
                                           QDate today);

/// Records the inter-agency fee: only for a household approved by another agency, a positive
/// amount and a paying council.
[[nodiscard]] Problems recordInterAgencyFee(ChildPlacement& placement,
                                            const AdopterHousehold& household,
                                            const InterAgencyFee& fee);

/// Ends a link before the child moved in (after the move-in it is a disruption): the child
/// returns to family finding and the link is kept as Ended with its dates and the reason.
[[nodiscard]] Problems endLink(ChildPlacement& placement, QDate date, const QString& reason,
                               QDate today);

/// Records a disruption of the placement before the adoption order: the placement is kept in
/// Child::pastPlacements, the link as Disrupted, and the child returns to family finding.
[[nodiscard]] Problems recordDisruption(ChildPlacement& placement, const Disruption& disruption,
                                        QDate today);

/// A transition on one child, for applyToGroup: `[&](ChildPlacement& p) { return
/// recordStep(p, WorkflowStep::MatchDecision, date, today); }`.
using Transition = std::function<Problems(ChildPlacement&)>;

/// Applies `transition` to every child of a sibling group placed together, all or none: a group
/// is linked, matched and placed as one (SiblingGroup), so a step refused for one child is
/// refused for the group and every record is left unchanged. The children must share
/// Child::siblingGroup (a single child is a group of one) and the same household (none before
/// the link). Each problem of a group of two or more starts with the child's reference.
[[nodiscard]] Problems applyToGroup(QList<ChildPlacement>& group, const Transition& transition);

/// Links every child of the group with `household` (link() for each), after checking the
/// household is approved for that many children and, for two or more, for brothers and sisters.
[[nodiscard]] Problems linkGroup(QList<ChildPlacement>& group, const AdopterHousehold& household,
                                 QDate date, const QString& familyFinder, QDate today);

} // namespace permanence::domain
