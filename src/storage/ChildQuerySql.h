#pragma once

#include "storage/ChildRepository.h"
#include "storage/SqlSupport.h"

namespace permanence::storage {

/// The WHERE clause for a child query (alias `c`), including the filters on derived facts
/// (family-finding status, priority, days waiting) written as SQL over the stored dates. ISO
/// date text compares in date order, so "reached by `on`" is `col IS NOT NULL AND col <= ?`,
/// mirroring domain/FamilyFinding.cpp rule for rule. Invalid when a derived filter is set
/// without a date `on`.
[[nodiscard]] domain::Result<sql::Where> childFilter(const ChildQuery& query);
/// " ORDER BY …" for a child query, ending in the id so pages are stable.
[[nodiscard]] QString childOrder(const ChildQuery& query);

} // namespace permanence::storage
