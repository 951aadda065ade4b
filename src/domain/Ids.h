#pragma once

#include <QtGlobal>
#include <compare>

namespace permanence::domain {

/// Strong ids: a ChildId cannot be passed where a HouseholdId is expected. 0 means "not saved yet".
struct ChildId
{
    qint64 value = 0;
    [[nodiscard]] bool isValid() const { return value > 0; }
    auto operator<=>(const ChildId&) const = default;
};

struct HouseholdId
{
    qint64 value = 0;
    [[nodiscard]] bool isValid() const { return value > 0; }
    auto operator<=>(const HouseholdId&) const = default;
};

} // namespace permanence::domain
