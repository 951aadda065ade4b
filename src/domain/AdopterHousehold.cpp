#include "domain/AdopterHousehold.h"

#include "domain/Agency.h"
#include "domain/Dates.h"

#include <QCoreApplication>

namespace permanence::domain {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AdopterHousehold", text);
}

struct Step
{
    QString label;
    QDate date;
};

QList<Step> steps(const HouseholdJourney& j)
{
    return {{tr("Enquiry"), j.enquiry},
            {tr("Information event"), j.informationEvent},
            {tr("Registration of interest"), j.registration},
            {tr("Information-giving meeting"), j.infoGivingMeeting},
            {tr("Stage 1 start"), j.stage1Start},
            {tr("Stage 1 end"), j.stage1End},
            {tr("Stage 2 start"), j.stage2Start},
            {tr("Prospective adopter's report"), j.parCompleted},
            {tr("Approval panel"), j.panel},
            {tr("Approval decision"), j.approval}};
}

void validateApplicants(Problems& out, const AdopterHousehold& h, const ValidationContext& ctx)
{
    if (h.applicants.isEmpty() || h.applicants.size() > 2)
        out.push_back(
            {tr("Applicants"), QStringLiteral("household.applicant-count"),
             tr("A household has one or two applicants (it has %1).").arg(h.applicants.size())});
    for (qsizetype i = 0; i < h.applicants.size(); ++i) {
        const Applicant& a = h.applicants.at(i);
        const QString who = tr("Applicant %1").arg(i + 1);
        if (a.forename.trimmed().isEmpty() || a.surname.trimmed().isEmpty())
            out.push_back({who, QStringLiteral("required"),
                           tr("%1 needs a forename and a surname.").arg(who)});
        if (!a.dateOfBirth.isValid()) {
            out.push_back(
                {who, QStringLiteral("required"), tr("%1 needs a date of birth.").arg(who)});
        } else {
            if (ctx.today.isValid() && a.dateOfBirth > ctx.today)
                out.push_back({who, QStringLiteral("date.in-future"),
                               tr("%1's date of birth %2 is in the future.")
                                   .arg(who, formatDate(a.dateOfBirth))});
            const QDate approval = h.journey.approval;
            if (approval.isValid() && ageInYears(a.dateOfBirth, approval) < minimumAdopterAge)
                out.push_back({who, QStringLiteral("household.applicant-too-young"),
                               tr("%1 is under %2 on the approval date %3.")
                                   .arg(who)
                                   .arg(minimumAdopterAge)
                                   .arg(formatDate(approval))});
        }
        if (!a.ethnicity.isEmpty() && !isKnownEthnicityCode(a.ethnicity))
            out.push_back(
                {who, QStringLiteral("ethnicity.unknown-code"),
                 tr("%1's ethnicity %2 is not a DfE ethnicity code.").arg(who, a.ethnicity)});
    }
}

void validateSource(Problems& out, const AdopterHousehold& h, const ValidationContext& ctx)
{
    if (h.reference.trimmed().isEmpty())
        out.push_back({tr("Reference"), QStringLiteral("required"), tr("Reference is required.")});
    if (h.source == AdopterSource::OwnAgency) {
        if (h.hubCode.isEmpty())
            out.push_back({tr("Hub"), QStringLiteral("required"),
                           tr("The agency's own households need the hub that assesses them.")});
        else if (ctx.agency && !ctx.agency->hub(h.hubCode))
            out.push_back({tr("Hub"), QStringLiteral("hub.unknown"),
                           tr("Hub %1 is not one of %2's hubs.").arg(h.hubCode, ctx.agency->name)});
    } else if (h.sourceAgency.trimmed().isEmpty()) {
        out.push_back({tr("Approving agency"), QStringLiteral("required"),
                       tr("Name the agency that approved this inter-agency household.")});
    }
}

