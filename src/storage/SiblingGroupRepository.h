#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "domain/SiblingGroup.h"

#include <optional>

namespace permanence::storage {

class Database;

/// Loads and saves the decisions recorded for sibling groups, by the group's reference. A group
/// with no record is planned together by default, so "not found" is an empty optional, not an
/// error. Storage failures are logged with the SQL error and returned as ErrorCode::Storage.
class SiblingGroupRepository
{
public:
    explicit SiblingGroupRepository(const Database& db) : m_db(db) {}

    [[nodiscard]] domain::Result<std::optional<domain::SiblingGroup>>
    find(const QString& reference, const domain::Actor& actor) const;

    /// Inserts the group, or updates the one with the same reference, in one transaction with
    /// its audit row; stamps the acting user and time. Callers validate first (services do).
    [[nodiscard]] domain::Status save(const domain::SiblingGroup& group,
                                      const domain::Actor& actor);

private:
    const Database& m_db;
};

} // namespace permanence::storage
