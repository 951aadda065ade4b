#pragma once

#include "domain/Actor.h"
#include "domain/Child.h"
#include "domain/FamilyFinding.h"
#include "domain/Result.h"

#include <Qt>

#include <optional>
#include <vector>

namespace permanence::storage {

class Database;

/// Columns a child list can be ordered by (always in SQL: lists are paged, never loaded whole).
enum class ChildSort { Reference, Surname, Forename, DateOfBirth, Council, EnteredCare,
                       AgencyDecision, PlacementOrder };

/// A filtered, sorted page of children. `text` matches the start of forename, surname,
/// preferred name or reference, case-insensitively; empty matches all.
struct ChildQuery
{
    QString text;
    QString councilCode; ///< empty: every council
    bool includeArchived = false;

    // Filters on derived facts, evaluated in SQL on the date `on` exactly as the domain derives
    // them (domain/FamilyFinding.h); tests keep the two in agreement. `on` null: no such filter
    // may be set.
    QDate on;
    std::optional<domain::FamilyFindingStatus> status;
    bool priorityOnly = false;               ///< any of 003's priority characteristics on `on`
    std::optional<bool> earlyPermanence;     ///< placed in early permanence (ever)
    int minDaysWaiting = 0;                  ///< > 0: waiting since the placement order ≥ N days on `on`
    QString siblingGroup;                    ///< exact sibling-group reference
    ChildSort sort = ChildSort::Surname;
    Qt::SortOrder order = Qt::AscendingOrder;
    int offset = 0;
    int limit = 200;
};

/// Loads and saves children. Writes stamp the acting user and time, and each is one
/// transaction; callers validate first (services do). Storage failures are logged with the
/// SQL error and returned as ErrorCode::Storage.
class ChildRepository
{
public:
    explicit ChildRepository(const Database& db) : m_db(db) {}

    [[nodiscard]] domain::Result<domain::Child> get(domain::ChildId id, const domain::Actor& actor) const;
    [[nodiscard]] domain::Result<std::optional<domain::Child>>
    findByReference(const QString& reference, const domain::Actor& actor) const;

    /// Inserts a new child (id must be 0) and returns its id.
    [[nodiscard]] domain::Result<domain::ChildId> insert(const domain::Child& child,
                                                         const domain::Actor& actor);
    /// Updates an existing child (every field).
    [[nodiscard]] domain::Status update(const domain::Child& child, const domain::Actor& actor);
    /// Inserts or updates many children in one transaction (id 0 means insert; the new ids are
    /// written back). All or nothing.
    [[nodiscard]] domain::Status saveAll(std::vector<domain::Child>& children,
                                         const domain::Actor& actor);

    [[nodiscard]] domain::Result<std::vector<domain::Child>> list(const ChildQuery& query,
                                                                  const domain::Actor& actor) const;
    /// Number of children the query matches, ignoring offset and limit.
    [[nodiscard]] domain::Result<int> count(const ChildQuery& query, const domain::Actor& actor) const;

private:
    const Database& m_db;
};

} // namespace permanence::storage
