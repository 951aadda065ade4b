#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "domain/Training.h"

#include <QDate>
#include <vector>

namespace permanence::storage {

class Database;

/// Loads and saves adopter training events with their attendance registers (resources/sql/
/// 0005_training.sql). An event and its register are one aggregate: every write replaces the
/// register whole, in the same transaction as the event row and its audit row. Attendees read
/// back in the order they were saved. Callers validate first (services do); a household on the
/// register that does not exist is refused by the database's foreign key.
class TrainingRepository
{
public:
    explicit TrainingRepository(const Database& db) : m_db(db) {}

    /// Events overlapping [from, to] (an event without an end lasts its start day), newest
    /// start first; a null `from` or `to` leaves that side open.
    [[nodiscard]] domain::Result<std::vector<domain::TrainingEvent>>
    list(QDate from, QDate to, const domain::Actor& actor) const;
    [[nodiscard]] domain::Result<domain::TrainingEvent> get(domain::TrainingEventId id,
                                                            const domain::Actor& actor) const;
    /// Every event whose register lists `household`, newest first.
    [[nodiscard]] domain::Result<std::vector<domain::TrainingEvent>>
    attendedBy(domain::HouseholdId household, const domain::Actor& actor) const;

    /// Inserts a new event (id must be 0) with its register; returns the new id.
    [[nodiscard]] domain::Result<domain::TrainingEventId> insert(const domain::TrainingEvent& event,
                                                                 const domain::Actor& actor);
    /// Updates a saved event and replaces its register. NotFound when there is no such event.
    [[nodiscard]] domain::Status update(const domain::TrainingEvent& event,
                                        const domain::Actor& actor);

private:
    const Database& m_db;
};

} // namespace permanence::storage
