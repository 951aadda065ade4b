#pragma once

#include "domain/AdopterHousehold.h"
#include "domain/Child.h"
#include "domain/Dates.h"
#include "domain/FamilyFinding.h"
#include "metrics/Timeliness.h"

#include <QHash>
#include <optional>
#include <vector>

namespace permanence::metrics {

/// A count and the children behind it (managers look at "the unique journeys of the individual
/// children", 003 §3.6). The count is always the size of the list.
struct ChildSet
{
    std::vector<domain::ChildId> ids;
    [[nodiscard]] int count() const { return static_cast<int>(ids.size()); }
    void add(domain::ChildId id) { ids.push_back(id); }
    bool operator==(const ChildSet&) const = default;
};

/// part / whole, or nullopt when whole is empty (a share of nothing is not 0%).
[[nodiscard]] std::optional<double> share(const ChildSet& part, const ChildSet& whole);

/// 003 §3.3–3.5: children who moved in with their adopters during the year, by who approved the
/// adopters. The source is the household's; a child with no household recorded (or one not
/// loaded) is "unknown" rather than guessed. Every placed child is in exactly one source set.
struct PlacementFigures
{
    ChildSet placed;
    ChildSet ownAgency;           ///< 003's "T4C adopters"
    ChildSet otherRegionalAgency; ///< "Other RAA adopters"
    ChildSet voluntaryAgency;     ///< "VAA"
    ChildSet unknownSource;
    std::optional<double> inHouseShare; ///< ownAgency / placed (unknown stays in the whole)

    /// 003 §3.5: early permanence placements among the children placed in the year. Counted in
    /// the year the child moved in with the adopters (not by the fostering-for-adoption date),
    /// because 003's table puts them over "Children placed in 2023-2024": the share is a share
    /// of that row, so both must count the same event.
    ChildSet earlyPermanence;
    std::optional<double> earlyPermanenceShare;

    bool operator==(const PlacementFigures&) const = default;
};

/// 003 §3.7: children adopted in the year and their priority characteristics on the day of the
/// adoption order. "Over 5" in 003 is read as aged 5 or over (domain::ageInYears ≥ 5), the
/// same flag as everywhere else in the product (FamilyFinding.h PriorityFlags).
struct AdoptedFigures
{
    ChildSet adopted;
    ChildSet agedFiveOrOver;
    ChildSet siblingGroup; ///< placed as part of a sibling group (003: "alongside … siblings")
    ChildSet ethnicityOtherThanWhiteBritish;
    ChildSet disability; ///< not in 003's sentence; kept because it is a priority flag
    ChildSet anyPriority;
    bool operator==(const AdoptedFigures&) const = default;
};

/// One adoptive placement that ended before the adoption order (003 §3.10).
struct Disruption
{
    domain::ChildId child;
    domain::HouseholdId household;
    QDate movedIn;
    QDate ended;
    std::optional<domain::AdopterSource> source; ///< nullopt: household unknown
    bool operator==(const Disruption&) const = default;
};

/// 003 §3.10: disruptions ending in the year, split by whether the adopters were the agency's
/// own or inter-agency (another RAA or a VAA). Counts are of placements; a child whose two
/// placements both disrupted in the year counts twice there and once in childrenAffected.
struct DisruptionFigures
{
    std::vector<Disruption> disruptions;
    int ownAgency = 0;
    int interAgency = 0;
    int unknownSource = 0;
    ChildSet childrenAffected;
    bool operator==(const DisruptionFigures&) const = default;
};

/// A child waiting on the census date, with the two waits the buckets are made of.
struct WaitingChild
{
    domain::ChildId id;
    qint64 daysSincePlacementOrder = 0;
    std::optional<qint64> daysSinceEnteringCare;
    bool operator==(const WaitingChild&) const = default;
};

/// "Children who wait" on a date (matching.md §7.4; ASGLB "children waiting with a PO, not yet
/// placed"): authority to place (placement order, or consent — the domain treats consent as
/// the authority everywhere) on or before the date; not moved in, not adopted and no plan change
/// by then. Children already matched but not yet moved in still wait (ASGLB counts to placement)
/// and are also listed in `matched`; children whose family finding stopped still wait (their
/// plan is still adoption). This is exactly PlanSnapshot::withOrderNotMatched.
/// The buckets are cumulative ("at least"), in calendar months like A3.
struct WaitingFigures
{
    QDate on;
    std::vector<WaitingChild> children;
    ChildSet waiting;
    ChildSet matched;                  ///< of `waiting`: match decided, not moved in yet
    ChildSet atLeast90Days;            ///< ≥ 90 days since the placement order
    ChildSet atLeast12Months;          ///< ≥ 12 calendar months since the order
    ChildSet atLeast18Months;          ///< ≥ 18 calendar months since the order
    ChildSet atLeast18MonthsSinceCare; ///< ≥ 18 calendar months since entering care
    AdoptedFigures priority;           ///< priority flags on `on` (`adopted` = waiting)
    bool operator==(const WaitingFigures&) const = default;
};

[[nodiscard]] WaitingFigures childrenWaiting(const std::vector<domain::Child>& children, QDate on,
                                             const Scope& scope = Scope::agency());

/// Every 003 §3 figure about children that the records support, for one reporting year and scope.
/// Event counts are of children whose date falls in the year (both ends included).
struct ChildrenFigures
{
    domain::ReportingYear year;
    Scope scope;
    ChildSet agencyDecisions; ///< 003 §3.2: ADM "should be placed" decisions in the year
    ChildSet placementOrders; ///< 003 §3.2: placement orders granted (consent not counted)
    ChildSet consents;        ///< s.19 consents given in the year (not placement orders)
    PlacementFigures placements;
    AdoptedFigures adopted;
    domain::PlanSnapshot planSnapshot; ///< 003 §3.9, on 31 March (end of the year)
    DisruptionFigures disruptions;
    WaitingFigures waiting; ///< on 31 March
    bool operator==(const ChildrenFigures&) const = default;
};

/// Where each household's adopters came from, by household id: what placements and
/// disruptions are counted by. Built once when many figures are computed from the same records.
using AdopterSources = QHash<qint64, domain::AdopterSource>;
[[nodiscard]] AdopterSources
adopterSources(const std::vector<domain::AdopterHousehold>& households);

[[nodiscard]] ChildrenFigures
childrenFigures(const std::vector<domain::Child>& children,
                const std::vector<domain::AdopterHousehold>& households, domain::ReportingYear year,
                const Scope& scope = Scope::agency());
/// As above over children held elsewhere (one council's, picked out of the agency's list).
[[nodiscard]] ChildrenFigures childrenFigures(const ChildPointers& children,
                                              const AdopterSources& sources,
                                              domain::ReportingYear year, const Scope& scope);
[[nodiscard]] ChildrenFigures childrenFigures(const std::vector<domain::Child>& children,
                                              const AdopterSources& sources,
                                              domain::ReportingYear year,
                                              const Scope& scope = Scope::agency());

} // namespace permanence::metrics
