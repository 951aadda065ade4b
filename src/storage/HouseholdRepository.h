#pragma once

#include "domain/Actor.h"
#include "domain/AdopterHousehold.h"
#include "domain/HouseholdStage.h"
#include "domain/Result.h"

#include <QHash>
#include <Qt>
#include <optional>
#include <vector>

namespace permanence::storage {

class Database;

enum class HouseholdSort
{
    Reference,
    Name,
    Hub,
    Source,
    Enquiry,
    Approval
};

/// A filtered, sorted page of households. `text` matches the start of the reference or of any
/// applicant's forename or surname, case-insensitively.
struct HouseholdQuery
{
    QString text;
    QString hubCode;                             ///< empty: every hub
    std::optional<domain::AdopterSource> source; ///< nullopt: every source
    bool includeArchived = false;
    /// Stage filter on date `on`, evaluated in SQL as domain/HouseholdStage.h derives it.
    QDate on;
    std::optional<domain::HouseholdStage> stage;
    HouseholdSort sort = HouseholdSort::Reference;
    Qt::SortOrder order = Qt::AscendingOrder;
    int offset = 0;
    int limit = 200;
};

/// Loads and saves adopter households with their applicants (same contract as ChildRepository).
class HouseholdRepository
{
public:
    explicit HouseholdRepository(const Database& db) : m_db(db) {}

    [[nodiscard]] domain::Result<domain::AdopterHousehold> get(domain::HouseholdId id,
                                                               const domain::Actor& actor) const;
    [[nodiscard]] domain::Result<domain::HouseholdId>
    insert(const domain::AdopterHousehold& household, const domain::Actor& actor);
    [[nodiscard]] domain::Status update(const domain::AdopterHousehold& household,
                                        const domain::Actor& actor);
    [[nodiscard]] domain::Status saveAll(std::vector<domain::AdopterHousehold>& households,
                                         const domain::Actor& actor);

    [[nodiscard]] domain::Result<std::vector<domain::AdopterHousehold>>
    list(const HouseholdQuery& query, const domain::Actor& actor) const;
    [[nodiscard]] domain::Result<int> count(const HouseholdQuery& query,
                                            const domain::Actor& actor) const;
    /// For each of `households` that has children placed with it, the earliest link, match
    /// decision and move-in among those children (archived ones too), as
    /// domain::householdPlacements works them out; keyed by household id. One query, so a
    /// list page can show linked, matched and placed households as such.
    [[nodiscard]] domain::Result<QHash<qint64, domain::HouseholdPlacements>>
    placements(const std::vector<domain::HouseholdId>& households,
               const domain::Actor& actor) const;

private:
    const Database& m_db;
};

} // namespace permanence::storage
