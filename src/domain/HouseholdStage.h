#pragma once

#include "domain/AdopterHousehold.h"

#include <QDate>
#include <QString>
#include <optional>

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

/// What the household's children tell about it on a date (filled by the caller from the
/// children whose Child::household is this household).
struct HouseholdPlacements
{
    QDate firstLinked;
    QDate firstMatched;
    QDate firstMovedIn;
};

/// The stage on `on`. Precedence: de-registered, withdrawn, paused, then the furthest journey
/// step reached by `on` (placements count only after approval).
[[nodiscard]] HouseholdStage householdStage(const AdopterHousehold& household, QDate on,
                                            const HouseholdPlacements& placements = {});

/// Days in stage 1 (end − start, less paused days inside it); nullopt for fast-track
/// households (they skip stage 1) or when stage 1 has not ended.
[[nodiscard]] std::optional<qint64> stage1Days(const AdopterHousehold& household);
/// Days in stage 2 (approval decision − stage 2 start, less paused days inside it).
[[nodiscard]] std::optional<qint64> stage2Days(const AdopterHousehold& household);
/// Days in the current stage on `on` (for the pipeline board), less paused days.
[[nodiscard]] qint64 daysInStage(const AdopterHousehold& household, QDate on,
                                 const HouseholdPlacements& placements = {});

} // namespace permanence::domain
