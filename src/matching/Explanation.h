#pragma once

// Internal to the matching library: the sentences behind a score and an exclusion.

#include "matching/Evaluation.h"
#include "matching/Ranking.h"

namespace permanence::matching::detail {

[[nodiscard]] std::vector<ScorePart> explainParts(const PoolData& pool, const MatchUnit& unit,
                                                  const PreparedUnit& prepared, int index);
[[nodiscard]] std::vector<Exclusion> explainExclusions(const PoolData& pool, const MatchUnit& unit,
                                                       int index, Requirements failed);

} // namespace permanence::matching::detail
