#pragma once

#include "domain/Child.h"
#include "domain/Ids.h"
#include "domain/Person.h"
#include "domain/Problem.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace permanence::domain {

/// Who approved the household. Children are placed with the agency's own adopters first, then
/// with other regional agencies' adopters, then with voluntary agencies' (003 §3.4, §5.1).
enum class AdopterSource
{
    OwnAgency,
    OtherRegionalAgency,
    VoluntaryAgency
};

[[nodiscard]] QString adopterSourceLabel(AdopterSource source);
[[nodiscard]] QString adopterSourceCode(AdopterSource source); ///< "own", "raa", "vaa"
[[nodiscard]] std::optional<AdopterSource> adopterSourceFromCode(const QString& code);

/// The applicants' relationship, as the DfE records it (SSDA903 LS_ADOPTR).
enum class Relationship
{
    Single,
    Married,
    CivilPartners,
    UnmarriedCouple
};
[[nodiscard]] QString relationshipLabel(Relationship r);

/// Why a household left the process (003 §2.3; ASGLB "reason left").
enum class WithdrawalReason
{
    CostOfLiving,
    ChangeOfCircumstances,
    AgencyDecision,
    Other
};
[[nodiscard]] QString withdrawalReasonLabel(WithdrawalReason r);

/// How much of a need a household feels able to meet (Link Maker's grading).
enum class NeedGrade
{
    No,
    Low,
    Medium,
    High
};
[[nodiscard]] QString needGradeLabel(NeedGrade g);

/// A pause in the assessment (the applicants' break, or the agency's): its days do not count
/// against the stage targets.
struct Pause
{
    QDate from;
    QDate to; ///< null while the pause goes on
    QString reason;
    bool operator==(const Pause&) const = default;
};

struct Applicant
{
    QString forename;
    QString surname;
    QDate dateOfBirth;
    std::optional<Sex> sex;
    QString ethnicity; ///< DfE code
    QString religion;

    bool operator==(const Applicant&) const = default;
};

/// The adopter journey, enquiry to approval (003 §2, shared/domain/journeys.md). Null = not
/// reached.
struct HouseholdJourney
{
    QDate enquiry;
    QDate informationEvent;
    QDate registration;      ///< registration of interest accepted / referral to a hub
    QDate infoGivingMeeting; ///< the in-depth information-giving meeting with a social worker
    QDate stage1Start;
    QDate stage1End;
    QDate stage2Start;
    QDate parCompleted; ///< prospective adopter's report completed
    QDate panel;        ///< approval panel
    QDate approval;     ///< ADM approval decision

    bool operator==(const HouseholdJourney&) const = default;
};

/// What the household is approved for.
struct ApprovalTerms
{
    int maxChildren = 0;
    int minAge = 0; ///< youngest age in whole years
    int maxAge = 0; ///< oldest age in whole years
    bool siblings = false;
    bool earlyPermanence = false;
    std::optional<Sex> sexPreference; ///< nullopt: either
    /// Grade per category of domain::needCategories(); a missing category means No.
    QMap<QString, NeedGrade> needs;
    QString ethnicityConsiderations; ///< ethnicity, religion, language the household can meet
    QString contactSupported;        ///< "Letterbox", "Direct contact with siblings", …

    bool operator==(const ApprovalTerms&) const = default;
};

struct Withdrawal
{
    QDate date;
    QString reason; ///< free text detail
    WithdrawalReason category = WithdrawalReason::Other;
    bool operator==(const Withdrawal&) const = default;
};

/// One or two applicants adopting together, assessed by one hub (own agency) or approved
/// elsewhere (inter-agency). Its stage is derived from the journey dates, never stored.
struct AdopterHousehold
{
    HouseholdId id;
    QString reference;
    QList<Applicant> applicants;
    AdopterSource source = AdopterSource::OwnAgency;
    QString hubCode;      ///< assessing hub, for the agency's own households
    QString sourceAgency; ///< name of the approving agency, for inter-agency households
    QString councilCode;  ///< for own households: the partner council that approved them
    QString area;         ///< address area (district), never the full address
    Relationship relationship = Relationship::Married;
    bool fastTrack = false; ///< previous adopters or approved foster carers: start at stage 2
    bool secondTime = false;
    HouseholdJourney journey;
    QList<Pause> pauses;
    ApprovalTerms terms;
    Withdrawal withdrawal;
    QDate deregistered;
    QString deregistrationReason;
    bool archived = false;

    [[nodiscard]] QString displayName() const; ///< "Amir & Sarah Khan", "Jo Bright"

    bool operator==(const AdopterHousehold&) const = default;
};

/// Minimum age to adopt in England.
inline constexpr int minimumAdopterAge = 21;

/// Every problem with a household at once: applicants (one or two, named, born, 21 or over by
/// approval), where it comes from, the order of journey dates, fast-track rules, approval terms.
[[nodiscard]] Problems validate(const AdopterHousehold& household,
                                const ValidationContext& context);

} // namespace permanence::domain
