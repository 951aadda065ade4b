#pragma once

#include "domain/Dates.h"

#include <QDate>
#include <QString>

namespace permanence::metrics {

/// The two periods every indicator is reported for (measures.md §1.2, 003 §3.6).
enum class PeriodKind
{
    Year,      ///< one reporting year, 1 April – 31 March
    ThreeYear, ///< the three reporting years ending with the named one, pooled over children
};

/// A reporting period named by its last reporting year: Period{ThreeYear, 2023} is
/// 1 Apr 2021 – 31 Mar 2024 ("2021-24"), Period{Year, 2023} is 2023-24.
struct Period
{
    PeriodKind kind = PeriodKind::Year;
    domain::ReportingYear last;

    [[nodiscard]] static Period year(domain::ReportingYear y) { return {PeriodKind::Year, y}; }
    [[nodiscard]] static Period threeYears(domain::ReportingYear lastYear)
    {
        return {PeriodKind::ThreeYear, lastYear};
    }

    [[nodiscard]] QDate start() const
    {
        return kind == PeriodKind::Year ? last.start()
                                        : domain::ReportingYear{last.startYear - 2}.start();
    }
    [[nodiscard]] QDate end() const { return last.end(); }
    /// Both ends count: an order made on 1 April or on 31 March belongs to the period.
    [[nodiscard]] bool contains(QDate date) const
    {
        return date.isValid() && date >= start() && date <= end();
    }
    /// "2023-24" for a year; "2021-24" for three years, as 003 heads its tables.
    [[nodiscard]] QString label() const
    {
        if (kind == PeriodKind::Year)
            return last.label();
        return QStringLiteral("%1-%2")
            .arg(last.startYear - 2)
            .arg((last.startYear + 1) % 100, 2, 10, QLatin1Char('0'));
    }

    bool operator==(const Period&) const = default;
};

} // namespace permanence::metrics