void validateJourney(Problems& out, const AdopterHousehold& h, const ValidationContext& ctx)
{
    const HouseholdJourney& j = h.journey;
    const QList<Step> all = steps(j);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Step& s = all.at(i);
        if (!s.date.isValid())
            continue;
        if (ctx.today.isValid() && s.date > ctx.today)
            out.push_back({s.label, QStringLiteral("date.in-future"),
                           tr("%1 %2 is in the future.").arg(s.label, formatDate(s.date))});
        // Compare with the nearest earlier step that has a date: one message per broken pair.
        for (qsizetype k = i - 1; k >= 0; --k) {
            const Step& e = all.at(k);
            if (!e.date.isValid())
                continue;
            if (s.date < e.date)
                out.push_back(
                    {s.label, QStringLiteral("journey.out-of-order"),
                     tr("%1 %2 is before %3 %4.")
                         .arg(s.label, formatDate(s.date), e.label.toLower(), formatDate(e.date))});
            break;
        }
    }

    if (h.fastTrack && (j.stage1Start.isValid() || j.stage1End.isValid()))
        out.push_back(
            {tr("Stage 1 start"), QStringLiteral("household.fast-track-stage1"),
             tr("Fast-track households start at stage 2; leave the stage 1 dates empty.")});
    if (j.stage1End.isValid() && !j.stage1Start.isValid())
        out.push_back({tr("Stage 1 end"), QStringLiteral("milestone.missing-dependency"),
                       tr("Stage 1 end is recorded but stage 1 start is missing.")});
    if (h.source == AdopterSource::OwnAgency && !h.fastTrack && j.stage2Start.isValid() &&
        !j.stage1End.isValid())
        out.push_back({tr("Stage 2 start"), QStringLiteral("milestone.missing-dependency"),
                       tr("Stage 2 start is recorded but stage 1 has no end date (mark the "
                          "household fast-track if it started at stage 2).")});
    if (h.source == AdopterSource::OwnAgency && j.approval.isValid() && !j.stage2Start.isValid())
        out.push_back({tr("Approval decision"), QStringLiteral("milestone.missing-dependency"),
                       tr("Approval is recorded but stage 2 start is missing.")});

    if (h.withdrawal.date.isValid()) {
        if (ctx.today.isValid() && h.withdrawal.date > ctx.today)
            out.push_back(
                {tr("Withdrawal"), QStringLiteral("date.in-future"),
                 tr("Withdrawal %1 is in the future.").arg(formatDate(h.withdrawal.date))});
        if (j.enquiry.isValid() && h.withdrawal.date < j.enquiry)
            out.push_back({tr("Withdrawal"), QStringLiteral("journey.out-of-order"),
                           tr("Withdrawal %1 is before the enquiry %2.")
                               .arg(formatDate(h.withdrawal.date), formatDate(j.enquiry))});
        if (h.withdrawal.reason.trimmed().isEmpty())
            out.push_back({tr("Withdrawal reason"), QStringLiteral("required"),
                           tr("Say why the household withdrew.")});
    }
}

void validatePausesAndEndings(Problems& out, const AdopterHousehold& h,
                              const ValidationContext& ctx)
{
    for (qsizetype i = 0; i < h.pauses.size(); ++i) {
        const Pause& p = h.pauses.at(i);
        const QString field = tr("Pause %1").arg(i + 1);
        if (!p.from.isValid())
            out.push_back(
                {field, QStringLiteral("required"), tr("%1 needs a start date.").arg(field)});
        else if (p.to.isValid() && p.to < p.from)
            out.push_back({field, QStringLiteral("pause.order"),
                           tr("%1 ends %2, before it starts %3.")
                               .arg(field, formatDate(p.to), formatDate(p.from))});
        if (ctx.today.isValid() &&
            ((p.from.isValid() && p.from > ctx.today) || (p.to.isValid() && p.to > ctx.today)))
            out.push_back({field, QStringLiteral("date.in-future"),
                           tr("%1 has a date in the future.").arg(field)});
        if (p.reason.trimmed().isEmpty())
            out.push_back({field, QStringLiteral("required"),
                           tr("Say why the assessment paused (%1).").arg(field.toLower())});
        for (qsizetype k = 0; k < i; ++k) {
            const Pause& q = h.pauses.at(k);
            const bool overlap = p.from.isValid() && q.from.isValid() &&
                                 (!q.to.isValid() || p.from <= q.to) &&
                                 (!p.to.isValid() || q.from <= p.to);
            if (overlap)
                out.push_back({field, QStringLiteral("pause.overlap"),
                               tr("%1 overlaps pause %2.").arg(field).arg(k + 1)});
        }
    }
    const bool single = h.relationship == Relationship::Single;
    if (h.applicants.size() == 1 && !single)
        out.push_back({tr("Relationship"), QStringLiteral("household.relationship"),
                       tr("A household with one applicant is a single applicant.")});
    if (h.applicants.size() == 2 && single)
        out.push_back({tr("Relationship"), QStringLiteral("household.relationship"),
                       tr("Two applicants cannot be recorded as a single applicant.")});
    if (h.deregistered.isValid()) {
        if (!h.journey.approval.isValid())
            out.push_back({tr("De-registration"), QStringLiteral("milestone.missing-dependency"),
                           tr("Only an approved household can be de-registered.")});
        else if (h.deregistered < h.journey.approval)
            out.push_back({tr("De-registration"), QStringLiteral("journey.out-of-order"),
                           tr("De-registration %1 is before the approval %2.")
                               .arg(formatDate(h.deregistered), formatDate(h.journey.approval))});
        if (ctx.today.isValid() && h.deregistered > ctx.today)
            out.push_back(
                {tr("De-registration"), QStringLiteral("date.in-future"),
                 tr("De-registration %1 is in the future.").arg(formatDate(h.deregistered))});
        if (h.deregistrationReason.trimmed().isEmpty())
            out.push_back({tr("De-registration reason"), QStringLiteral("required"),
                           tr("Say why the household was de-registered.")});
    }
}

