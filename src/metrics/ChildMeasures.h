#pragma once

#include "domain/Child.h"

#include <QString>
#include <optional>

namespace permanence::metrics {

/// The day-count indicators of the adoption scorecard (shared/domain/measures.md §1).
enum class Measure
{
    A1,  ///< entering care → moving in with the adoptive family (historic; still reported)
    A10, ///< A1 adjusted for foster-carer adoptions (the current headline measure)
    A2,  ///< placement order → the agency's match decision
};

[[nodiscard]] QString measureCode(Measure m);  ///< "a1", "a10", "a2" (JSON keys)
[[nodiscard]] QString measureLabel(Measure m); ///< "A10"

/// Why a child is left out of a measure. Every adopted child is either counted or has exactly
/// one reason, so a manager can see who is missing and why (measures.md §1.6).
enum class Exclusion
{
    None,
    NotAdopted,                   ///< no adoption order: outside every cohort
    NoEntryIntoCare,              ///< A1/A10/A3: the start of the period of care is missing
    NotPlaced,                    ///< A1/A10/A3: no move-in date with the adopters
    NoDateWithCarers,             ///< A10: foster-carer adoption without the carers' date
    ConsentPlacement,             ///< A2: placed with parental consent (s.19), no order
    NoPlacementOrder,             ///< A2: no placement (or freeing) order date
    NotPlacedBeforeAdoptionOrder, ///< A2: moved in after the order, or never
    NoMatchDecision,              ///< A2: the agency's match decision is missing
};

[[nodiscard]] QString exclusionCode(Exclusion e);  ///< "consent-placement" (JSON)
[[nodiscard]] QString exclusionLabel(Exclusion e); ///< "Placed with parental consent"

/// One child's days for one measure: a number, or the reason there is none.
struct ChildDays
{
    std::optional<qint64> days;
    Exclusion exclusion = Exclusion::None;

    [[nodiscard]] bool counted() const { return days.has_value(); }
    bool operator==(const ChildDays&) const = default;
};

/// A1 (measures.md §1.2, data-model.md §8.3 step 4): moved in − entered care. The domain keeps
/// the start of the *current* period of care (the one that ended in adoption), so a child who
/// came back into care counts from the later start, as validator rule 334 does.
[[nodiscard]] ChildDays a1Days(const domain::Child& child);

/// A10: as A1, but a child adopted by their own foster carers counts to the stored date they
/// moved in with those carers (README product decision: use the stored date, never infer it).
/// The carers' date is clamped to the start of the period of care: the 903 derivation
/// (ssda903.md §2.6 step 5) walks back only within the period, so it can never end earlier.
[[nodiscard]] ChildDays a10Days(const domain::Child& child);

/// A2 (measures.md §1.3): max(0, match decision − placement order). Children placed by consent,
/// without an order, or not placed on or before the adoption order are left out; a match decided
/// before the order counts as 0 days, not a negative number.
[[nodiscard]] ChildDays a2Days(const domain::Child& child);

[[nodiscard]] ChildDays childDays(const domain::Child& child, Measure m);

/// How A3's "less than 14 months" is tested. The conversion is unconfirmed (data-model.md §8.3
/// step 6), so it is a setting; the default compares calendar months.
struct A3Rule
{
    enum class Kind
    {
        CalendarMonths, ///< moved in before the date 14 calendar months after entering care
        Days,           ///< fewer than `days` days (426 = 14 × 30.4)
    };
    Kind kind = Kind::CalendarMonths;
    int months = 14;
    qint64 days = 426;

    bool operator==(const A3Rule&) const = default;
};

/// A3 for one child: true when they moved in less than 14 months after entering care (A1's
/// dates, not A10's). nullopt when A1 cannot be computed; `exclusion` then says why.
struct ChildA3
{
    std::optional<bool> waitedLessThan14Months;
    Exclusion exclusion = Exclusion::None;
    bool operator==(const ChildA3&) const = default;
};
[[nodiscard]] ChildA3 a3(const domain::Child& child, const A3Rule& rule = {});

/// Every timeliness figure of one child at once (what the child's page and the cohort lists show).
struct ChildTimeliness
{
    domain::ChildId id;
    ChildDays a1;
    ChildDays a10;
    ChildDays a2;
    ChildA3 a3;
    bool operator==(const ChildTimeliness&) const = default;
};
[[nodiscard]] ChildTimeliness timeliness(const domain::Child& child, const A3Rule& rule = {});

} // namespace permanence::metrics
