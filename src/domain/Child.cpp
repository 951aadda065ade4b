#include "domain/Child.h"

#include "domain/Agency.h"
#include "domain/Dates.h"

#include <QCoreApplication>

namespace permanence::domain {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Child", text);
}

/// A milestone and the earlier milestones it must not precede. `needs` are the ones that
/// must be recorded before it can be.
struct Dependency
{
    Milestone milestone;
    QList<Milestone> notBefore;
    QList<Milestone> needs;
};

const QList<Dependency>& dependencies()
{
    using M = Milestone;
    static const QList<Dependency> deps = {
        {M::EnteredCare, {}, {}},
        {M::AgencyDecision, {M::EnteredCare}, {M::EnteredCare}},
        {M::PlacementOrder, {M::AgencyDecision}, {M::AgencyDecision}},
        {M::FamilyFindingStarted, {M::AgencyDecision}, {M::AgencyDecision}},
        {M::Linked, {M::AgencyDecision, M::FamilyFindingStarted}, {M::AgencyDecision}},
        {M::MatchingPanel, {M::Linked}, {M::Linked}},
        {M::MatchDecision, {M::AgencyDecision, M::Linked, M::MatchingPanel}, {M::AgencyDecision}},
        {M::MovedIn, {M::MatchDecision}, {M::MatchDecision}},
        {M::AdoptionOrder, {M::MovedIn, M::PlacementOrder}, {M::MovedIn, M::PlacementOrder}},
    };
    return deps;
}

QString lowerFirst(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toLower();
    return s;
}

/// How a milestone reads inside a sentence: "is before the date the child entered care".
QString inSentence(Milestone m)
{
    switch (m) {
    case Milestone::EnteredCare:
        return tr("date the child entered care");
    case Milestone::MovedIn:
        return tr("date the child moved in");
    default:
        return lowerFirst(milestoneLabel(m));
    }
}

void checkDate(Problems& out, const QString& field, QDate date, const Child& child,
               const ValidationContext& ctx)
{
    if (!date.isValid())
        return;
    if (ctx.today.isValid() && date > ctx.today)
        out.push_back({field, QStringLiteral("date.in-future"),
                       tr("%1 %2 is in the future.").arg(field, formatDate(date))});
    if (child.dateOfBirth.isValid() && date < child.dateOfBirth)
        out.push_back({field, QStringLiteral("date.before-birth"),
                       tr("%1 %2 is before the child's date of birth %3.")
                           .arg(field, formatDate(date), formatDate(child.dateOfBirth))});
}

void checkNotBefore(Problems& out, const QString& field, QDate date, const QString& otherField,
                    QDate other)
{
    if (date.isValid() && other.isValid() && date < other)
        out.push_back({field, QStringLiteral("milestone.before-dependency"),
                       tr("%1 %2 is before the %3 %4.")
                           .arg(field, formatDate(date), otherField, formatDate(other))});
}

void validateIdentity(Problems& out, const Child& c, const ValidationContext& ctx)
{
    if (c.reference.trimmed().isEmpty())
        out.push_back({tr("Reference"), QStringLiteral("required"), tr("Reference is required.")});
    if (c.forename.trimmed().isEmpty())
        out.push_back({tr("Forename"), QStringLiteral("required"), tr("Forename is required.")});
    if (c.surname.trimmed().isEmpty())
        out.push_back({tr("Surname"), QStringLiteral("required"), tr("Surname is required.")});
    if (!c.dateOfBirth.isValid())
        out.push_back(
            {tr("Date of birth"), QStringLiteral("required"), tr("Date of birth is required.")});
    else if (ctx.today.isValid() && c.dateOfBirth > ctx.today)
        out.push_back({tr("Date of birth"), QStringLiteral("date.in-future"),
                       tr("Date of birth %1 is in the future.").arg(formatDate(c.dateOfBirth))});
    if (!c.sex)
        out.push_back({tr("Sex"), QStringLiteral("required"), tr("Sex is required.")});
    if (c.ethnicity.isEmpty())
        out.push_back({tr("Ethnicity"), QStringLiteral("required"),
                       tr("Ethnicity is required (use NOBT if not yet obtained).")});
    else if (!isKnownEthnicityCode(c.ethnicity))
        out.push_back({tr("Ethnicity"), QStringLiteral("ethnicity.unknown-code"),
                       tr("Ethnicity %1 is not a DfE ethnicity code.").arg(c.ethnicity)});
    if (c.councilCode.isEmpty())
        out.push_back(
            {tr("Council"), QStringLiteral("required"), tr("Responsible council is required.")});
    else if (ctx.agency && !ctx.agency->council(c.councilCode))
        out.push_back(
            {tr("Council"), QStringLiteral("council.unknown"),
             tr("Council %1 is not a partner of %2.").arg(c.councilCode, ctx.agency->name)});
}

