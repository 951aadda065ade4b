#pragma once

#include "domain/AdopterHousehold.h"
#include "domain/Agency.h"
#include "domain/Child.h"
#include "domain/Dates.h"
#include "domain/HouseholdStage.h"
#include "domain/Training.h"

#include <QString>
#include <optional>
#include <vector>

// The adopter figures of 003 §2 for one reporting year (1 April – 31 March), for the whole
// agency or one hub: recruitment, the "Number of Days to Complete Key Phases" table, matching
// within three months, training and withdrawals. Pure functions over domain values; every
// figure keeps the households (or events) behind it so the dashboard can list them.
//
// Who is counted, for every figure: the agency's own households (AdopterSource::OwnAgency —
// inter-agency households are recorded because children are placed with them, but another
// agency recruited, assessed and trained them), not archived, and, for a hub report, assessed by
// that hub. A date "in the year" means start() ≤ date ≤ end(), both ends included.
namespace permanence::metrics {

/// A count and the households behind it; the count is always the size of the list.
struct HouseholdSet
{
    std::vector<domain::HouseholdId> ids;
    [[nodiscard]] int count() const { return static_cast<int>(ids.size()); }
    void add(domain::HouseholdId id) { ids.push_back(id); }
    bool operator==(const HouseholdSet&) const = default;
};

/// An average of day counts over a cohort. `ids` and `days` are parallel (household i took
/// days[i]), so the list behind the figure shows each household's own number.
struct DayAverage
{
    std::vector<domain::HouseholdId> ids;
    std::vector<qint64> days;
    std::optional<qint64> target; ///< nullopt where there is no national target (approval→match)

    [[nodiscard]] int count() const { return static_cast<int>(ids.size()); }
    [[nodiscard]] qint64 totalDays() const;
    /// Σ days / n, or nullopt for an empty cohort (an average of nothing is not 0 days).
    [[nodiscard]] std::optional<double> mean() const;
    /// The mean rounded half away from zero, as 003 prints it (127, 142, 195).
    [[nodiscard]] std::optional<qint64> rounded() const;
    /// rounded() ≤ target; nullopt without a target or a cohort.
    [[nodiscard]] std::optional<bool> withinTarget() const;
    void add(domain::HouseholdId id, qint64 d);
    bool operator==(const DayAverage&) const = default;
};

/// part of whole, keeping both lists; percent() is nullopt when whole is empty.
struct HouseholdShare
{
    HouseholdSet part;
    HouseholdSet whole;
    [[nodiscard]] std::optional<double> percent() const;
    bool operator==(const HouseholdShare&) const = default;
};

/// Targets and rules that are settings (data-model.md §8.3 item 9); the defaults are the
/// national targets 003 prints.
struct AdopterReportSettings
{
    qint64 stage1TargetDays = 60;
    qint64 stage2TargetDays = 121;
    int matchWithinMonths = 3;
    bool operator==(const AdopterReportSettings&) const = default;
};

/// One kind of training in the year.
struct TrainingKindFigures
{
    domain::TrainingKind kind = domain::TrainingKind::Preparation;
    /// Events of this kind starting in the year. For a hub report: only those at which at least
    /// one of the hub's households is registered (training is regional; a hub "delivered" the
    /// events its households came to). For the whole agency: every event, even an empty one.
    std::vector<domain::TrainingEventId> events;
    /// Distinct households in scope registered on those events (003's "for 80 households").
    HouseholdSet households;
    [[nodiscard]] int eventCount() const { return static_cast<int>(events.size()); }
    bool operator==(const TrainingKindFigures&) const = default;
};

struct TrainingFigures
{
    std::vector<TrainingKindFigures> byKind; ///< one per domain::allTrainingKinds(), in order
    /// Of the households at preparation training in the year (whole), those registered on an
    /// early permanence event starting on or before the year's end (part) — before or after
    /// their preparation, in this year or an earlier one. 003's 84% is 67 / 80, the EP
    /// households over the preparation households; the two agree when every EP household also
    /// came to preparation in the year, and this one can never exceed 100%.
    HouseholdShare preparationAlsoEarlyPermanence;
    /// The same for the adopting brothers and sisters module (003: 62 / 80 = 78%).
    HouseholdShare preparationAlsoBrothersAndSisters;

