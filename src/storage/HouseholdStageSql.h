#pragma once

#include "domain/HouseholdStage.h"
#include "storage/SqlSupport.h"

#include <QDate>

namespace permanence::storage {

/// "household h is at `stage` on `on`" as an SQL condition over the household row (alias `h`),
/// its pauses (household_pause) and the children placed with it (child.household_id), appending
/// its bound values to `values`. It is domain::householdStage() rule for rule, in the same
/// order, as a CASE: a fact counts when it is recorded and dated on or before `on` (ISO date
/// text compares in date order), a pause covers from_date up to but not including to_date, and
/// a child's link, match decision or move-in counts only once the household's approval is
/// reached. Portable SQL (CASE, EXISTS), no engine-specific date functions.
[[nodiscard]] QString householdStageCondition(QDate on, domain::HouseholdStage stage,
                                              QVariantList& values);

} // namespace permanence::storage