void validateMilestones(Problems& out, const Child& c, const ValidationContext& ctx)
{
    const ChildJourney& j = c.journey;
    for (const auto& dep : dependencies()) {
        const QDate date = j.date(dep.milestone);
        if (!date.isValid())
            continue;
        const QString field = milestoneLabel(dep.milestone);
        checkDate(out, field, date, c, ctx);
        if (dep.milestone != Milestone::EnteredCare)
            checkNotBefore(out, field, date, inSentence(Milestone::EnteredCare), j.enteredCare);
        for (Milestone earlier : dep.notBefore)
            if (earlier != Milestone::EnteredCare)
                checkNotBefore(out, field, date, inSentence(earlier), j.date(earlier));
        for (Milestone needed : dep.needs) {
            if (!j.date(needed).isValid())
                out.push_back(
                    {field, QStringLiteral("milestone.missing-dependency"),
                     tr("%1 is recorded but the %2 is missing.").arg(field, inSentence(needed))});
        }
    }

    const QString ep = tr("Early permanence placement");
    checkDate(out, ep, j.earlyPermanencePlaced, c, ctx);
    checkNotBefore(out, ep, j.earlyPermanencePlaced, inSentence(Milestone::EnteredCare),
                   j.enteredCare);
    if (j.earlyPermanencePlaced.isValid() && j.movedIn.isValid() &&
        j.earlyPermanencePlaced > j.movedIn)
        out.push_back({ep, QStringLiteral("milestone.after-moved-in"),
                       tr("%1 %2 is after the child moved in with adopters %3.")
                           .arg(ep, formatDate(j.earlyPermanencePlaced), formatDate(j.movedIn))});

    const QString carers = tr("Moved in with foster carers");
    if (j.fosterCarerAdoption && !j.movedInWithCarers.isValid())
        out.push_back({carers, QStringLiteral("required"),
                       tr("A foster-carer adoption needs the date the child moved in with those "
                          "carers.")});
    if (!j.fosterCarerAdoption && j.movedInWithCarers.isValid())
        out.push_back({carers, QStringLiteral("foster-carer.not-flagged"),
                       tr("%1 is only recorded for a foster-carer adoption.").arg(carers)});
    checkDate(out, carers, j.movedInWithCarers, c, ctx);
    checkNotBefore(out, carers, j.movedInWithCarers, inSentence(Milestone::EnteredCare),
                   j.enteredCare);
    if (j.movedInWithCarers.isValid() && j.movedIn.isValid() && j.movedInWithCarers > j.movedIn)
        out.push_back({carers, QStringLiteral("milestone.after-moved-in"),
                       tr("%1 %2 is after the placement with them became an adoptive placement %3.")
                           .arg(carers, formatDate(j.movedInWithCarers), formatDate(j.movedIn))});
}

void validateEndings(Problems& out, const Child& c, const ValidationContext& ctx)
{
    const QDate decision = c.journey.agencyDecision;
    const QString planField = tr("Plan changed");
    if (c.planChange.date.isValid()) {
        checkDate(out, planField, c.planChange.date, c, ctx);
        checkNotBefore(out, planField, c.planChange.date, inSentence(Milestone::AgencyDecision),
                       decision);
        if (!decision.isValid())
            out.push_back({planField, QStringLiteral("milestone.missing-dependency"),
                           tr("A plan change is recorded but there is no agency decision.")});
        if (c.planChange.reason.trimmed().isEmpty())
            out.push_back({tr("Plan change reason"), QStringLiteral("required"),
                           tr("Say why the plan changed away from adoption.")});
        if (c.journey.adoptionOrder.isValid())
            out.push_back({planField, QStringLiteral("plan-change.after-adoption"),
                           tr("A child with an adoption order cannot also have a plan change away "
                              "from adoption.")});
    } else if (!c.planChange.reason.trimmed().isEmpty()) {
        out.push_back({planField, QStringLiteral("required"),
                       tr("Plan change reason is given without the date the plan changed.")});
    }

    const QString stopField = tr("Family finding stopped");
    if (c.familyFindingStop.date.isValid()) {
        checkDate(out, stopField, c.familyFindingStop.date, c, ctx);
        checkNotBefore(out, stopField, c.familyFindingStop.date,
                       inSentence(Milestone::AgencyDecision), decision);
        if (!decision.isValid())
            out.push_back({stopField, QStringLiteral("milestone.missing-dependency"),
                           tr("Family finding is recorded as stopped but there is no agency "
                              "decision.")});
        if (c.familyFindingStop.reason.trimmed().isEmpty())
            out.push_back({tr("Family finding stopped reason"), QStringLiteral("required"),
                           tr("Say why family finding stopped.")});
    } else if (!c.familyFindingStop.reason.trimmed().isEmpty()) {
        out.push_back({stopField, QStringLiteral("required"),
                       tr("A reason for stopping family finding is given without a date.")});
    }
}

} // namespace

