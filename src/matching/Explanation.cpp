#include "matching/Explanation.h"

#include "domain/Dates.h"
#include "domain/Person.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <bit>
#include <cmath>

namespace permanence::matching::detail {

using namespace permanence::domain;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Matching", text);
}

/// "Tom" when one child has the value, "Tom and Amy" when several, the unit's names when all.
QString whoHas(const MatchUnit& unit, auto&& has)
{
    MatchUnit some;
    for (const UnitChild& c : unit.children)
        if (has(c))
            some.children.push_back(c);
    return some.children.empty() ? unit.names() : some.names();
}

/// The distinct values in the same order as prepare() reads them, with their original spelling.
QStringList distinct(const MatchUnit& unit, QString UnitChild::*field,
                     bool (*ignore)(const QString&))
{
    QStringList lowered;
    QStringList original;
    for (const UnitChild& c : unit.children) {
        const QString v = (c.*field).toLower();
        if (!ignore(v) && !lowered.contains(v) && lowered.size() < 8) {
            lowered << v;
            original << (c.*field);
        }
    }
    return original;
}

bool sameText(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString ethnicityPart(const HotFacts& h, const MatchUnit& unit, const PreparedUnit& u)
{
    if (u.ethnicities.empty())
        return tr("Nothing to match: %1's ethnicity is not recorded").arg(unit.names());
    QStringList lines;
    for (size_t k = 0; k < u.ethnicities.size(); ++k) {
        const Ethnicity& e = ethnicities().at(u.ethnicities[k].index);
        const QString who = whoHas(unit, [&](const UnitChild& c) { return c.ethnicity == e.code; });
        const float f = ethnicityFraction(h, u, static_cast<int>(k));
        const quint32 flags = h.text >= 0 ? u.textFlags[static_cast<size_t>(h.text)] : 0;
        if (f >= 1.0f)
            lines << tr("An applicant shares %1's ethnicity (%2)").arg(who, e.label);
        else if (((flags >> k) & 1u) != 0)
            lines << tr("Their considerations mention %1's ethnicity (%2)").arg(who, e.label);
        else if (f >= 0.8f)
            lines << tr("Together the applicants share %1's heritage (%2)").arg(who, e.label);
        else if (f >= 0.5f)
            lines << tr("An applicant shares some of %1's heritage (%2)").arg(who, e.label);
        else if (f > 0.0f)
            lines << tr("Open to a child of any heritage; no applicant shares %1's ethnicity (%2)")
                         .arg(who, e.label);
        else
            lines << tr("No applicant shares %1's ethnicity (%2) and their considerations do "
                        "not mention it")
                         .arg(who, e.label);
    }
    return lines.join(QStringLiteral("; "));
}

QString religionPart(const HotFacts& h, const MatchUnit& unit, const PreparedUnit& u)
{
    const QStringList religions = distinct(unit, &UnitChild::religion, &isNoReligion);
    if (religions.isEmpty())
        return tr("Nothing to match: no religion recorded for %1").arg(unit.names());
    QStringList lines;
    for (qsizetype k = 0; k < religions.size(); ++k) {
        const QString& religion = religions.at(k);
        const QString who =
            whoHas(unit, [&](const UnitChild& c) { return sameText(c.religion, religion); });
        const float f = religionFraction(h, u, static_cast<int>(k));
        if (f >= 1.0f)
            lines << tr("An applicant shares %1's religion (%2)").arg(who, religion);
        else if (f > 0.0f)
            lines << tr("Their considerations mention %1's religion (%2)").arg(who, religion);
        else
            lines << tr("No applicant shares %1's religion (%2) and their considerations do not "
                        "mention it")
                         .arg(who, religion);
    }
    return lines.join(QStringLiteral("; "));
}

QString languagePart(const HotFacts& h, const MatchUnit& unit, const PreparedUnit& u)
{
    const QStringList languages = distinct(unit, &UnitChild::firstLanguage, &isEnglish);
    if (languages.isEmpty())
        return tr("Nothing to match: %1's first language is English or not recorded")
            .arg(unit.names());
    QStringList lines;
    for (qsizetype k = 0; k < languages.size(); ++k) {
        const QString& language = languages.at(k);
        const QString who =
            whoHas(unit, [&](const UnitChild& c) { return sameText(c.firstLanguage, language); });
        if (mentionsLanguage(h, u, static_cast<int>(k)))
            lines << tr("Their considerations mention %1's first language (%2)").arg(who, language);
        else
            lines << tr("%1's first language is %2; their considerations do not mention it")
                         .arg(who, language);
    }
    return lines.join(QStringLiteral("; "));
}

QString siblingsPart(const HotFacts& h, const MatchUnit& unit)
{
    if (unit.isGroup())
        return tr("Approved for brothers and sisters: %1 would stay together").arg(unit.names());
    if (h.siblings)
        return tr("Open to brothers and sisters, so a later brother or sister of %1 could join "
                  "them")
            .arg(unit.names());
    return tr("Not approved for brothers and sisters");
}

QString healthPart(const HotFacts& h, const MatchUnit& unit, const PreparedUnit& u)
{
    if (u.needCount == 0)
        return tr("No recorded health needs");
    QStringList met;
    const QStringList& categories = needCategories();
    for (quint32 m = u.needs; m != 0; m &= m - 1) {
        const int i = std::countr_zero(m);
        const auto grade = static_cast<NeedGrade>((h.grades >> (2 * i)) & 3u);
        met << tr("%1 (%2)").arg(categories.at(i), needGradeLabel(grade));
    }
    if (u.uncategorisedDisability)
        met << tr("a disability of %1 not yet given a category (best disability grade: %2)")
                   .arg(whoHas(unit, [](const UnitChild& c) { return c.uncategorisedDisability; }),
                        needGradeLabel(static_cast<NeedGrade>(h.bestDisabilityGrade)));
    return tr("Can meet %1").arg(met.join(QStringLiteral(", ")));
}

QString contactPart(const HotFacts& h, const ColdFacts& c, const MatchUnit& unit,
                    const PreparedUnit& u)
{
    if (unit.contactPlans.isEmpty())
        return tr("No contact plans to support");
    const qsizetype plans = unit.contactPlans.size();
    const auto supported =
        static_cast<int>(std::lround(u.contact[h.contact & 15u] * static_cast<float>(plans)));
    const QString offered = c.terms.contactSupported.trimmed().isEmpty()
                                ? tr("nothing recorded")
                                : c.terms.contactSupported.trimmed();
    return tr("Can support %1 of %2 contact plans (they offer: %3)")
        .arg(QString::number(supported), QString::number(plans), offered);
}

QString hubOrCouncil(const PoolData& pool, const ColdFacts& c)
{
    const Hub* hub = pool.agency.hub(c.hubCode);
    return hub ? hub->name : c.hubCode;
}

QString proximityPart(const PoolData& pool, const HotFacts& h, const ColdFacts& c,
                      const PreparedUnit& u)
{
    if ((h.nearCouncils & u.councils) != 0) {
        const int k = std::countr_zero(h.nearCouncils & u.councils);
        return tr("Near %1: assessed by %2")
            .arg(pool.agency.councils.at(k).name, hubOrCouncil(pool, c));
    }
    if (c.source == AdopterSource::OwnAgency)
        return tr("Elsewhere in the region: assessed by %1").arg(hubOrCouncil(pool, c));
    return tr("Outside the agency: approved by %1")
        .arg(c.sourceAgency.isEmpty() ? adopterSourceLabel(c.source) : c.sourceAgency);
}

QString waitingPart(const HotFacts& h, const ColdFacts& c, const PreparedUnit& u)
{
    const QString days = QString::number(h.daysWaiting);
    const QString cap = QString::number(static_cast<qint64>(u.waitingCap));
    if (c.waitingSince.isValid() && c.waitingSince != c.approval)
        return tr("Waiting %1 days since their last child's adoption order; full points from %2 "
                  "days")
            .arg(days, cap);
    return tr("Waiting %1 days since approval; full points from %2 days").arg(days, cap);
}

QString sourcePart(const ColdFacts& c)
{
    switch (c.source) {
    case AdopterSource::OwnAgency:
        return tr("The agency's own adopters: no inter-agency fee");
    case AdopterSource::OtherRegionalAgency:
        return tr("Another regional adoption agency (%1): an inter-agency fee").arg(c.sourceAgency);
    case AdopterSource::VoluntaryAgency:
        return tr("A voluntary adoption agency (%1): an inter-agency fee").arg(c.sourceAgency);
    }
    return {};
}

QString sexWord(Sex s)
{
    return s == Sex::Female ? tr("a girl") : tr("a boy");
}

QString busySentence(const ColdFacts& c)
{
    const QString since = formatDate(c.busySince);
    switch (c.busyKind) {
    case BusyKind::Linked:
        return tr("Linked with %1 since %2").arg(c.busyChild, since);
    case BusyKind::Matched:
        return tr("Matched with %1 on %2").arg(c.busyChild, since);
    case BusyKind::Placed:
        return tr("%1 moved in on %2; no adoption order yet").arg(c.busyChild, since);
    case BusyKind::EarlyPermanence:
        return tr("Caring for %1 in an early permanence placement since %2")
            .arg(c.busyChild, since);
    case BusyKind::None:
        break;
    }
    return {};
}

QString requirementSentence(Requirement r, const HotFacts& h, const ColdFacts& c,
                            const MatchUnit& unit)
{
    const ApprovalTerms& t = c.terms;
    const QString group = QString::number(unit.size());
    switch (r) {
    case Requirement::NotApproved:
        return c.approval.isValid() ? tr("Not approved until %1").arg(formatDate(c.approval))
                                    : tr("Not approved");
    case Requirement::Withdrawn:
        return tr("Withdrew on %1").arg(formatDate(c.withdrawn));
    case Requirement::Deregistered:
        return tr("De-registered on %1").arg(formatDate(c.deregistered));
    case Requirement::Archived:
        return tr("The household's record is archived");
    case Requirement::Busy:
        return busySentence(c);
    case Requirement::Capacity:
        if (t.maxChildren <= 0)
            return tr("Not approved for any number of children");
        if (t.maxChildren == 1)
            return tr("Approved for 1 child; this is a group of %1").arg(group);
        return tr("Approved for %1 children; this is a group of %2")
            .arg(QString::number(t.maxChildren), group);
    case Requirement::Siblings:
        return tr("Not approved for brothers and sisters; this is a group of %1").arg(group);
    case Requirement::AgeRange: {
        QStringList outside;
        for (const UnitChild& ch : unit.children)
            if (ch.age < t.minAge || ch.age > t.maxAge)
                outside << tr("%1 is %2").arg(ch.name, QString::number(ch.age));
        return tr("Approved for ages %1–%2; %3")
            .arg(QString::number(t.minAge), QString::number(t.maxAge),
                 outside.join(QStringLiteral(", ")));
    }
    case Requirement::Sex: {
        QStringList other;
        for (const UnitChild& ch : unit.children)
            if (ch.sex && t.sexPreference && *ch.sex != *t.sexPreference)
                other << tr("%1 is %2").arg(ch.name, sexWord(*ch.sex));
        return tr("Would like %1; %2")
            .arg(t.sexPreference ? sexWord(*t.sexPreference) : QString(),
                 other.join(QStringLiteral(", ")));
    }
    case Requirement::HealthNeeds: {
        const QStringList& categories = needCategories();
        QStringList unmet;
        for (qsizetype i = 0; i < categories.size() && i < maxNeedCategories; ++i)
            if ((h.cannotMeet >> i) & 1u) {
                const QString who =
                    whoHas(unit, [i](const UnitChild& ch) { return ((ch.needs >> i) & 1u) != 0; });
                if ((unit.needs() >> i) & 1u)
                    unmet << tr("%1 (%2)").arg(categories.at(i), who);
            }
        if (unit.hasUncategorisedDisability() && h.bestDisabilityGrade == 0)
            unmet << tr("a disability not yet given a category (%1), as no disability category "
                        "is graded above No")
                         .arg(whoHas(
                             unit, [](const UnitChild& ch) { return ch.uncategorisedDisability; }));
        return tr("Cannot meet %1").arg(unmet.join(QStringLiteral("; ")));
    }
    case Requirement::EarlyPermanence:
        return tr("Not approved for early permanence; %1 has no placement order yet, so only an "
                  "early permanence placement is possible")
            .arg(whoHas(unit, [](const UnitChild& ch) { return !ch.hasPlacementOrder; }));
    }
    return {};
}

} // namespace

