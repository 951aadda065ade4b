#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "domain/SupportCase.h"

#include <QHash>

// Row mapping of a support case's tables, shared by SupportCaseRepository's reads and writes.
// Internal to the storage library.
namespace permanence::storage {

class Database;

namespace support_rows {

/// Reads the children, assessments, plans, fund applications and post box of every case in
/// `cases` (keyed by id). False, logged, if a query fails.
[[nodiscard]] bool readDetails(const Database& db,
                               const QHash<qint64, domain::SupportCase*>& cases);

/// Writes the case row (insert when its id is 0), replaces its detail rows and appends the audit
/// row, inside the caller's transaction. Returns the case id.
[[nodiscard]] domain::Result<qint64> write(const Database& db, const domain::SupportCase& sc,
                                           const domain::Actor& actor);

} // namespace support_rows
} // namespace permanence::storage
