#include "domain/AnnualReportInputs.h"

#include <QCoreApplication>
#include <algorithm>

namespace permanence::domain {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AnnualReportInputs", text);
}

void checkCounts(const QMap<QString, int>& counts, const QString& field, const Agency& agency,
                 Problems& problems)
{
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (!agency.council(it.key()))
            problems.push_back({field, QStringLiteral("report.unknown-council"),
                                tr("%1: '%2' is not a partner council.").arg(field, it.key())});
        else if (it.value() < 0)
            problems.push_back({field, QStringLiteral("report.negative"),
                                tr("%1 for %2 is %3; a number of children cannot be below 0.")
                                    .arg(field, agency.council(it.key())->name)
                                    .arg(it.value())});
    }
}

} // namespace

const QStringList& financeTables()
{
    static const QStringList tables = {
        QStringLiteral("Central Permanency Hub"),
        QStringLiteral("Locality Permanency Hubs"),
        QStringLiteral("Inter-agency expenditure"),
        QStringLiteral("Inter-agency income"),
    };
    return tables;
}

const std::vector<ReportSection>& annualReportSections()
{
    static const std::vector<ReportSection> sections = {
        {QStringLiteral("introduction"), QStringLiteral("Introduction")},
        {QStringLiteral("partnership"), QStringLiteral("1 Partnership arrangement")},
        {QStringLiteral("recruitment"), QStringLiteral("2.1–2.2 Recruitment and referrals")},
        {QStringLiteral("assessment"), QStringLiteral("2.3 Assessment and approval of adopters")},
        {QStringLiteral("training"), QStringLiteral("2.4 Adopter training")},
        {QStringLiteral("nonAgency"), QStringLiteral("2.5 Non-agency adoption")},
        {QStringLiteral("childrenInCare"), QStringLiteral("3.1 Children in care trends")},
        {QStringLiteral("decisions"), QStringLiteral("3.2 Agency decisions and placement orders")},
        {QStringLiteral("placements"), QStringLiteral("3.3–3.4 Children placed and where")},
        {QStringLiteral("earlyPermanence"), QStringLiteral("3.5 Early permanence")},
        {QStringLiteral("timescales"), QStringLiteral("3.6 Timescales (A10 and A2)")},
        {QStringLiteral("adopted"), QStringLiteral("3.7 Children adopted")},
        {QStringLiteral("familyFinding"), QStringLiteral("3.8 Family finding activity")},
        {QStringLiteral("planSnapshot"), QStringLiteral("3.9 Children with a plan of adoption")},
        {QStringLiteral("disruptions"), QStringLiteral("3.10 Placement disruptions")},
        {QStringLiteral("panels"), QStringLiteral("4 Adoption panel activity")},
        {QStringLiteral("support"), QStringLiteral("4 Adoption support")},
        {QStringLiteral("finance"), QStringLiteral("5 Financial information")},
        {QStringLiteral("achievements"), QStringLiteral("6 Key achievements")},
        {QStringLiteral("priorities"), QStringLiteral("7 Key priorities")},
    };
    return sections;
}

Problems validate(const AnnualReportInputs& inputs, const Agency& agency, QDate today)
{
    Problems problems;
    if (inputs.year.startYear < 2000 || inputs.year.startYear > 2100)
        problems.push_back({tr("Reporting year"), QStringLiteral("report.year"),
                            tr("Reporting year: %1 is not a year the report can cover.")
                                .arg(inputs.year.startYear)});
    checkCounts(inputs.childrenInCare, tr("Children in care"), agency, problems);
    checkCounts(inputs.childrenInCareUnder6, tr("Children in care aged 0–5"), agency, problems);
    for (auto it = inputs.childrenInCareUnder6.constBegin();
         it != inputs.childrenInCareUnder6.constEnd(); ++it) {
        const auto all = inputs.childrenInCare.constFind(it.key());
        if (all != inputs.childrenInCare.constEnd() && it.value() > all.value() &&
            agency.council(it.key()))
            problems.push_back(
                {tr("Children in care aged 0–5"), QStringLiteral("report.part-above-whole"),
                 tr("Children in care aged 0–5 for %1 (%2) is more than all its children in "
                    "care (%3).")
                     .arg(agency.council(it.key())->name)
                     .arg(it.value())
                     .arg(all.value())});
    }
    int row = 0;
    for (const FinanceLine& f : inputs.finance) {
        ++row;
        if (f.line.trimmed().isEmpty())
            problems.push_back({tr("Finance"), QStringLiteral("report.finance-line"),
                                tr("Finance line %1 has no heading.").arg(row)});
        if (!financeTables().contains(f.table))
            problems.push_back({tr("Finance"), QStringLiteral("report.finance-table"),
                                tr("Finance line %1: '%2' is not one of the report's tables.")
                                    .arg(row)
                                    .arg(f.table)});
    }
    for (auto it = inputs.narrative.constBegin(); it != inputs.narrative.constEnd(); ++it) {
        const auto& sections = annualReportSections();
        if (std::none_of(sections.cbegin(), sections.cend(),
                         [&](const ReportSection& s) { return s.key == it.key(); }))
            problems.push_back(
                {tr("Narrative"), QStringLiteral("report.section"),
                 tr("Narrative: '%1' is not a section of the report.").arg(it.key())});
    }
    if (inputs.signedOn.isValid() && inputs.signedOn > today)
        problems.push_back({tr("Signed on"), QStringLiteral("report.future"),
                            tr("Signed on %1 is in the future.").arg(formatDate(inputs.signedOn))});
    return problems;
}

} // namespace permanence::domain
