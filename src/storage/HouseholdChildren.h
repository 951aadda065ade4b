#pragma once

#include "domain/Actor.h"
#include "domain/Ids.h"
#include "domain/Result.h"

#include <vector>

namespace permanence::storage {

class Database;

/// The children a household's record concerns: those linked, matched or placed with it now,
/// and those whose placement with it disrupted (kept in the child's past placements).
class HouseholdChildren
{
public:
    explicit HouseholdChildren(const Database& db) : m_db(db) {}

    /// Ids, oldest record first; each child once.
    [[nodiscard]] domain::Result<std::vector<domain::ChildId>> of(domain::HouseholdId household,
                                                                  const domain::Actor& actor) const;

private:
    const Database& m_db;
};

} // namespace permanence::storage
