#pragma once

#include "domain/Actor.h"
#include "domain/CaseNote.h"
#include "domain/Result.h"

#include <vector>

namespace permanence::storage {

class Database;

/// Loads and appends case notes. Notes are never updated or deleted (records are kept for at
/// least 100 years), so there is no update. Storage failures are logged with the SQL error and
/// returned as ErrorCode::Storage.
class CaseNoteRepository
{
public:
    explicit CaseNoteRepository(const Database& db) : m_db(db) {}

    /// Appends a note (id must be 0) in one transaction with its audit row, and returns its id.
    /// The note is signed by `actor` whatever `note.author` says: storage is the last place
    /// that can guarantee who wrote it. `recordedAt` is stored as given, or as now (UTC) when
    /// it is not set. Callers validate first (services do).
    [[nodiscard]] domain::Result<domain::CaseNoteId> insert(const domain::CaseNote& note,
                                                            const domain::Actor& actor);

    [[nodiscard]] domain::Result<domain::CaseNote> get(domain::CaseNoteId id,
                                                       const domain::Actor& actor) const;
    /// A child's chronology, newest first (by date, then by time recorded).
    [[nodiscard]] domain::Result<std::vector<domain::CaseNote>>
    forChild(domain::ChildId child, const domain::Actor& actor) const;
    /// A household's chronology, newest first (by date, then by time recorded).
    [[nodiscard]] domain::Result<std::vector<domain::CaseNote>>
    forHousehold(domain::HouseholdId household, const domain::Actor& actor) const;

private:
    const Database& m_db;
};

} // namespace permanence::storage
