#pragma once

// Internal to the matching library: a unit prepared against a pool, and the per-household
// checks and part scores that both ranking directions and the explanations share, so a
// household's explanation can never disagree with its rank.

#include "domain/AdopterHousehold.h"
#include "matching/MatchUnit.h"
#include "matching/MatchingPool.h"
#include "matching/MatchingWeights.h"
#include "matching/PoolData.h"

#include <algorithm>
#include <array>
#include <bit>
#include <vector>

namespace permanence::matching::detail {

/// Prepared once per unit and pool; the ranking loop reads only this and HotFacts.
struct PreparedUnit
{
    int size = 0;
    int youngest = 0;
    int eldest = 0;
    quint8 sexes = 0; ///< bit (1 << domain::Sex value) for each child whose sex is recorded
    quint32 needs = 0;
    bool uncategorisedDisability = false;
    int needCount = 0; ///< categories, plus one for an uncategorised disability
    bool needsEarlyPermanence = false;
    quint64 councils = 0;

    struct EthnicityTerm
    {
        int index = -1;
        quint8 strands = 0;
    };
    std::vector<EthnicityTerm> ethnicities; ///< distinct codes that have something to match
    std::vector<int> religions;             ///< vocabulary ids of distinct religions (-1: none)
    int languageCount = 0;                  ///< distinct first languages other than English

    /// Per pool text: bit k (k < 8) mentions ethnicities[k]; bit 8+k religions[k];
    /// bit 16+k the k-th language; bit 31 open to any heritage.
    std::vector<quint32> textFlags;
    static constexpr quint32 openToAnyBit = 1u << 31;

    std::array<float, 16> contact{}; ///< fraction of plans supported, by household ContactKind bits
    std::array<float, partCount> scale{}; ///< points for a fraction of 1
    float waitingCap = 365;               ///< days; 0 or less: every household gets the full points
};

/// `onlyText` >= 0 reads just that one considerations text (the reverse question looks at one
/// household, so reading every text of the pool would be wasted).
[[nodiscard]] PreparedUnit prepare(const PoolData& pool, const MatchUnit& unit,
                                   const MatchingWeights& weights, int onlyText = -1);
// The per-household functions are defined here, inline, because the ranking loop calls them
// 30,000 times per child: a call across translation units cost a fifth of a ranking.

inline quint32 failedRequirements(const HotFacts& h, const PreparedUnit& u)
{
    quint32 failed = 0;
    if (u.size > h.maxChildren)
        failed |= static_cast<quint32>(Requirement::Capacity);
    if (u.size > 1 && !h.siblings)
        failed |= static_cast<quint32>(Requirement::Siblings);
    if (u.youngest < h.minAge || u.eldest > h.maxAge)
        failed |= static_cast<quint32>(Requirement::AgeRange);
    if (h.sexPreference != 0 && (u.sexes & ~(1u << h.sexPreference)) != 0)
        failed |= static_cast<quint32>(Requirement::Sex);
    if ((u.needs & h.cannotMeet) != 0 || (u.uncategorisedDisability && h.bestDisabilityGrade == 0))
        failed |= static_cast<quint32>(Requirement::HealthNeeds);
    if (u.needsEarlyPermanence && !h.earlyPermanence)
        failed |= static_cast<quint32>(Requirement::EarlyPermanence);
    return failed;
}

inline float ethnicityFraction(const HotFacts& h, const PreparedUnit& u, int term)
{
    const PreparedUnit::EthnicityTerm& e = u.ethnicities[static_cast<size_t>(term)];
    if (h.ethnicity[0] == e.index || h.ethnicity[1] == e.index)
        return 1.0f;
    const quint32 flags = h.text >= 0 ? u.textFlags[static_cast<size_t>(h.text)] : 0;
    if ((flags >> term) & 1u)
        return 0.8f;
    // A child of mixed heritage whose applicants between them share every strand of it.
    if (std::popcount(e.strands) > 1 && (e.strands & ~h.strands) == 0)
        return 0.8f;
    if ((e.strands & h.strands) != 0)
        return 0.5f;
    if (flags & PreparedUnit::openToAnyBit)
        return 0.3f;
    return 0.0f;
}

inline float religionFraction(const HotFacts& h, const PreparedUnit& u, int term)
{
    const int id = u.religions[static_cast<size_t>(term)];
    if (id >= 0 && (h.religion[0] == id || h.religion[1] == id))
        return 1.0f;
    const quint32 flags = h.text >= 0 ? u.textFlags[static_cast<size_t>(h.text)] : 0;
    return ((flags >> (8 + term)) & 1u) ? 0.8f : 0.0f;
}

inline bool mentionsLanguage(const HotFacts& h, const PreparedUnit& u, int term)
{
    const quint32 flags = h.text >= 0 ? u.textFlags[static_cast<size_t>(h.text)] : 0;
    return ((flags >> (16 + term)) & 1u) != 0;
}

inline void partFractions(const HotFacts& h, const PreparedUnit& u,
                          std::array<float, partCount>& out)
{
    auto set = [&out](Part p, float v) { out[static_cast<size_t>(p)] = v; };

    float ethnicity = 1.0f;
    if (!u.ethnicities.empty()) {
        float sum = 0;
        for (size_t k = 0; k < u.ethnicities.size(); ++k)
            sum += ethnicityFraction(h, u, static_cast<int>(k));
        ethnicity = sum / static_cast<float>(u.ethnicities.size());
    }
    set(Part::Ethnicity, ethnicity);

    float religion = 1.0f;
    if (!u.religions.empty()) {
        float sum = 0;
        for (size_t k = 0; k < u.religions.size(); ++k)
            sum += religionFraction(h, u, static_cast<int>(k));
        religion = sum / static_cast<float>(u.religions.size());
    }
    set(Part::Religion, religion);

    float language = 1.0f;
    if (u.languageCount > 0) {
        int mentioned = 0;
        for (int k = 0; k < u.languageCount; ++k)
            mentioned += mentionsLanguage(h, u, k) ? 1 : 0;
        language = static_cast<float>(mentioned) / static_cast<float>(u.languageCount);
    }
    set(Part::Language, language);

    set(Part::Siblings, u.size > 1 || h.siblings ? 1.0f : 0.0f);

    float health = 1.0f;
    if (u.needCount > 0) {
        unsigned sum = 0;
        for (quint32 m = u.needs; m != 0; m &= m - 1)
            sum += (h.grades >> (2 * std::countr_zero(m))) & 3u;
        if (u.uncategorisedDisability)
            sum += h.bestDisabilityGrade;
        health = static_cast<float>(sum) / static_cast<float>(3 * u.needCount);
    }
    set(Part::Health, health);

    set(Part::Contact, u.contact[h.contact & 15u]);

    const bool own = h.source == static_cast<quint8>(domain::AdopterSource::OwnAgency);
    set(Part::Proximity, (h.nearCouncils & u.councils) != 0 ? 1.0f : own ? 0.5f : 0.0f);

    set(Part::Waiting,
        u.waitingCap <= 0
            ? 1.0f
            : std::min(static_cast<float>(h.daysWaiting), u.waitingCap) / u.waitingCap);

    const quint8 raa = static_cast<quint8>(domain::AdopterSource::OtherRegionalAgency);
    set(Part::Source, own ? 1.0f : h.source == raa ? 0.5f : 0.0f);
}

} // namespace permanence::matching::detail
