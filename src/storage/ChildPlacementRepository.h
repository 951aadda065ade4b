#pragma once

#include "domain/Actor.h"
#include "domain/Placement.h"
#include "domain/Result.h"

#include <vector>

namespace permanence::storage {

class Database;

/// Loads and saves domain::ChildPlacement: a child's record with its link records
/// (child_link). Same contract as ChildRepository: the acting user on every read and write, an
/// audit_log row per write, callers validate first, storage failures logged (SQL error, never
/// the values) and returned as ErrorCode::Storage.
class ChildPlacementRepository
{
public:
    explicit ChildPlacementRepository(const Database& db) : m_db(db) {}

    [[nodiscard]] domain::Result<domain::ChildPlacement> get(domain::ChildId id,
                                                             const domain::Actor& actor) const;
    /// The placements of these children, in the order given; NotFound if any is missing.
    [[nodiscard]] domain::Result<std::vector<domain::ChildPlacement>>
    get(const std::vector<domain::ChildId>& ids, const domain::Actor& actor) const;

    /// Saves every child row and replaces its link records, all in one transaction (a sibling
    /// group is one unit of work): all or nothing. Each child gets an audit row for the child
    /// and one for its links. The children must already exist.
    [[nodiscard]] domain::Status save(const std::vector<domain::ChildPlacement>& placements,
                                      const domain::Actor& actor);

    /// Children with a current link, match or placement (a household named, no adoption
    /// order), not archived, oldest link first; a page of `limit` (0: all) from `offset`.
    [[nodiscard]] domain::Result<std::vector<domain::ChildPlacement>>
    current(int offset, int limit, const domain::Actor& actor) const;
    [[nodiscard]] domain::Result<int> currentCount(const domain::Actor& actor) const;

    /// Children (not archived) linked, matched or placed with the household and not yet
    /// adopted, and whose plan has not changed: while there is one, the household is not free.
    [[nodiscard]] domain::Result<std::vector<domain::ChildId>>
    childrenWith(domain::HouseholdId household, const domain::Actor& actor) const;

private:
    const Database& m_db;
};

} // namespace permanence::storage
