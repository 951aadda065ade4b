#pragma once

#include "domain/Child.h"
#include "domain/Ids.h"

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace permanence::domain {

/// Where a child's adoption journey stands on a date, derived from the recorded facts; never
/// stored, because any fact can be corrected later and the status must follow.
enum class FamilyFindingStatus
{
    NoPlan,                 ///< no agency decision yet
    AwaitingPlacementOrder, ///< ADM decided adoption; no placement order (or consent) yet
    ActivelyFamilyFinding,  ///< authority to place, no link, not stopped
    Linked,                 ///< a prospective household is being explored
    MatchedMovingIn,        ///< the ADM has decided the match; the child has not moved in yet
    Placed,                 ///< moved in with the adopters; no adoption order yet
    Adopted,                ///< the court made the adoption order
    Stopped,                ///< family finding stopped (e.g. ongoing assessment)
    PlanChanged,            ///< the plan changed away from adoption
};

[[nodiscard]] QString statusLabel(FamilyFindingStatus status); ///< "Linked"

/// The status on date `on`, counting only facts dated on or before `on`: a milestone dated D
/// already counts on D, not from the day after. The first rule that holds wins:
///
///  1. adoption order           → Adopted
///  2. plan change              → PlanChanged
///  3. moved in                 → Placed
///  4. match decision           → MatchedMovingIn
///  5. family finding stopped   → Stopped
///  6. linked                   → Linked
///  7. placement order          → ActivelyFamilyFinding (consent counts as the order)
///  8. agency decision          → AwaitingPlacementOrder
///  9. otherwise                → NoPlan
///
/// Why this order: legal endings outrank everything (an adoption order cannot be undone by a
/// later plan change, and validation forbids both). A plan change ends the adoption plan even
/// for a placed child (a disruption followed by a new plan). Moving in and a match decision
/// outrank a stop, because they mean a family was found, so family finding is over anyway.
/// A stop outranks a link: the stop is a single date and reason with no "resumed" fact, so a
/// child whose family finding stopped is "stopped" whether the stop came after a link (the
/// link fell through) or before it (a link recorded while stopped does not restart family
/// finding; clear the stop to restart it). Early permanence (fostering for adoption) does not
/// change the status: the child is in a foster placement until the match and move-in.
[[nodiscard]] FamilyFindingStatus familyFindingStatus(const Child& child, QDate on);

/// Days from the placement order (or consent) to `on` while the child is waiting on `on`:
/// authority to place on or before `on`, no match decision, not moved in, not adopted and no
/// plan change on or before `on`. A stopped child is still waiting (the plan is still adoption),
/// so the count continues. nullopt when the child is not waiting on `on`. The day of the
/// order itself counts as 0 days, as the national measures count end minus start.
[[nodiscard]] std::optional<qint64> daysWaitingSincePlacementOrder(const Child& child, QDate on);

/// 003 §3.7's "priority children": those for whom families are harder to find. Derived on a
/// date because a child becomes 5 while waiting.
struct PriorityFlags
{
    bool agedFiveOrOver = false; ///< 5 on the fifth birthday (29 Feb births: on 1 March)
    bool inSiblingGroup = false; ///< to be placed with one or more brothers or sisters
    bool ethnicityOtherThanWhiteBritish = false; ///< NOBT/REFU are not counted (Person.h)
    /// From Child::disability, or supplied by the caller (e.g. a what-if on a draft record).
    bool disability = false;
    QDate asOf;

    [[nodiscard]] bool isPriority() const
    {
        return agedFiveOrOver || inSiblingGroup || ethnicityOtherThanWhiteBritish || disability;
    }
    /// "Priority on 31 Mar 2024: aged 5 or over, sibling group" or
    /// "Not a priority child on 31 Mar 2024".
    [[nodiscard]] QString describe() const;

    bool operator==(const PriorityFlags&) const = default;
};

[[nodiscard]] PriorityFlags priorityFlags(const Child& child, QDate on, bool hasDisability);
/// The same, with disability taken from the child's record.
[[nodiscard]] inline PriorityFlags priorityFlags(const Child& child, QDate on)
{
    return priorityFlags(child, on, child.disability);
}

/// 003 §3.9 "Children with a Plan of Adoption on 31 March 2024" (160 / 74 / 7 / 30 / 17 / 20),
/// on any date D. Archived children are left out everywhere. Each count equals the size of
/// its id list (kept so the GUI can show the children behind a number).
///
/// - withPlan (003's 160, "ADMs had decided on a plan of adoption"): agency decision ≤ D, no
///   plan change ≤ D and no adoption order ≤ D. Placed children awaiting their adoption order
///   still have a plan of adoption, so they count here; so do stopped children (a stop halts
///   family finding, it does not end the plan).
/// - withOrderNotMatched (003's 74): of withPlan, placement order (or consent) ≤ D and not
///   moved in ≤ D. 003 says "not yet formally matched" but then counts 7 of the 74 as
///   "matched and moving", so its "matched" means "placed"; this bucket follows the numbers.
/// - The 74 split into four buckets that partition it exactly (each child in exactly one),
///   using familyFindingStatus() so the snapshot and the status never disagree:
///     matchedMovingIn  — match decision ≤ D
///     stopped          — not matched; family finding stopped ≤ D. 003 includes "change of
///                        plan away from adoption" here: that is a child whose family finding
///                        stopped while a change of plan is pursued; once the plan change is
///                        recorded the child leaves withPlan altogether.
///     linked           — not matched or stopped; linked ≤ D
///     activelySought   — the rest
/// - The rest of withPlan, so that withPlan = notYetAuthorised + withOrderNotMatched + placed:
///     notYetAuthorised — no placement order ≤ D and not moved in (includes those stopped
///                        before an order)
///     placed           — moved in ≤ D, awaiting the adoption order
struct PlanSnapshot
{
    QDate on;
    int withPlan = 0;
    int withOrderNotMatched = 0;
    int matchedMovingIn = 0;
    int linked = 0;
    int stopped = 0;
    int activelySought = 0;
    int notYetAuthorised = 0;
    int placed = 0;

    std::vector<ChildId> withPlanIds;
    std::vector<ChildId> withOrderNotMatchedIds;
    std::vector<ChildId> matchedMovingInIds;
    std::vector<ChildId> linkedIds;
    std::vector<ChildId> stoppedIds;
    std::vector<ChildId> activelySoughtIds;
    std::vector<ChildId> notYetAuthorisedIds;
    std::vector<ChildId> placedIds;

    bool operator==(const PlanSnapshot&) const = default;
};

/// Ids are listed in the order of `children`.
[[nodiscard]] PlanSnapshot planSnapshot(const std::vector<Child>& children, QDate on);
/// Counts one more child in a snapshot taken on `s.on` (archived children are left out), for
/// callers that already walk their children once for other figures.
void addToPlanSnapshot(PlanSnapshot& s, const Child& c);

} // namespace permanence::domain
