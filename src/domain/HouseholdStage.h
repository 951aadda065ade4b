#pragma once

#include "domain/AdopterHousehold.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace permanence::domain {

/// Where a household stands on a date, derived from its journey dates, pauses, withdrawal and
/// de-registration — and, after approval, from the children linked, matched or placed with it.
/// Never stored.
enum class HouseholdStage
{
    Enquiry,          ///< enquired; nothing further yet
    InformationEvent, ///< attended an information event
    Registered,       ///< registration of interest accepted / referred to a hub
    Stage1,           ///< stage 1 under way
    BetweenStages,    ///< stage 1 complete, stage 2 not started (a break of up to 6 months)
    Stage2,           ///< stage 2 under way (assessment, PAR, panel)
    ApprovedWaiting,  ///< approved, no child linked
    Linked,           ///< a child (or group) linked
    Matched,          ///< match decided, child not yet moved in
    Placed,           ///< a child has moved in
    Paused,           ///< inside a pause
    Withdrawn,        ///< left the process
    Deregistered,     ///< approval ended
};

[[nodiscard]] QString householdStageLabel(HouseholdStage stage);
/// Every stage in the enum's order (the pipeline board's columns).
[[nodiscard]] const QList<HouseholdStage>& allHouseholdStages();

/// What the household's children tell about it on a date (filled by the caller from the
/// children whose Child::household is this household).
struct HouseholdPlacements
{
    QDate firstLinked;
    QDate firstMatched;
    QDate firstMovedIn;
};

/// The earliest link, match decision and move-in of the children whose Child::household is
/// `household` (archived children included: a placement happened even if the record is closed).
[[nodiscard]] HouseholdPlacements householdPlacements(HouseholdId household,
                                                      const std::vector<Child>& children);

/// The stage on `on`, counting only facts dated on or before `on` (a date D already counts on
/// D). The first rule that holds wins:
///
///  1. de-registered                         → Deregistered
///  2. withdrawn                             → Withdrawn
///  3. inside a pause                        → Paused
///  4. approved, and a child moved in        → Placed
///  5. approved, and a child's match decided → Matched
///  6. approved, and a child linked          → Linked
///  7. approved                              → ApprovedWaiting
///  8. stage 2 started                       → Stage2 (PAR and panel do not change the stage)
///  9. stage 1 ended                         → BetweenStages
/// 10. stage 1 started                       → Stage1
/// 11. registered                            → Registered (the information-giving meeting too)
/// 12. attended an information event         → InformationEvent
/// 13. otherwise (even before the enquiry)   → Enquiry
///
/// A pause covers the days from `from` up to, not including, `to` (the day work resumed), so
/// its length is to − from like every other day count; an open pause (null `to`) goes on.
/// Placements count only once the approval is reached: a household is never "linked" while it
/// is still being assessed, whatever a child's record says. Endings outrank everything because
/// they close the record; a pause outranks the journey because the board must show who is on
/// hold.
[[nodiscard]] HouseholdStage householdStage(const AdopterHousehold& household, QDate on,
                                            const HouseholdPlacements& placements = {});

/// Days of pause inside [start, end): the overlap of each pause's [from, to) with it.
[[nodiscard]] qint64 pausedDays(const AdopterHousehold& household, QDate start, QDate end);

/// Days in stage 1 (end − start, less paused days inside it); nullopt for fast-track
/// households (they skip stage 1) or when stage 1 has not ended.
[[nodiscard]] std::optional<qint64> stage1Days(const AdopterHousehold& household);
/// Days in stage 2 (approval decision − stage 2 start, less paused days inside it); nullopt
/// until both dates are recorded. Fast-track households count here.
[[nodiscard]] std::optional<qint64> stage2Days(const AdopterHousehold& household);
/// Days in the current stage on `on` (for the pipeline board): `on` − the day the stage began,
/// less paused days since then. A linked/matched/placed stage begins on the later of the
/// approval and the child's date. For Paused it is the days since the pause began. 0 when the
/// stage's start date is unknown.
[[nodiscard]] qint64 daysInStage(const AdopterHousehold& household, QDate on,
                                 const HouseholdPlacements& placements = {});

} // namespace permanence::domain
