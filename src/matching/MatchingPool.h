#pragma once

#include "domain/AdopterHousehold.h"
#include "domain/Agency.h"
#include "domain/Child.h"
#include "domain/Ids.h"

#include <QDate>
#include <QFlags>
#include <QString>
#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace permanence::matching {

/// Hard requirements: failing any one excludes a household. The first five concern the
/// household alone (decided once per pool); the rest compare it with a child or group.
enum class Requirement : quint32
{
    NotApproved = 1u << 0,     ///< no approval on or before the date
    Withdrawn = 1u << 1,       ///< withdrew on or before the date
    Deregistered = 1u << 2,    ///< de-registered on or before the date
    Archived = 1u << 3,        ///< the record is archived
    Busy = 1u << 4,            ///< already linked, matched, placed or caring for an EP child
    Capacity = 1u << 5,        ///< approved for fewer children than the group
    Siblings = 1u << 6,        ///< not approved for brothers and sisters, and this is a group
    AgeRange = 1u << 7,        ///< a child outside the approved age range
    Sex = 1u << 8,             ///< a child not of the sex the household would like
    HealthNeeds = 1u << 9,     ///< a need the household has said it cannot meet
    EarlyPermanence = 1u << 10 ///< an early permanence placement, and not approved for one
};
Q_DECLARE_FLAGS(Requirements, Requirement)

inline constexpr int requirementCount = 11;
[[nodiscard]] const std::array<Requirement, requirementCount>& allRequirements();
[[nodiscard]] int requirementIndex(Requirement r); ///< 0 … requirementCount-1
/// "Number of children": a heading for a group of excluded households.
[[nodiscard]] QString requirementLabel(Requirement r);

namespace detail {
struct PoolData;
}

/// The households to rank, prepared once so that many children can be ranked against them
/// quickly: each household's eligibility on the date (approved, not withdrawn, de-registered,
/// archived or busy with a child), and compact copies of its terms. Cheap to copy (the data is
/// shared and never changes), so a Ranking keeps the pool it came from and can explain any
/// household later.
///
/// Busy: a child (not archived) names the household and was linked with it, or placed with it
/// in early permanence, on or before the date, with no adoption order and no plan change by
/// then. A household whose child was adopted is free again and waits from that adoption order.
class MatchingPool
{
public:
    MatchingPool();
    [[nodiscard]] static MatchingPool build(const std::vector<domain::AdopterHousehold>& households,
                                            const std::vector<domain::Child>& allChildren,
                                            const domain::Agency& agency, QDate on);

    [[nodiscard]] QDate on() const;
    [[nodiscard]] const domain::Agency& agency() const;
    /// Every household given to build(), in the same order; indexes below refer to it.
    [[nodiscard]] int size() const;
    [[nodiscard]] int eligibleCount() const;
    [[nodiscard]] domain::HouseholdId id(int index) const;
    [[nodiscard]] QString reference(int index) const;
    [[nodiscard]] std::optional<int> indexOf(domain::HouseholdId id) const;
    /// The household-only requirements it fails; empty when it can be matched.
    [[nodiscard]] Requirements ineligibility(int index) const;
    /// Days since approval (or since its last child's adoption order, if later) on the date.
    [[nodiscard]] qint64 daysWaiting(int index) const;

    [[nodiscard]] const detail::PoolData& data() const { return *m_d; }

private:
    std::shared_ptr<const detail::PoolData> m_d;
};

} // namespace permanence::matching

Q_DECLARE_OPERATORS_FOR_FLAGS(permanence::matching::Requirements)
