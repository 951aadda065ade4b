#include "storage/HouseholdRows.h"

#include "storage/SqlSupport.h"

namespace permanence::storage::rows {

using domain::AdopterHousehold;
using domain::Applicant;
using domain::NeedGrade;
using domain::Relationship;
using domain::WithdrawalReason;

namespace {

const QStringList& householdRecordColumns()
{
    static const QStringList columns = {
        QStringLiteral("reference"),
        QStringLiteral("source"),
        QStringLiteral("hub_code"),
        QStringLiteral("source_agency"),
        QStringLiteral("fast_track"),
        QStringLiteral("second_time"),
        QStringLiteral("enquiry"),
        QStringLiteral("information_event"),
        QStringLiteral("registration"),
        QStringLiteral("stage1_start"),
        QStringLiteral("stage1_end"),
        QStringLiteral("stage2_start"),
        QStringLiteral("panel"),
        QStringLiteral("approval"),
        QStringLiteral("max_children"),
        QStringLiteral("min_age"),
        QStringLiteral("max_age"),
        QStringLiteral("approved_siblings"),
        QStringLiteral("approved_early_permanence"),
        QStringLiteral("withdrawal_date"),
        QStringLiteral("withdrawal_reason"),
        QStringLiteral("archived"),
        // Added in schema version 3.
        QStringLiteral("council_code"),
        QStringLiteral("area"),
        QStringLiteral("relationship"),
        QStringLiteral("info_giving_meeting"),
        QStringLiteral("par_completed"),
        QStringLiteral("sex_preference"),
        QStringLiteral("ethnicity_considerations"),
        QStringLiteral("contact_supported"),
        QStringLiteral("withdrawal_category"),
        QStringLiteral("deregistered"),
        QStringLiteral("deregistration_reason"),
    };
    return columns;
}

const QStringList& applicantRecordColumns()
{
    static const QStringList columns = {
        QStringLiteral("forename"), QStringLiteral("surname"),   QStringLiteral("date_of_birth"),
        QStringLiteral("sex"),      QStringLiteral("ethnicity"), QStringLiteral("religion"),
    };
    return columns;
}

} // namespace

// Short stable codes for enums: the stored text never changes when a label or an enum's order
// does. Unknown codes read back as the domain's default.
QString relationshipCode(Relationship r)
{
    switch (r) {
    case Relationship::Single:
        return QStringLiteral("single");
    case Relationship::Married:
        return QStringLiteral("married");
    case Relationship::CivilPartners:
        return QStringLiteral("civil");
    case Relationship::UnmarriedCouple:
        return QStringLiteral("unmarried");
    }
    return QStringLiteral("married");
}

Relationship relationshipFromCode(const QString& code)
{
    for (auto r : {Relationship::Single, Relationship::Married, Relationship::CivilPartners,
                   Relationship::UnmarriedCouple})
        if (relationshipCode(r) == code)
            return r;
    return Relationship::Married;
}

QString withdrawalReasonCode(WithdrawalReason r)
{
    switch (r) {
    case WithdrawalReason::CostOfLiving:
        return QStringLiteral("cost");
    case WithdrawalReason::ChangeOfCircumstances:
        return QStringLiteral("circumstances");
    case WithdrawalReason::AgencyDecision:
        return QStringLiteral("agency");
    case WithdrawalReason::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

WithdrawalReason withdrawalReasonFromCode(const QString& code)
{
    for (auto r : {WithdrawalReason::CostOfLiving, WithdrawalReason::ChangeOfCircumstances,
                   WithdrawalReason::AgencyDecision, WithdrawalReason::Other})
        if (withdrawalReasonCode(r) == code)
            return r;
    return WithdrawalReason::Other;
}

QString needGradeCode(NeedGrade g)
{
    switch (g) {
    case NeedGrade::No:
        return QStringLiteral("no");
    case NeedGrade::Low:
        return QStringLiteral("low");
    case NeedGrade::Medium:
        return QStringLiteral("medium");
    case NeedGrade::High:
        return QStringLiteral("high");
    }
    return QStringLiteral("no");
}

NeedGrade needGradeFromCode(const QString& code)
{
    for (auto g : {NeedGrade::No, NeedGrade::Low, NeedGrade::Medium, NeedGrade::High})
        if (needGradeCode(g) == code)
            return g;
    return NeedGrade::No;
}

const QStringList& householdWriteColumns()
{
    static const QStringList columns =
        householdRecordColumns() + QStringList{QStringLiteral("reference_search"),
                                               QStringLiteral("updated_by"),
                                               QStringLiteral("updated_at")};
    return columns;
}

QString householdSelectList(const QString& alias)
{
    QStringList qualified{alias + QStringLiteral(".id")};
    for (const QString& column : householdRecordColumns())
        qualified << alias + QLatin1Char('.') + column;
    return qualified.join(QStringLiteral(", "));
}

int bindHousehold(QSqlQuery& query, const AdopterHousehold& h, const QString& userId,
                  const QString& at)
{
    const auto& j = h.journey;
    sql::Binder b(query);
    b << sql::text(h.reference) << domain::adopterSourceCode(h.source) << sql::text(h.hubCode)
      << sql::text(h.sourceAgency) << sql::flag(h.fastTrack) << sql::flag(h.secondTime);
    b << sql::date(j.enquiry) << sql::date(j.informationEvent) << sql::date(j.registration)
      << sql::date(j.stage1Start) << sql::date(j.stage1End) << sql::date(j.stage2Start)
      << sql::date(j.panel) << sql::date(j.approval);
    b << h.terms.maxChildren << h.terms.minAge << h.terms.maxAge << sql::flag(h.terms.siblings)
      << sql::flag(h.terms.earlyPermanence);
    b << sql::date(h.withdrawal.date) << sql::text(h.withdrawal.reason) << sql::flag(h.archived);
    b << sql::text(h.councilCode) << sql::text(h.area) << relationshipCode(h.relationship)
      << sql::date(j.infoGivingMeeting) << sql::date(j.parCompleted)
      << sql::sex(h.terms.sexPreference) << sql::text(h.terms.ethnicityConsiderations)
      << sql::text(h.terms.contactSupported) << withdrawalReasonCode(h.withdrawal.category)
      << sql::date(h.deregistered) << sql::text(h.deregistrationReason);
    b << sql::searchKey(h.reference) << sql::text(userId) << at;
    Q_ASSERT(b.count() == householdWriteColumns().size());
    return b.count();
}

AdopterHousehold readHousehold(const QSqlQuery& query)
{
    sql::Reader r(query);
    AdopterHousehold h;
    h.id = domain::HouseholdId{r.id()};
    h.reference = r.text();
    h.source = domain::adopterSourceFromCode(r.text()).value_or(domain::AdopterSource::OwnAgency);
    h.hubCode = r.text();
    h.sourceAgency = r.text();
    h.fastTrack = r.flag();
    h.secondTime = r.flag();
    auto& j = h.journey;
    j.enquiry = r.date();
    j.informationEvent = r.date();
    j.registration = r.date();
    j.stage1Start = r.date();
    j.stage1End = r.date();
    j.stage2Start = r.date();
    j.panel = r.date();
    j.approval = r.date();
    h.terms.maxChildren = r.integer();
    h.terms.minAge = r.integer();
    h.terms.maxAge = r.integer();
    h.terms.siblings = r.flag();
    h.terms.earlyPermanence = r.flag();
    h.withdrawal.date = r.date();
    h.withdrawal.reason = r.text();
    h.archived = r.flag();
    h.councilCode = r.text();
    h.area = r.text();
    h.relationship = relationshipFromCode(r.text());
    j.infoGivingMeeting = r.date();
    j.parCompleted = r.date();
    h.terms.sexPreference = r.sex();
    h.terms.ethnicityConsiderations = r.text();
    h.terms.contactSupported = r.text();
    h.withdrawal.category = withdrawalReasonFromCode(r.text());
    h.deregistered = r.date();
    h.deregistrationReason = r.text();
    return h;
}

const QStringList& applicantWriteColumns()
{
    static const QStringList columns =
        QStringList{QStringLiteral("household_id"), QStringLiteral("position")} +
        applicantRecordColumns() +
        QStringList{QStringLiteral("forename_search"), QStringLiteral("surname_search")};
    return columns;
}

QString applicantSelectList()
{
    return applicantRecordColumns().join(QStringLiteral(", "));
}

int bindApplicant(QSqlQuery& query, qint64 householdId, int position, const Applicant& a)
{
    sql::Binder b(query);
    b << householdId << position << sql::text(a.forename) << sql::text(a.surname)
      << sql::date(a.dateOfBirth) << sql::sex(a.sex) << sql::text(a.ethnicity)
      << sql::text(a.religion) << sql::searchKey(a.forename) << sql::searchKey(a.surname);
    Q_ASSERT(b.count() == applicantWriteColumns().size());
    return b.count();
}

Applicant readApplicant(const QSqlQuery& query, int first)
{
    sql::Reader r(query, first);
    Applicant a;
    a.forename = r.text();
    a.surname = r.text();
    a.dateOfBirth = r.date();
    a.sex = r.sex();
    a.ethnicity = r.text();
    a.religion = r.text();
    return a;
}

} // namespace permanence::storage::rows
