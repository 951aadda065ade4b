#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "domain/SearchRecord.h"

#include <vector>

namespace permanence::storage {

class Database;

/// Reads what the one search box indexes: every child's names and reference, and every
/// household's reference and applicants' names (archived records too, marked). One query per
/// kind, reading only those columns, so a national database of 130,000 records loads quickly.
[[nodiscard]] domain::Result<std::vector<domain::SearchRecord>>
loadSearchRecords(const Database& db, const domain::Actor& actor);

} // namespace permanence::storage
