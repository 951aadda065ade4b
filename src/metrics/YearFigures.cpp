#include "metrics/YearFigures.h"

namespace permanence::metrics {

namespace {

template <typename List>
MeasureFigures figuresOf(const List& children, Measure m, domain::ReportingYear year,
                         const Scope& scope)
{
    MeasureFigures out;
    out.measure = m;
    // The oldest period of the trend is the 3-year one ending two years back.
    const std::vector<MeasuredChild> measured = measuredChildren(
        children, m, Period::threeYears({year.startYear - 2}).start(), year.end(), scope);
    for (int back = 2; back >= 0; --back) {
        const domain::ReportingYear y{year.startYear - back};
        out.yearTrend.push_back(indicator(measured, m, Period::year(y), scope));
        out.threeYearTrend.push_back(indicator(measured, m, Period::threeYears(y), scope));
    }
    out.year = out.yearTrend.back();
    out.threeYear = out.threeYearTrend.back();
    return out;
}

template <typename List>
ScopeFigures scopeFigures(const List& children, const AdopterSources& sources,
                          domain::ReportingYear year, const Scope& scope, const QString& name)
{
    ScopeFigures out;
    out.scope = scope;
    out.name = name;
    out.a10 = figuresOf(children, Measure::A10, year, scope);
    out.a2 = figuresOf(children, Measure::A2, year, scope);
    out.children = childrenFigures(children, sources, year, scope);
    return out;
}

} // namespace

MeasureFigures measureFigures(const std::vector<domain::Child>& children, Measure m,
                              domain::ReportingYear year, const Scope& scope)
{
    return figuresOf(children, m, year, scope);
}

QHash<QString, ChildPointers> childrenByCouncil(const std::vector<domain::Child>& children)
{
    QHash<QString, ChildPointers> out;
    for (const domain::Child& c : children)
        if (!c.archived)
            out[c.councilCode].push_back(&c);
    return out;
}

AgencyFigures agencyFigures(const domain::Agency& agency,
                            const std::vector<domain::Child>& children,
                            const std::vector<domain::AdopterHousehold>& households,
                            domain::ReportingYear year)
{
    AgencyFigures out;
    out.year = year;
    const AdopterSources sources = adopterSources(households);
    out.agency = scopeFigures(children, sources, year, Scope::agency(), agency.name);
    const QHash<QString, ChildPointers> byCouncil = childrenByCouncil(children);
    const ChildPointers none;
    for (const domain::Council& c : agency.councils) {
        const auto found = byCouncil.constFind(c.code);
        out.councils.push_back(scopeFigures(found == byCouncil.cend() ? none : *found, sources,
                                            year, Scope::council(c.code), c.name));
    }
    return out;
}

} // namespace permanence::metrics
