#pragma once

#include "domain/AdopterHousehold.h"
#include "domain/Agency.h"
#include "domain/Child.h"
#include "metrics/ChildrenFigures.h"
#include "metrics/Timeliness.h"

#include <QHash>
#include <vector>

namespace permanence::metrics {

/// One indicator as 003 §3.6 reports it: the year, the pooled 3-year figure, and the trend
/// tables (each of the last three years, and each of the last three 3-year periods).
struct MeasureFigures
{
    Measure measure = Measure::A10;
    Indicator year;
    Indicator threeYear;
    std::vector<Indicator> yearTrend;      ///< years last-2, last-1, last (oldest first)
    std::vector<Indicator> threeYearTrend; ///< 3-year periods ending in those years
    bool operator==(const MeasureFigures&) const = default;
};

[[nodiscard]] MeasureFigures measureFigures(const std::vector<domain::Child>& children, Measure m,
                                            domain::ReportingYear year, const Scope& scope);

/// Everything the dashboard shows for one scope: the headline indicators and the 003 §3
/// figures about children for the year.
struct ScopeFigures
{
    Scope scope;
    QString name; ///< the council's name, or the agency's
    MeasureFigures a10;
    MeasureFigures a2;
    ChildrenFigures children;
    bool operator==(const ScopeFigures&) const = default;
};

/// The agency's figures for a reporting year: pooled over the whole agency and per partner
/// council, in the agency's council order. The dashboard, the annual report and
/// `permanence measures` all come from these same functions, so their numbers agree.
struct AgencyFigures
{
    domain::ReportingYear year;
    ScopeFigures agency;
    std::vector<ScopeFigures> councils;
    bool operator==(const AgencyFigures&) const = default;
};

/// Each council's non-archived children, keyed by council code. A national agency has 150
/// councils: computing each council's figures over its own children looks at every child once,
/// where filtering the whole list per council would look at it 150 times.
/// The pointers point into `children`, which must outlive the result.
[[nodiscard]] QHash<QString, ChildPointers>
childrenByCouncil(const std::vector<domain::Child>& children);

[[nodiscard]] AgencyFigures agencyFigures(const domain::Agency& agency,
                                          const std::vector<domain::Child>& children,
                                          const std::vector<domain::AdopterHousehold>& households,
                                          domain::ReportingYear year);

} // namespace permanence::metrics
