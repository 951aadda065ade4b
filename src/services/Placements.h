#pragma once

#include "domain/FamilyFinding.h"
#include "domain/Placement.h"
#include "domain/Result.h"
#include "matching/MatchingWeights.h"
#include "matching/Ranking.h"

#include <QHash>
#include <optional>
#include <vector>

namespace permanence::services {

class Workspace;

/// One row of the tracker: a child, or a sibling group placed together, with its current link,
/// match or placement.
struct TrackerRow
{
    std::vector<domain::ChildId> children; ///< eldest first
    QString childReferences;               ///< "C-0001" or "C-0001, C-0002"
    QString childNames;                    ///< "Tom" or "Tom and Amy"
    QString siblingGroup;                  ///< empty for a single child
    domain::HouseholdId household;
    QString householdReference;
    QString householdName;
    QString familyFinder;
    domain::FamilyFindingStatus status = domain::FamilyFindingStatus::Linked;
    QDate placementOrder; ///< the earliest of the group's
    QDate linked;
    QDate matchingPanel;
    QDate matchDecision;
    QDate introductionsStart;
    QDate introductionsEnd;
    QDate movedIn;
    std::optional<domain::InterAgencyFee> fee;
    /// Days from the (earliest) placement order to today; nullopt without one (early permanence).
    std::optional<qint64> daysSincePlacementOrder;
    qint64 daysSinceLink = 0; ///< today minus the link date
};

/// A ranking of every household for a child or group, with what a list shows of each household.
struct UnitRanking
{
    std::vector<domain::Child> unit; ///< the child and the siblings placed with it
    matching::Ranking ranking;
    QHash<qint64, QString> householdNames;                 ///< by household id: "Amir & Sarah Khan"
    QHash<qint64, domain::AdopterSource> householdSources; ///< by household id
};

/// The link → match → placement workflow, as the workspace's actor. A sibling group placed
/// together is one unit: every step on one of its children is applied to all of them, all or
/// none. Each call validates in the domain (domain/Placement.h), then saves the children and
/// their link records in one transaction, then announces childrenChanged and
/// householdsChanged (a household's stage follows its children).
class Placements
{
public:
    explicit Placements(Workspace& workspace) : m_ws(workspace) {}

    [[nodiscard]] domain::Result<domain::ChildPlacement> placement(domain::ChildId child) const;
    /// The child and the brothers and sisters to be linked with it: its waiting siblings when
    /// the group is placed together (no decision to place apart), otherwise the child alone.
    [[nodiscard]] domain::Result<std::vector<domain::Child>> unitFor(domain::ChildId child) const;
    /// The weights a manager set ("matching.weights"), or the defaults.
    [[nodiscard]] matching::MatchingWeights weights() const;
    /// Every household ranked for the child's unit (unitFor) today.
    [[nodiscard]] domain::Result<UnitRanking> rank(domain::ChildId child) const;

    /// Links the child's unit with the household; the household must be free (no other child
    /// linked, matched or placed with it and not yet adopted).
    [[nodiscard]] domain::Status link(domain::ChildId child, domain::HouseholdId household,
                                      QDate date, const QString& familyFinder);
    [[nodiscard]] domain::Status recordStep(domain::ChildId child, domain::WorkflowStep step,
                                            QDate date);
    [[nodiscard]] domain::Status recordIntroductions(domain::ChildId child, QDate start, QDate end);
    /// The fee is agreed once for the placement, so a group's fee is recorded on the link of
    /// its eldest child only (reports must not count it once per child).
    [[nodiscard]] domain::Status recordInterAgencyFee(domain::ChildId child,
                                                      const domain::InterAgencyFee& fee);
    [[nodiscard]] domain::Status endLink(domain::ChildId child, QDate date, const QString& reason);
    [[nodiscard]] domain::Status recordDisruption(domain::ChildId child,
                                                  const domain::Disruption& disruption);

    /// Current links, matches and placements awaiting the order, one row per child or group,
    /// oldest link first.
    [[nodiscard]] domain::Result<std::vector<TrackerRow>> tracker() const;

private:
    /// The children linked with the same household as `child` in its sibling group (the child
    /// alone when not in a group or not linked), eldest first.
    [[nodiscard]] domain::Result<std::vector<domain::ChildPlacement>>
    linkedUnit(domain::ChildId child) const;
    [[nodiscard]] domain::Status apply(domain::ChildId child, const domain::Transition& transition);
    [[nodiscard]] domain::Status save(const QList<domain::ChildPlacement>& group);

    Workspace& m_ws;
};

} // namespace permanence::services
