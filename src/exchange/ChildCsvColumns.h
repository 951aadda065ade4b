#pragma once

#include "domain/Child.h"

#include <QString>
#include <optional>
#include <vector>

// The columns of the children import file (docs/import.md) and how a cell becomes part of a
// Child. Internal to the exchange library.
namespace permanence::exchange {

enum class ChildColumn
{
    Reference,
    Council,
    Forename,
    Surname,
    PreferredName,
    DateOfBirth,
    Sex,
    Ethnicity,
    Religion,
    FirstLanguage,
    SiblingGroup,
    EnteredCare,
    AgencyDecision,
    PlacementOrder,
    Authority,
    FamilyFindingStarted,
    Linked,
    MatchingPanel,
    MatchDecision,
    MovedIn,
    AdoptionOrder,
    EarlyPermanencePlaced,
    FosterCarerAdoption,
    MovedInWithCarers,
    PlanChanged,
    PlanChangeReason,
    NewPlan,
    FamilyFindingStopped,
    FamilyFindingStoppedReason,
    Disability,
};

struct ChildColumnSpec
{
    ChildColumn column;
    QString name; ///< as written in the header, lower case ("placement_order")
    bool required = false;
};

/// Every column, in the order docs/import.md lists them.
[[nodiscard]] const std::vector<ChildColumnSpec>& childColumns();
[[nodiscard]] QString columnName(ChildColumn column);
/// The column a header cell names, ignoring case and surrounding spaces.
[[nodiscard]] std::optional<ChildColumn> columnNamed(const QString& header);

/// Writes one cell into `child`. An empty cell clears the field (a date not reached, no
/// sibling group); flags read yes/no, y/n, true/false or 1/0. Returns why the cell cannot be
/// read, or nullopt when it was.
[[nodiscard]] std::optional<QString> readCell(ChildColumn column, const QString& cell,
                                              domain::Child& child);

/// The column behind a validation problem's field ("Placement order" → placement_order), so
/// problems found by domain::validate point at the spreadsheet cell. Nullopt for fields the file
/// does not hold (an existing record's health needs, contact plans, past placements).
[[nodiscard]] std::optional<ChildColumn> columnForField(const QString& field);

} // namespace permanence::exchange
