#pragma once

#include "domain/Agency.h"
#include "domain/Dates.h"
#include "domain/Problem.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace permanence::domain {

/// One line of a budget table in 003 §5 ("Central Permanency Hub", "Staffordshire" under
/// inter-agency expenditure). The variance is derived, never typed.
struct FinanceLine
{
    QString table; ///< which table the line belongs to, one of financeTables()
    QString line;  ///< the row heading
    double budget = 0;
    double outturn = 0;

    [[nodiscard]] double variance() const { return outturn - budget; }
    bool operator==(const FinanceLine&) const = default;
};

/// The tables of 003 §5, in the order the report prints them.
[[nodiscard]] const QStringList& financeTables();

/// The sections of the annual report a manager writes the words for, in report order, with the
/// heading each is printed under. Keys are stable (saved with the text).
struct ReportSection
{
    QString key;
    QString heading;
};
[[nodiscard]] const std::vector<ReportSection>& annualReportSections();

/// What the annual report needs that no case record holds (issue 7: "figures the system cannot
/// hold … are entered by a manager per year and stored"): the councils' children-in-care totals
/// on 31 March, the budget tables, and the narrative paragraphs a manager typed for each
/// section. Everything else in the report is computed from the records.
struct AnnualReportInputs
{
    ReportingYear year;
    QMap<QString, int> childrenInCare;       ///< council code → all children in care on 31 March
    QMap<QString, int> childrenInCareUnder6; ///< council code → those aged 0–5
    std::vector<FinanceLine> finance;
    QMap<QString, QString> narrative; ///< section key → paragraphs (blank line between them)
    QString author;                   ///< "produced by", as printed on the cover
    QDate signedOn;

    [[nodiscard]] QString text(const QString& sectionKey) const
    {
        return narrative.value(sectionKey);
    }
    bool operator==(const AnnualReportInputs&) const = default;
};

/// Every problem at once: counts below 0, councils that are not partners, finance lines with no
/// heading or an unknown table, narrative for an unknown section, a signing date in the future.
[[nodiscard]] Problems validate(const AnnualReportInputs& inputs, const Agency& agency,
                                QDate today);

} // namespace permanence::domain