const QStringList& needCategories()
{
    static const QStringList categories = {
        tr("Physical disability"),
        tr("Learning disability"),
        tr("Global developmental delay"),
        tr("Developmental uncertainty"),
        tr("Autism or other neurodevelopmental condition"),
        tr("Sensory impairment"),
        tr("Foetal alcohol spectrum disorder"),
        tr("Prenatal drug exposure"),
        tr("Medical condition"),
        tr("Emotional and behavioural needs"),
        tr("Family history of mental illness"),
    };
    return categories;
}

const QList<Milestone>& allMilestones()
{
    using M = Milestone;
    static const QList<Milestone> all = {
        M::EnteredCare,   M::AgencyDecision, M::PlacementOrder, M::FamilyFindingStarted, M::Linked,
        M::MatchingPanel, M::MatchDecision,  M::MovedIn,        M::AdoptionOrder};
    return all;
}

QString milestoneLabel(Milestone m)
{
    switch (m) {
    case Milestone::EnteredCare:
        return tr("Entered care");
    case Milestone::AgencyDecision:
        return tr("Agency decision");
    case Milestone::PlacementOrder:
        return tr("Placement order");
    case Milestone::FamilyFindingStarted:
        return tr("Family finding started");
    case Milestone::Linked:
        return tr("Link");
    case Milestone::MatchingPanel:
        return tr("Matching panel");
    case Milestone::MatchDecision:
        return tr("Match decision");
    case Milestone::MovedIn:
        return tr("Moved in");
    case Milestone::AdoptionOrder:
        return tr("Adoption order");
    }
    return {};
}

QDate ChildJourney::date(Milestone m) const
{
    switch (m) {
    case Milestone::EnteredCare:
        return enteredCare;
    case Milestone::AgencyDecision:
        return agencyDecision;
    case Milestone::PlacementOrder:
        return placementOrder;
    case Milestone::FamilyFindingStarted:
        return familyFindingStarted;
    case Milestone::Linked:
        return linked;
    case Milestone::MatchingPanel:
        return matchingPanel;
    case Milestone::MatchDecision:
        return matchDecision;
    case Milestone::MovedIn:
        return movedIn;
    case Milestone::AdoptionOrder:
        return adoptionOrder;
    }
    return {};
}

void ChildJourney::setDate(Milestone m, QDate d)
{
    switch (m) {
    case Milestone::EnteredCare:
        enteredCare = d;
        break;
    case Milestone::AgencyDecision:
        agencyDecision = d;
        break;
    case Milestone::PlacementOrder:
        placementOrder = d;
        break;
    case Milestone::FamilyFindingStarted:
        familyFindingStarted = d;
        break;
    case Milestone::Linked:
        linked = d;
        break;
    case Milestone::MatchingPanel:
        matchingPanel = d;
        break;
    case Milestone::MatchDecision:
        matchDecision = d;
        break;
    case Milestone::MovedIn:
        movedIn = d;
        break;
    case Milestone::AdoptionOrder:
        adoptionOrder = d;
        break;
    }
}

QString Child::displayName() const
{
    const QString first = preferredName.trimmed().isEmpty() ? forename : preferredName;
    return QString(first + QLatin1Char(' ') + surname).trimmed();
}

namespace {
void validateProfile(Problems& out, const Child& c)
{
    for (const auto& need : c.healthNeeds)
        if (!needCategories().contains(need))
            out.push_back(
                {tr("Health needs"), QStringLiteral("needs.unknown-category"),
                 tr("Health need \"%1\" is not one of the recorded categories.").arg(need)});
    for (qsizetype i = 0; i < c.contactPlans.size(); ++i)
        if (c.contactPlans.at(i).withWhom.trimmed().isEmpty())
            out.push_back({tr("Contact plans"), QStringLiteral("required"),
                           tr("Contact plan %1 does not say who the contact is with.").arg(i + 1)});
    for (qsizetype i = 0; i < c.pastPlacements.size(); ++i) {
        const PastPlacement& p = c.pastPlacements.at(i);
        const QString field = tr("Past placement %1").arg(i + 1);
        if (!p.movedIn.isValid() || !p.ended.isValid() || p.ended < p.movedIn)
            out.push_back(
                {field, QStringLiteral("placement.dates"),
                 tr("%1 needs the date the child moved in and a later date it ended.").arg(field)});
        if (p.reason.trimmed().isEmpty())
            out.push_back(
                {field, QStringLiteral("required"), tr("Say why %1 ended.").arg(field.toLower())});
        if (c.journey.movedIn.isValid() && p.ended.isValid() && c.journey.movedIn < p.ended)
            out.push_back({field, QStringLiteral("placement.overlap"),
                           tr("%1 ended %2, after the current move-in %3.")
                               .arg(field, formatDate(p.ended), formatDate(c.journey.movedIn))});
    }
}

} // namespace

Problems validate(const Child& child, const ValidationContext& context)
{
    Problems problems;
    validateIdentity(problems, child, context);
    validateProfile(problems, child);
    validateMilestones(problems, child, context);
    validateEndings(problems, child, context);
    return problems;
}

} // namespace permanence::domain
