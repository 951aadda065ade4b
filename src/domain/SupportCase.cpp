#include "domain/SupportCase.h"

#include "domain/Dates.h"

#include <QCoreApplication>
#include <QSet>

namespace permanence::domain {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SupportCase", text);
}

void append(Problems& out, Problems more)
{
    for (Problem& p : more)
        out.push_back(std::move(p));
}

void validateAssessment(const NeedsAssessment& a, QDate referral, QDate today, Problems& out)
{
    if (!a.started.isValid())
        out.push_back({tr("Assessment started"), QStringLiteral("required"),
                       tr("An assessment of need needs the date it started.")});
    if (a.started.isValid() && referral.isValid() && a.started < referral)
        out.push_back({tr("Assessment started"), QStringLiteral("support.before-referral"),
                       tr("The assessment started %1, before the referral %2.")
                           .arg(formatDate(a.started), formatDate(referral))});
    if (a.started.isValid() && a.completed.isValid() && a.completed < a.started)
        out.push_back({tr("Assessment completed"), QStringLiteral("support.order"),
                       tr("The assessment was completed %1, before it started %2.")
                           .arg(formatDate(a.completed), formatDate(a.started))});
    if (a.completed.isValid() && today.isValid() && a.completed > today)
        out.push_back({tr("Assessment completed"), QStringLiteral("support.future"),
                       tr("The assessment cannot be completed %1, after today.")
                           .arg(formatDate(a.completed))});
    for (const SupportPlanService& s : a.plan) {
        if (s.service.trimmed().isEmpty())
            out.push_back({tr("Support plan"), QStringLiteral("required"),
                           tr("Every service in the support plan needs a name.")});
        if (s.start.isValid() && s.end.isValid() && s.end < s.start)
            out.push_back({tr("Support plan"), QStringLiteral("support.order"),
                           tr("The service \"%1\" ends %2, before it starts %3.")
                               .arg(s.service, formatDate(s.end), formatDate(s.start))});
    }
}

} // namespace

QString referralSourceLabel(ReferralSource source)
{
    switch (source) {
    case ReferralSource::Family:
        return tr("The family");
    case ReferralSource::School:
        return tr("School or virtual school");
    case ReferralSource::Health:
        return tr("Health");
    case ReferralSource::SocialCare:
        return tr("Children's social care");
    case ReferralSource::Other:
        return tr("Other");
    }
    return {};
}

const QList<ReferralSource>& allReferralSources()
{
    static const QList<ReferralSource> sources = {
        ReferralSource::Family, ReferralSource::School, ReferralSource::Health,
        ReferralSource::SocialCare, ReferralSource::Other};
    return sources;
}

QString referralSourceCode(ReferralSource source)
{
    switch (source) {
    case ReferralSource::Family:
        return QStringLiteral("family");
    case ReferralSource::School:
        return QStringLiteral("school");
    case ReferralSource::Health:
        return QStringLiteral("health");
    case ReferralSource::SocialCare:
        return QStringLiteral("social-care");
    case ReferralSource::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<ReferralSource> referralSourceFromCode(const QString& code)
{
    for (ReferralSource source : allReferralSources())
        if (referralSourceCode(source) == code)
            return source;
    return std::nullopt;
}

QDate responsibilityTransferDate(QDate adoptionOrder)
{
    return adoptionOrder.isValid() ? adoptionOrder.addYears(3) : QDate();
}

const SupportChild* SupportCase::child(int number) const
{
    for (const SupportChild& c : children)
        if (c.number == number)
            return &c;
    return nullptr;
}

int SupportCase::nextChildNumber() const
{
    int next = 1;
    for (const SupportChild& c : children)
        next = std::max(next, c.number + 1);
    return next;
}

QString SupportCase::responsibleAuthority(const SupportChild& c, QDate on) const
{
    const QDate transfer = responsibilityTransferDate(c.adoptionOrder);
    if (transfer.isValid() && on.isValid() && on >= transfer)
        return residenceCouncil;
    return c.placingAuthority;
}

Problems validate(const SupportCase& sc, QDate today)
{
    Problems out;
    if (sc.familyName.trimmed().isEmpty())
        out.push_back({tr("Family"), QStringLiteral("required"),
                       tr("Name the adoptive family the case is for.")});
    if (sc.hubCode.trimmed().isEmpty())
        out.push_back({tr("Hub"), QStringLiteral("required"),
                       tr("Choose the hub whose support team holds the case.")});
    if (!sc.referral.isValid())
        out.push_back({tr("Referral date"), QStringLiteral("required"),
                       tr("The case needs the date of the referral.")});
    else if (today.isValid() && sc.referral > today)
        out.push_back(
            {tr("Referral date"), QStringLiteral("support.future"),
             tr("The referral cannot be dated %1, after today.").arg(formatDate(sc.referral))});
    if (sc.children.isEmpty())
        out.push_back({tr("Children"), QStringLiteral("required"),
                       tr("Add the children the case concerns.")});
    QSet<int> numbers;
    for (const SupportChild& c : sc.children) {
        if (c.name.trimmed().isEmpty())
            out.push_back({tr("Children"), QStringLiteral("required"),
                           tr("Every child on the case needs a name.")});
        if (c.number < 1 || numbers.contains(c.number))
            out.push_back({tr("Children"), QStringLiteral("support.child-number"),
                           tr("Every child on the case needs its own number.")});
        numbers.insert(c.number);
        if (c.adoptionOrder.isValid() && c.dateOfBirth.isValid() && c.adoptionOrder < c.dateOfBirth)
            out.push_back(
                {tr("Adoption order"), QStringLiteral("support.order"),
                 tr("The adoption order %1 is before %2 was born %3.")
                     .arg(formatDate(c.adoptionOrder), c.name, formatDate(c.dateOfBirth))});
    }
    for (const NeedsAssessment& a : sc.assessments)
        validateAssessment(a, sc.referral, today, out);
    for (const SupportFundApplication& a : sc.fundApplications) {
        append(out, validate(a, today));
        if (!sc.child(a.childNumber))
            out.push_back({tr("Child"), QStringLiteral("support.unknown-child"),
                           tr("A fund application is for a child who is not on the case.")});
    }
    for (const PostBoxAgreement& agreement : sc.postBox)
        append(out, validate(agreement, today));
    if (sc.closed.isValid() && sc.referral.isValid() && sc.closed < sc.referral)
        out.push_back({tr("Closed"), QStringLiteral("support.order"),
                       tr("The case was closed %1, before the referral %2.")
                           .arg(formatDate(sc.closed), formatDate(sc.referral))});
    if (sc.closed.isValid() && today.isValid() && sc.closed > today)
        out.push_back(
            {tr("Closed"), QStringLiteral("support.future"),
             tr("The case cannot be closed %1, after today.").arg(formatDate(sc.closed))});
    return out;
}

} // namespace permanence::domain