    [[nodiscard]] const TrainingKindFigures& of(domain::TrainingKind kind) const;
    bool operator==(const TrainingFigures&) const = default;
};

/// Withdrawals in one cell of the reason × stage table.
struct WithdrawalCell
{
    domain::WithdrawalReason reason = domain::WithdrawalReason::Other;
    domain::HouseholdStage stage = domain::HouseholdStage::Enquiry;
    HouseholdSet households;
    bool operator==(const WithdrawalCell&) const = default;
};

/// Households whose withdrawal date is in the year. The stage is the one the household was in
/// on its withdrawal date had it not withdrawn: domain::householdStage on that date with the
/// withdrawal, de-registration and pauses set aside (a household that withdrew during a pause
/// in stage 2 left from stage 2, not from "Paused"). Only non-empty cells are listed, by stage
/// then reason (enum order).
struct WithdrawalFigures
{
    HouseholdSet all;
    std::vector<WithdrawalCell> cells;
    /// Approved households de-registered in the year (not withdrawals: the agency ended the
    /// approval), reported beside them.
    HouseholdSet deregistered;

    [[nodiscard]] int count(domain::WithdrawalReason reason) const;
    [[nodiscard]] int count(domain::HouseholdStage stage) const;
    bool operator==(const WithdrawalFigures&) const = default;
};

/// 003 §2 for one year and one scope. Cohorts:
///
/// - informationEvents (003's 170): information event attended in the year.
/// - referrals (003's 123): registration of interest / referral to a hub in the year,
///   second-time adopters included.
/// - approved: ADM approval decision in the year.
/// - stage1 (003's 127 vs 60): households whose stage 1 ENDED in the year, with a start date,
///   not fast-track; days = domain::stage1Days (end − start less paused days).
/// - stage2 (003's 142 vs 121): households APPROVED in the year with a stage 2 start, fast-track
///   included; days = domain::stage2Days (approval − stage 2 start less paused days).
/// - approvalToMatch (003's 195): households whose FIRST match decision — the earliest
///   Child::journey.matchDecision of the children with Child::household == the household —
///   fell in the year, and which have an approval date; days = max(0, match − approval), with
///   no pause subtracted (the national measure counts calendar days of waiting). A match
///   decided before the approval (an early permanence carer) counts 0, as A2 does.
/// - matchedWithinMonths (003's 27%): of the approvalToMatch cohort (whole), those whose first
///   match decision was on or before the approval date plus `matchWithinMonths` calendar
///   months (part): approved 15 Jan, matched by 15 Apr; approved 30 Nov, by 28 Feb (QDate
///   clamps to the month's last day). Calendar months, not 91 days, because the national
///   measure says "within 3 months". Over the households matched in the year — not those
///   approved in it — so the figure is final on 31 March and uses the same cohort as the
///   195-day average beside it.
struct AdopterYearReport
{
    domain::ReportingYear year;
    QString hubCode; ///< empty: the whole agency
    AdopterReportSettings settings;

    HouseholdSet informationEvents;
    HouseholdSet referrals;
    HouseholdSet approved;
    DayAverage stage1;
    DayAverage stage2;
    DayAverage approvalToMatch;
    HouseholdShare matchedWithinMonths;
    TrainingFigures training;
    WithdrawalFigures withdrawals;

    bool operator==(const AdopterYearReport&) const = default;
};

/// The report for `year`, for the whole agency (empty `hubCode`) or one hub. `children` are the
/// children whose Child::household links them to households (others are ignored); `events`
/// every training event (those outside the year are ignored, except as earlier EP and brothers
/// and sisters modules).
[[nodiscard]] AdopterYearReport
adopterYearReport(const std::vector<domain::AdopterHousehold>& households,
                  const std::vector<domain::Child>& children,
                  const std::vector<domain::TrainingEvent>& events, domain::ReportingYear year,
                  const QString& hubCode = {}, const AdopterReportSettings& settings = {});

/// One report per hub of the agency, in the agency's order (the central hub included: it
/// simply has no households if it assesses none).
[[nodiscard]] std::vector<AdopterYearReport>
adopterReportsByHub(const std::vector<domain::AdopterHousehold>& households,
                    const std::vector<domain::Child>& children,
                    const std::vector<domain::TrainingEvent>& events, const domain::Agency& agency,
                    domain::ReportingYear year, const AdopterReportSettings& settings = {});

} // namespace permanence::metrics
