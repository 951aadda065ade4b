#include "exchange/ChildCsvColumns.h"

#include "domain/Dates.h"

#include <QCoreApplication>
#include <QHash>

namespace permanence::exchange {

using domain::Child;
using domain::Milestone;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ChildCsvImport", text);
}

/// The domain's own label, so the mapping follows any translation of the validation messages.
QString childField(const char* label)
{
    return QCoreApplication::translate("Child", label);
}

std::optional<QString> readDate(const QString& cell, QDate& target)
{
    if (cell.isEmpty()) {
        target = QDate();
        return std::nullopt;
    }
    const auto date = domain::parseDate(cell);
    if (!date)
        return tr("not a date (use YYYY-MM-DD or DD/MM/YYYY)");
    target = *date;
    return std::nullopt;
}

std::optional<QString> readFlag(const QString& cell, bool& target)
{
    const QString c = cell.toLower();
    if (c.isEmpty() || c == QLatin1String("no") || c == QLatin1String("n") ||
        c == QLatin1String("false") || c == QLatin1String("0")) {
        target = false;
        return std::nullopt;
    }
    if (c == QLatin1String("yes") || c == QLatin1String("y") || c == QLatin1String("true") ||
        c == QLatin1String("1")) {
        target = true;
        return std::nullopt;
    }
    return tr("not yes or no");
}

std::optional<QString> readMilestone(const QString& cell, Child& child, Milestone milestone)
{
    QDate date;
    if (auto problem = readDate(cell, date))
        return problem;
    child.journey.setDate(milestone, date);
    return std::nullopt;
}

} // namespace

const std::vector<ChildColumnSpec>& childColumns()
{
    using C = ChildColumn;
    static const std::vector<ChildColumnSpec> columns = {
        {C::Reference, QStringLiteral("reference"), true},
        {C::Council, QStringLiteral("council"), true},
        {C::Forename, QStringLiteral("forename"), true},
        {C::Surname, QStringLiteral("surname"), true},
        {C::PreferredName, QStringLiteral("preferred_name")},
        {C::DateOfBirth, QStringLiteral("date_of_birth"), true},
        {C::Sex, QStringLiteral("sex"), true},
        {C::Ethnicity, QStringLiteral("ethnicity"), true},
        {C::Religion, QStringLiteral("religion")},
        {C::FirstLanguage, QStringLiteral("first_language")},
        {C::SiblingGroup, QStringLiteral("sibling_group")},
        {C::EnteredCare, QStringLiteral("entered_care")},
        {C::AgencyDecision, QStringLiteral("agency_decision")},
        {C::PlacementOrder, QStringLiteral("placement_order")},
        {C::Authority, QStringLiteral("authority")},
        {C::FamilyFindingStarted, QStringLiteral("family_finding_started")},
        {C::Linked, QStringLiteral("linked")},
        {C::MatchingPanel, QStringLiteral("matching_panel")},
        {C::MatchDecision, QStringLiteral("match_decision")},
        {C::MovedIn, QStringLiteral("moved_in")},
        {C::AdoptionOrder, QStringLiteral("adoption_order")},
        {C::EarlyPermanencePlaced, QStringLiteral("early_permanence_placed")},
        {C::FosterCarerAdoption, QStringLiteral("foster_carer_adoption")},
        {C::MovedInWithCarers, QStringLiteral("moved_in_with_carers")},
        {C::PlanChanged, QStringLiteral("plan_changed")},
        {C::PlanChangeReason, QStringLiteral("plan_change_reason")},
        {C::NewPlan, QStringLiteral("new_plan")},
        {C::FamilyFindingStopped, QStringLiteral("family_finding_stopped")},
        {C::FamilyFindingStoppedReason, QStringLiteral("family_finding_stopped_reason")},
        {C::Disability, QStringLiteral("disability")},
    };
    return columns;
}

QString columnName(ChildColumn column)
{
    return childColumns().at(static_cast<std::size_t>(column)).name;
}

std::optional<ChildColumn> columnNamed(const QString& header)
{
    const QString name = header.trimmed().toLower();
    for (const auto& spec : childColumns())
        if (spec.name == name)
            return spec.column;
    return std::nullopt;
}

