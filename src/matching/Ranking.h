#pragma once

#include "matching/MatchUnit.h"
#include "matching/MatchingPool.h"
#include "matching/MatchingWeights.h"

#include <QString>
#include <array>
#include <memory>
#include <vector>

namespace permanence::matching {

namespace detail {
struct PreparedUnit;
}

/// One soft consideration for one household: its points (of maxPoints) and why.
struct ScorePart
{
    Part part = Part::Ethnicity;
    double points = 0;
    double maxPoints = 0; ///< the part's share of 100 under the weights
    QString explanation;  ///< one line: "An applicant is Indian, as Amir is"
};

/// A hard requirement a household fails, with a sentence naming the values:
/// "Approved for 1 child; this is a group of 3", "Approved for ages 0–4; Tom is 6".
struct Exclusion
{
    Requirement requirement = Requirement::NotApproved;
    QString reason;
};

/// A household that meets every hard requirement. Explanations are built on request
/// (Ranking::explain), so ranking thousands of households builds no strings.
struct RankedHousehold
{
    // Laid out to fill 64 bytes: a ranking writes and sorts up to one per household.
    domain::HouseholdId household;
    double score = 0; ///< 0–100: the sum of points
    qint64 daysWaiting = 0;
    int index = -1;                        ///< in the pool
    std::array<float, partCount> points{}; ///< by Part, for score bars

    [[nodiscard]] double pointsFor(Part p) const { return points[static_cast<size_t>(p)]; }
};

struct ExcludedHousehold
{
    domain::HouseholdId household;
    int index = -1; ///< in the pool
    /// Every requirement failed. A household that fails a household-only requirement (not
    /// approved, withdrawn, de-registered, archived, busy) lists only those: its terms are not
    /// compared with the child.
    Requirements failed;
};

/// Households for one child or group: `ranked` by score (highest first; ties: longest waiting,
/// then reference), and `excluded` (households failing the child's requirements in pool order,
/// then the pool's ineligible households in pool order). Keeps the pool, unit and weights so
/// that any household can be explained later.
struct Ranking
{
    MatchUnit unit;
    MatchingPool pool;
    MatchingWeights weights;
    std::vector<RankedHousehold> ranked;
    std::vector<ExcludedHousehold> excluded;
    std::array<int, requirementCount> excludedBy{}; ///< by requirementIndex(); a household
                                                    ///< failing two counts under both
    std::shared_ptr<const detail::PreparedUnit> prepared;

    [[nodiscard]] int excludedCount(Requirement r) const
    {
        return excludedBy[static_cast<size_t>(requirementIndex(r))];
    }
    /// Every part, in allParts() order, with points and a sentence.
    [[nodiscard]] std::vector<ScorePart> explain(const RankedHousehold& household) const;
    /// One sentence per failed requirement, in allRequirements() order.
    [[nodiscard]] std::vector<Exclusion> explain(const ExcludedHousehold& household) const;

    struct HouseholdExplanation
    {
        bool fits = false;
        double score = 0;
        std::vector<ScorePart> parts;      ///< when it fits
        std::vector<Exclusion> exclusions; ///< when it does not
    };
    /// Any household of the pool, by id; an unknown id gives fits = false and no exclusions.
    [[nodiscard]] HouseholdExplanation explainHousehold(domain::HouseholdId id) const;
};

/// Ranks every household of the pool for the unit. The unit's date should be the pool's.
[[nodiscard]] Ranking rankHouseholds(const MatchingPool& pool, const MatchUnit& unit,
                                     const MatchingWeights& weights);

/// The same in one call, for a single ranking: builds the pool and the unit. To rank many
/// children, build the pool once instead.
[[nodiscard]] Ranking rankHouseholds(const std::vector<domain::Child>& childOrGroup,
                                     const std::vector<domain::AdopterHousehold>& households,
                                     const std::vector<domain::Child>& allChildren,
                                     const domain::Agency& agency, QDate on,
                                     const MatchingWeights& weights);

/// A waiting child or group that fits the household, scored with the same parts.
struct RankedUnit
{
    int unit = -1; ///< in ChildRanking::units
    double score = 0;
    std::array<float, partCount> points{};
};

struct ExcludedUnit
{
    int unit = -1;
    Requirements failed;
};

/// The reverse question: which waiting children fit one household. `ranked` by score (ties:
/// the child waiting longest since the placement order, then reference); `excluded` in unit
/// order. When the household itself cannot be matched (busy, not approved…), every unit is
/// excluded with those reasons. An unknown household gives household = -1 and empty lists.
struct ChildRanking
{
    MatchingPool pool;
    MatchingWeights weights;
    int household = -1; ///< index in the pool
    std::vector<MatchUnit> units;
    std::vector<RankedUnit> ranked;
    std::vector<ExcludedUnit> excluded;

    [[nodiscard]] std::vector<ScorePart> explain(const RankedUnit& unit) const;
    [[nodiscard]] std::vector<Exclusion> explain(const ExcludedUnit& unit) const;
};

[[nodiscard]] ChildRanking rankChildren(const MatchingPool& pool, domain::HouseholdId household,
                                        std::vector<MatchUnit> units,
                                        const MatchingWeights& weights);

/// The same in one call: every waiting unit of `allChildren` (waitingUnits()) for the household.
[[nodiscard]] ChildRanking rankChildren(const domain::AdopterHousehold& household,
                                        const std::vector<domain::AdopterHousehold>& households,
                                        const std::vector<domain::Child>& allChildren,
                                        const domain::Agency& agency, QDate on,
                                        const MatchingWeights& weights);

} // namespace permanence::matching