std::vector<ScorePart> explainParts(const PoolData& pool, const MatchUnit& unit,
                                    const PreparedUnit& prepared, int index)
{
    const HotFacts& h = pool.hot[static_cast<size_t>(index)];
    const ColdFacts& c = pool.cold[static_cast<size_t>(index)];
    std::array<float, partCount> fractions{};
    partFractions(h, prepared, fractions);
    std::vector<ScorePart> parts;
    parts.reserve(partCount);
    for (Part p : allParts()) {
        const auto k = static_cast<size_t>(p);
        ScorePart part;
        part.part = p;
        part.maxPoints = prepared.scale[k];
        part.points = static_cast<double>(fractions[k] * prepared.scale[k]);
        switch (p) {
        case Part::Ethnicity:
            part.explanation = ethnicityPart(h, unit, prepared);
            break;
        case Part::Religion:
            part.explanation = religionPart(h, unit, prepared);
            break;
        case Part::Language:
            part.explanation = languagePart(h, unit, prepared);
            break;
        case Part::Siblings:
            part.explanation = siblingsPart(h, unit);
            break;
        case Part::Health:
            part.explanation = healthPart(h, unit, prepared);
            break;
        case Part::Contact:
            part.explanation = contactPart(h, c, unit, prepared);
            break;
        case Part::Proximity:
            part.explanation = proximityPart(pool, h, c, prepared);
            break;
        case Part::Waiting:
            part.explanation = waitingPart(h, c, prepared);
            break;
        case Part::Source:
            part.explanation = sourcePart(c);
            break;
        }
        parts.push_back(part);
    }
    return parts;
}

std::vector<Exclusion> explainExclusions(const PoolData& pool, const MatchUnit& unit, int index,
                                         Requirements failed)
{
    const HotFacts& h = pool.hot[static_cast<size_t>(index)];
    const ColdFacts& c = pool.cold[static_cast<size_t>(index)];
    std::vector<Exclusion> out;
    for (Requirement r : allRequirements())
        if (failed.testFlag(r))
            out.push_back({r, requirementSentence(r, h, c, unit)});
    return out;
}

} // namespace permanence::matching::detail