void validateTerms(Problems& out, const AdopterHousehold& h)
{
    if (!h.journey.approval.isValid())
        return;
    const ApprovalTerms& t = h.terms;
    if (t.maxChildren < 1 || t.maxChildren > 4)
        out.push_back({tr("Number of children"), QStringLiteral("terms.children"),
                       tr("An approved household is approved for 1 to 4 children.")});
    if (t.minAge < 0 || t.maxAge > 17 || t.minAge > t.maxAge)
        out.push_back({tr("Age range"), QStringLiteral("terms.age-range"),
                       tr("Age range %1 to %2 is not valid: ages run from 0 to 17, youngest first.")
                           .arg(t.minAge)
                           .arg(t.maxAge)});
    if (t.siblings && t.maxChildren < 2)
        out.push_back({tr("Number of children"), QStringLiteral("terms.siblings"),
                       tr("A household approved for a sibling group must be approved for at least "
                          "2 children.")});
}

} // namespace

QString relationshipLabel(Relationship r)
{
    switch (r) {
    case Relationship::Single:
        return tr("Single applicant");
    case Relationship::Married:
        return tr("Married couple");
    case Relationship::CivilPartners:
        return tr("Civil partners");
    case Relationship::UnmarriedCouple:
        return tr("Unmarried couple");
    }
    return {};
}

QString withdrawalReasonLabel(WithdrawalReason r)
{
    switch (r) {
    case WithdrawalReason::CostOfLiving:
        return tr("Cost of living");
    case WithdrawalReason::ChangeOfCircumstances:
        return tr("Change of circumstances");
    case WithdrawalReason::AgencyDecision:
        return tr("Agency decision");
    case WithdrawalReason::Other:
        return tr("Other");
    }
    return {};
}

QString needGradeLabel(NeedGrade g)
{
    switch (g) {
    case NeedGrade::No:
        return tr("No");
    case NeedGrade::Low:
        return tr("Low");
    case NeedGrade::Medium:
        return tr("Medium");
    case NeedGrade::High:
        return tr("High");
    }
    return {};
}

QString adopterSourceLabel(AdopterSource source)
{
    switch (source) {
    case AdopterSource::OwnAgency:
        return tr("Own agency");
    case AdopterSource::OtherRegionalAgency:
        return tr("Other regional agency");
    case AdopterSource::VoluntaryAgency:
        return tr("Voluntary agency");
    }
    return {};
}

QString adopterSourceCode(AdopterSource source)
{
    switch (source) {
    case AdopterSource::OwnAgency:
        return QStringLiteral("own");
    case AdopterSource::OtherRegionalAgency:
        return QStringLiteral("raa");
    case AdopterSource::VoluntaryAgency:
        return QStringLiteral("vaa");
    }
    return {};
}

std::optional<AdopterSource> adopterSourceFromCode(const QString& code)
{
    for (auto s : {AdopterSource::OwnAgency, AdopterSource::OtherRegionalAgency,
                   AdopterSource::VoluntaryAgency})
        if (adopterSourceCode(s) == code)
            return s;
    return std::nullopt;
}

QString AdopterHousehold::displayName() const
{
    if (applicants.isEmpty())
        return reference;
    const Applicant& a = applicants.first();
    if (applicants.size() == 1)
        return a.forename + QLatin1Char(' ') + a.surname;
    const Applicant& b = applicants.at(1);
    if (a.surname == b.surname)
        return a.forename + QStringLiteral(" & ") + b.forename + QLatin1Char(' ') + a.surname;
    return a.forename + QLatin1Char(' ') + a.surname + QStringLiteral(" & ") + b.forename +
           QLatin1Char(' ') + b.surname;
}

Problems validate(const AdopterHousehold& household, const ValidationContext& context)
{
    Problems problems;
    validateSource(problems, household, context);
    validateApplicants(problems, household, context);
    validateJourney(problems, household, context);
    validatePausesAndEndings(problems, household, context);
    validateTerms(problems, household);
    return problems;
}

} // namespace permanence::domain
