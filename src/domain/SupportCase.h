#pragma once

#include "domain/FundLimits.h"
#include "domain/Ids.h"
#include "domain/PostBox.h"
#include "domain/Problem.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace permanence::domain {

struct SupportCaseId
{
    qint64 value = 0;
    [[nodiscard]] bool isValid() const { return value > 0; }
    auto operator<=>(const SupportCaseId&) const = default;
};

/// Who asked for support (003 §4.3 counts referrals allocated per hub).
enum class ReferralSource
{
    Family,     ///< the adoptive family themselves
    School,     ///< a school or the virtual school
    Health,     ///< GP, CAMHS, a health visitor
    SocialCare, ///< a council's children's services
    Other,
};
[[nodiscard]] QString referralSourceLabel(ReferralSource source);
[[nodiscard]] const QList<ReferralSource>& allReferralSources();
/// Stable storage code: "family", "school", "health", "social-care", "other".
[[nodiscard]] QString referralSourceCode(ReferralSource source);
[[nodiscard]] std::optional<ReferralSource> referralSourceFromCode(const QString& code);

/// A child the case concerns. Families move into the area with children adopted elsewhere, so a
/// child need not have a record here (`record` 0). `number` identifies the child within the case
/// (fund applications refer to it) and never changes once given.
struct SupportChild
{
    int number = 0;
    ChildId record;
    QString name;
    QDate dateOfBirth;
    QDate adoptionOrder;      ///< starts the 3-year responsibility of the placing authority
    QString placingAuthority; ///< the council that placed the child (may be outside the agency)

    bool operator==(const SupportChild&) const = default;
};

/// The day support responsibility moves from the placing authority to the council where the
/// family lives: the third anniversary of the adoption order (shared/domain journeys.md §4.10).
/// An order on 29 Feb moves on 28 Feb three years later (Qt's addYears). Null without an order.
[[nodiscard]] QDate responsibilityTransferDate(QDate adoptionOrder);

/// One service in the support plan that follows an assessment of need.
struct SupportPlanService
{
    QString service; ///< "Therapeutic parenting course", "DDP therapy"
    QString provider;
    QDate start;
    QDate end;

    bool operator==(const SupportPlanService&) const = default;
};

/// The assessment of need (support.md §6.1): started, completed with an outcome, and the plan.
struct NeedsAssessment
{
    QDate started;
    QDate completed;
    QString outcome;
    QList<SupportPlanService> plan;

    bool operator==(const NeedsAssessment&) const = default;
};

/// A post-order support case of a permanency support team. Nothing here is ever deleted
/// (adoption records are kept 100 years after the order): a case is closed by its closed date.
struct SupportCase
{
    SupportCaseId id;
    HouseholdId household; ///< 0 for a family this agency never assessed
    QString familyName;    ///< how the family is known on the list ("Mr and Mrs Okafor")
    QString hubCode;
    QDate referral;
    ReferralSource source = ReferralSource::Family;
    QString worker;           ///< the allocated worker's login; empty until allocated
    QString residenceCouncil; ///< the council where the family lives (takes over after 3 years)
    QDate closed;
    QList<SupportChild> children;
    QList<NeedsAssessment> assessments;
    QList<SupportFundApplication> fundApplications;
    QList<PostBoxAgreement> postBox;

    [[nodiscard]] bool isOpen() const { return !closed.isValid(); }
    [[nodiscard]] const SupportChild* child(int number) const;
    /// The number to give the next child added to the case.
    [[nodiscard]] int nextChildNumber() const;
    /// Who is responsible for supporting the child on `on`: its placing authority until the
    /// transfer date, then the case's residence council. Empty when not known.
    [[nodiscard]] QString responsibleAuthority(const SupportChild& child, QDate on) const;

    bool operator==(const SupportCase&) const = default;
};

/// Every problem at once, each naming its field: family name, hub, referral date (not after
/// `today`), a child at least, children numbered uniquely, the assessment's dates in order and
/// not before the referral, each fund application valid (see validate(application)) and about a
/// child of the case, each post-box agreement valid, a closed date not before the referral.
[[nodiscard]] Problems validate(const SupportCase& supportCase, QDate today);

} // namespace permanence::domain
