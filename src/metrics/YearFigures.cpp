#include "metrics/YearFigures.h"

namespace permanence::metrics {

MeasureFigures measureFigures(const std::vector<domain::Child>& children, Measure m,
                              domain::ReportingYear year, const Scope& scope)
{
    MeasureFigures out;
    out.measure = m;
    for (int back = 2; back >= 0; --back) {
        const domain::ReportingYear y{year.startYear - back};
        out.yearTrend.push_back(indicator(children, m, Period::year(y), scope));
        out.threeYearTrend.push_back(indicator(children, m, Period::threeYears(y), scope));
    }
    out.year = out.yearTrend.back();
    out.threeYear = out.threeYearTrend.back();
    return out;
}

namespace {

ScopeFigures scopeFigures(const std::vector<domain::Child>& children,
                          const std::vector<domain::AdopterHousehold>& households,
                          domain::ReportingYear year, const Scope& scope, const QString& name)
{
    ScopeFigures out;
    out.scope = scope;
    out.name = name;
    out.a10 = measureFigures(children, Measure::A10, year, scope);
    out.a2 = measureFigures(children, Measure::A2, year, scope);
    out.children = childrenFigures(children, households, year, scope);
    return out;
}

} // namespace

AgencyFigures agencyFigures(const domain::Agency& agency,
                            const std::vector<domain::Child>& children,
                            const std::vector<domain::AdopterHousehold>& households,
                            domain::ReportingYear year)
{
    AgencyFigures out;
    out.year = year;
    out.agency = scopeFigures(children, households, year, Scope::agency(), agency.name);
    for (const domain::Council& c : agency.councils)
        out.councils.push_back(
            scopeFigures(children, households, year, Scope::council(c.code), c.name));
    return out;
}

} // namespace permanence::metrics
