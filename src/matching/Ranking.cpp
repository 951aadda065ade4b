#include "matching/Ranking.h"

#include "matching/Evaluation.h"
#include "matching/Explanation.h"

#include <algorithm>
#include <bit>
#include <utility>

namespace permanence::matching {

using namespace permanence::domain;
using namespace permanence::matching::detail;

namespace {

/// Turns fractions into points in place and returns their sum, the score. The score is a float
/// summed in a fixed order, so equal parts always give equal scores and ties are exact.
float toPoints(std::array<float, partCount>& fractionsInPoints, const PreparedUnit& u)
{
    float score = 0;
    for (size_t p = 0; p < fractionsInPoints.size(); ++p) {
        fractionsInPoints[p] *= u.scale[p];
        score += fractionsInPoints[p];
    }
    return score;
}

/// Orders ranked households by one unsigned comparison: score descending in the high half (a
/// non-negative float's bits order like its value), the pool's tie order in the low half.
quint64 sortKey(float score, const HotFacts& h)
{
    const quint32 scoreBits = std::bit_cast<quint32>(std::max(score, 0.0f));
    return (quint64{~scoreBits} << 32) | static_cast<quint32>(h.tieOrder);
}

/// Adds one to each requirement's tally for every bit set in `failed` (bit n is index n).
void count(std::array<int, requirementCount>& tally, quint32 failed)
{
    while (failed != 0) {
        tally[static_cast<size_t>(std::countr_zero(failed))] += 1;
        failed &= failed - 1;
    }
}

} // namespace

Ranking rankHouseholds(const MatchingPool& pool, const MatchUnit& unit,
                       const MatchingWeights& weights)
{
    Q_ASSERT(!unit.on.isValid() || unit.on == pool.on());
    const PoolData& d = pool.data();
    Ranking r;
    r.unit = unit;
    r.pool = pool;
    r.weights = weights;
    auto prepared = std::make_shared<PreparedUnit>(prepare(d, unit, weights));
    const PreparedUnit& u = *prepared;
    r.prepared = std::move(prepared);

    std::vector<RankedHousehold> unsorted;
    unsorted.reserve(d.eligible.size());
    std::vector<quint64> keys;
    keys.reserve(d.eligible.size());
    std::vector<int> byTieOrder(d.hot.size()); // tie order → position in `unsorted`
    r.excluded.reserve(d.ineligible.size() + d.eligible.size() / 2);
    for (int i : d.eligible) {
        const HotFacts& h = d.hot[static_cast<size_t>(i)];
        const quint32 failed = failedRequirements(h, u);
        if (failed != 0) {
            r.excluded.push_back({HouseholdId{h.id}, i, Requirements::fromInt(failed)});
            count(r.excludedBy, failed);
            continue;
        }
        byTieOrder[static_cast<size_t>(h.tieOrder)] = static_cast<int>(unsorted.size());
        RankedHousehold& ranked = unsorted.emplace_back();
        ranked.household = HouseholdId{h.id};
        ranked.index = i;
        ranked.daysWaiting = h.daysWaiting;
        partFractions(h, u, ranked.points);
        const float score = toPoints(ranked.points, u);
        ranked.score = score;
        keys.push_back(sortKey(score, h));
    }
    for (int i : d.ineligible) {
        const HotFacts& h = d.hot[static_cast<size_t>(i)];
        r.excluded.push_back({HouseholdId{h.id}, i, Requirements::fromInt(h.ineligible)});
        count(r.excludedBy, h.ineligible);
    }

    // Sorting 8-byte keys and copying the results once is several times faster than sorting
    // the 64-byte results themselves, which was most of a ranking's time.
    std::sort(keys.begin(), keys.end());
    r.ranked.reserve(keys.size());
    for (quint64 k : keys)
        r.ranked.push_back(unsorted[static_cast<size_t>(byTieOrder[k & 0xFFFFFFFFu])]);
    return r;
}

Ranking rankHouseholds(const std::vector<Child>& childOrGroup,
                       const std::vector<AdopterHousehold>& households,
                       const std::vector<Child>& allChildren, const Agency& agency, QDate on,
                       const MatchingWeights& weights)
{
    return rankHouseholds(MatchingPool::build(households, allChildren, agency, on),
                          makeUnit(childOrGroup, on), weights);
}

std::vector<ScorePart> Ranking::explain(const RankedHousehold& household) const
{
    return explainParts(pool.data(), unit, *prepared, household.index);
}

std::vector<Exclusion> Ranking::explain(const ExcludedHousehold& household) const
{
    return explainExclusions(pool.data(), unit, household.index, household.failed);
}

Ranking::HouseholdExplanation Ranking::explainHousehold(HouseholdId id) const
{
    HouseholdExplanation e;
    const std::optional<int> index = pool.indexOf(id);
    if (!index)
        return e;
    const HotFacts& h = pool.data().hot[static_cast<size_t>(*index)];
    const quint32 failed = h.ineligible != 0 ? h.ineligible : failedRequirements(h, *prepared);
    if (failed != 0) {
        e.exclusions = explainExclusions(pool.data(), unit, *index, Requirements::fromInt(failed));
        return e;
    }
    e.fits = true;
    e.parts = explainParts(pool.data(), unit, *prepared, *index);
    for (const ScorePart& p : e.parts)
        e.score += p.points;
    return e;
}

ChildRanking rankChildren(const MatchingPool& pool, HouseholdId household,
                          std::vector<MatchUnit> units, const MatchingWeights& weights)
{
    ChildRanking r;
    r.pool = pool;
    r.weights = weights;
    r.units = std::move(units);
    const std::optional<int> index = pool.indexOf(household);
    if (!index)
        return r;
    r.household = *index;
    const PoolData& d = pool.data();
    const HotFacts& h = d.hot[static_cast<size_t>(*index)];
    for (size_t k = 0; k < r.units.size(); ++k) {
        const int unitIndex = static_cast<int>(k);
        if (h.ineligible != 0) {
            r.excluded.push_back({unitIndex, Requirements::fromInt(h.ineligible)});
            continue;
        }
        const PreparedUnit u = prepare(d, r.units[k], weights, h.text);
        if (const quint32 failed = failedRequirements(h, u); failed != 0) {
            r.excluded.push_back({unitIndex, Requirements::fromInt(failed)});
            continue;
        }
        RankedUnit& ranked = r.ranked.emplace_back();
        ranked.unit = unitIndex;
        partFractions(h, u, ranked.points);
        ranked.score = toPoints(ranked.points, u);
    }
    // Tie keys computed once: the comparator runs n log n times.
    std::vector<std::pair<qint64, QString>> keys(r.units.size());
    for (const RankedUnit& ranked : r.ranked) {
        const MatchUnit& u = r.units[static_cast<size_t>(ranked.unit)];
        keys[static_cast<size_t>(ranked.unit)] = {u.longestWait(), u.reference()};
    }
    std::sort(r.ranked.begin(), r.ranked.end(), [&keys](const RankedUnit& a, const RankedUnit& b) {
        if (a.score != b.score)
            return a.score > b.score;
        const auto& x = keys[static_cast<size_t>(a.unit)];
        const auto& y = keys[static_cast<size_t>(b.unit)];
        if (x.first != y.first)
            return x.first > y.first;
        return x.second < y.second;
    });
    return r;
}

ChildRanking rankChildren(const AdopterHousehold& household,
                          const std::vector<AdopterHousehold>& households,
                          const std::vector<Child>& allChildren, const Agency& agency, QDate on,
                          const MatchingWeights& weights)
{
    const bool listed =
        std::any_of(households.begin(), households.end(),
                    [&](const AdopterHousehold& h) { return h.id == household.id; });
    MatchingPool pool;
    if (listed) {
        pool = MatchingPool::build(households, allChildren, agency, on);
    } else {
        std::vector<AdopterHousehold> withIt = households;
        withIt.push_back(household);
        pool = MatchingPool::build(withIt, allChildren, agency, on);
    }
    return rankChildren(pool, household.id, waitingUnits(allChildren, on), weights);
}

std::vector<ScorePart> ChildRanking::explain(const RankedUnit& unit) const
{
    const MatchUnit& u = units.at(static_cast<size_t>(unit.unit));
    const PreparedUnit prepared =
        prepare(pool.data(), u, weights, pool.data().hot[static_cast<size_t>(household)].text);
    return explainParts(pool.data(), u, prepared, household);
}

std::vector<Exclusion> ChildRanking::explain(const ExcludedUnit& unit) const
{
    return explainExclusions(pool.data(), units.at(static_cast<size_t>(unit.unit)), household,
                             unit.failed);
}

} // namespace permanence::matching