std::optional<QString> readCell(ChildColumn column, const QString& cell, Child& child)
{
    using C = ChildColumn;
    switch (column) {
    case C::Reference:
        child.reference = cell;
        return std::nullopt;
    case C::Council:
        child.councilCode = cell;
        return std::nullopt;
    case C::Forename:
        child.forename = cell;
        return std::nullopt;
    case C::Surname:
        child.surname = cell;
        return std::nullopt;
    case C::PreferredName:
        child.preferredName = cell;
        return std::nullopt;
    case C::DateOfBirth:
        return readDate(cell, child.dateOfBirth);
    case C::Sex:
        child.sex = domain::sexFromCode(cell);
        if (!cell.isEmpty() && !child.sex)
            return tr("not a sex (use M or F)");
        return std::nullopt;
    case C::Ethnicity:
        // DfE codes are upper case; spreadsheets are not always.
        child.ethnicity = cell.toUpper();
        return std::nullopt;
    case C::Religion:
        child.religion = cell;
        return std::nullopt;
    case C::FirstLanguage:
        child.firstLanguage = cell;
        return std::nullopt;
    case C::SiblingGroup:
        child.siblingGroup = cell;
        return std::nullopt;
    case C::EnteredCare:
        return readMilestone(cell, child, Milestone::EnteredCare);
    case C::AgencyDecision:
        return readMilestone(cell, child, Milestone::AgencyDecision);
    case C::PlacementOrder:
        return readMilestone(cell, child, Milestone::PlacementOrder);
    case C::Authority: {
        const QString a = cell.toLower();
        if (a.isEmpty() || a == QLatin1String("order"))
            child.journey.authority = domain::PlacementAuthority::PlacementOrder;
        else if (a == QLatin1String("consent"))
            child.journey.authority = domain::PlacementAuthority::Consent;
        else
            return tr("not an authority (use order or consent)");
        return std::nullopt;
    }
    case C::FamilyFindingStarted:
        return readMilestone(cell, child, Milestone::FamilyFindingStarted);
    case C::Linked:
        return readMilestone(cell, child, Milestone::Linked);
    case C::MatchingPanel:
        return readMilestone(cell, child, Milestone::MatchingPanel);
    case C::MatchDecision:
        return readMilestone(cell, child, Milestone::MatchDecision);
    case C::MovedIn:
        return readMilestone(cell, child, Milestone::MovedIn);
    case C::AdoptionOrder:
        return readMilestone(cell, child, Milestone::AdoptionOrder);
    case C::EarlyPermanencePlaced:
        return readDate(cell, child.journey.earlyPermanencePlaced);
    case C::FosterCarerAdoption:
        return readFlag(cell, child.journey.fosterCarerAdoption);
    case C::MovedInWithCarers:
        return readDate(cell, child.journey.movedInWithCarers);
    case C::PlanChanged:
        return readDate(cell, child.planChange.date);
    case C::PlanChangeReason:
        child.planChange.reason = cell;
        return std::nullopt;
    case C::NewPlan:
        child.planChange.newPlan = cell;
        return std::nullopt;
    case C::FamilyFindingStopped:
        return readDate(cell, child.familyFindingStop.date);
    case C::FamilyFindingStoppedReason:
        child.familyFindingStop.reason = cell;
        return std::nullopt;
    case C::Disability:
        return readFlag(cell, child.disability);
    }
    return std::nullopt;
}

std::optional<ChildColumn> columnForField(const QString& field)
{
    using C = ChildColumn;
    static const QHash<QString, ChildColumn> columns = [] {
        QHash<QString, ChildColumn> map{
            {childField("Reference"), C::Reference},
            {childField("Forename"), C::Forename},
            {childField("Surname"), C::Surname},
            {childField("Date of birth"), C::DateOfBirth},
            {childField("Sex"), C::Sex},
            {childField("Ethnicity"), C::Ethnicity},
            {childField("Council"), C::Council},
            {childField("Early permanence placement"), C::EarlyPermanencePlaced},
            {childField("Moved in with foster carers"), C::MovedInWithCarers},
            {childField("Plan changed"), C::PlanChanged},
            {childField("Plan change reason"), C::PlanChangeReason},
            {childField("Family finding stopped"), C::FamilyFindingStopped},
            {childField("Family finding stopped reason"), C::FamilyFindingStoppedReason},
        };
        const std::pair<Milestone, ChildColumn> milestones[] = {
            {Milestone::EnteredCare, C::EnteredCare},
            {Milestone::AgencyDecision, C::AgencyDecision},
            {Milestone::PlacementOrder, C::PlacementOrder},
            {Milestone::FamilyFindingStarted, C::FamilyFindingStarted},
            {Milestone::Linked, C::Linked},
            {Milestone::MatchingPanel, C::MatchingPanel},
            {Milestone::MatchDecision, C::MatchDecision},
            {Milestone::MovedIn, C::MovedIn},
            {Milestone::AdoptionOrder, C::AdoptionOrder},
        };
        for (const auto& [milestone, column] : milestones)
            map.insert(domain::milestoneLabel(milestone), column);
        return map;
    }();
    const auto found = columns.constFind(field);
    if (found == columns.constEnd())
        return std::nullopt;
    return *found;
}

} // namespace permanence::exchange
