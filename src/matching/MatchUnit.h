#pragma once

#include "domain/Child.h"
#include "domain/Ids.h"
#include "domain/Person.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace permanence::matching {

/// What matching needs to know about one child, taken on the unit's date.
struct UnitChild
{
    domain::ChildId id;
    QString reference;
    QString name; ///< preferred name or forename, for the sentences a family finder reads
    int age = 0;  ///< whole years on the unit's date
    std::optional<domain::Sex> sex;
    quint32 needs = 0; ///< bit i set: needCategories().at(i) recorded for this child
    /// Disability recorded without a need category. Treated as needing a household that can
    /// meet at least one disability category (see docs/matching.md).
    bool uncategorisedDisability = false;
    bool hasPlacementOrder = false; ///< placement order (or consent) on or before the date
    QString ethnicity;              ///< DfE code
    QString religion;
    QString firstLanguage;
    QString councilCode;
    qint64 daysWaiting = -1; ///< since the placement order; -1 when not waiting on one
};

/// A child, or a sibling group to be placed together, considered as one: a household must be
/// able to take every child of the unit at once, and the unit's needs are the union of theirs.
struct MatchUnit
{
    QDate on;
    QString siblingGroup; ///< empty for a single child
    std::vector<UnitChild> children;
    QList<domain::ContactPlan> contactPlans; ///< every child's plans (brothers and sisters often
                                             ///< share a birth parent's letterbox plan)

    [[nodiscard]] int size() const { return static_cast<int>(children.size()); }
    [[nodiscard]] bool isGroup() const { return children.size() > 1; }
    [[nodiscard]] quint32 needs() const;
    [[nodiscard]] bool hasUncategorisedDisability() const;
    /// Any child without a placement order yet can only be placed through early permanence
    /// (fostering for adoption or concurrency), so the household must be approved for it.
    [[nodiscard]] bool needsEarlyPermanence() const;
    [[nodiscard]] qint64 longestWait() const; ///< -1 when no child waits since an order
    [[nodiscard]] QString reference() const;  ///< "C-0001" or "C-0001, C-0002"
    [[nodiscard]] QString names() const;      ///< "Tom" or "Tom, Amy and Sam"
};

/// The unit for exactly these children on `on` (one child, or a group placed together).
[[nodiscard]] MatchUnit makeUnit(const std::vector<domain::Child>& childOrGroup, QDate on);

/// Whether a child waits for a family on `on`: authority to place and actively family found
/// (not linked, matched, placed, stopped, adopted or with a changed plan), or an agency decision
/// awaiting the order, which can only be met by early permanence. Archived children and children
/// already in an early permanence placement do not wait.
[[nodiscard]] bool isWaiting(const domain::Child& child, QDate on);

/// The child and, when it belongs to a sibling group, every waiting brother and sister of that
/// group, in the order of `allChildren`: the children to place together as one unit.
[[nodiscard]] std::vector<domain::Child>
placedTogetherWith(const domain::Child& child, const std::vector<domain::Child>& allChildren,
                   QDate on);

/// Every waiting child on `on`, as units: one per sibling group, one per single child, in the
/// order their first child appears in `allChildren`.
[[nodiscard]] std::vector<MatchUnit> waitingUnits(const std::vector<domain::Child>& allChildren,
                                                  QDate on);

} // namespace permanence::matching
