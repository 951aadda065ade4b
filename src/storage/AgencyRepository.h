#pragma once

#include "domain/Actor.h"
#include "domain/Agency.h"
#include "domain/Result.h"

namespace permanence::storage {

class Database;

/// The agency's configuration (name, councils, hubs): one per database.
class AgencyRepository
{
public:
    explicit AgencyRepository(const Database& db) : m_db(db) {}

    /// NotFound when the database has no agency yet (a brand-new file).
    [[nodiscard]] domain::Result<domain::Agency> load() const;
    /// Replaces the configuration in one transaction. The caller has validated it.
    [[nodiscard]] domain::Status save(const domain::Agency& agency, const domain::Actor& actor);

private:
    const Database& m_db;
};

} // namespace permanence::storage
