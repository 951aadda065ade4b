#include "reports/WorkspaceReports.h"

#include "services/Measures.h"
#include "services/Workspace.h"

namespace permanence::reports {

domain::Result<AnnualReportSource> annualReportSource(services::Workspace& workspace,
                                                      domain::ReportingYear year)
{
    services::Measures measures(workspace);
    auto records = measures.records();
    if (!records)
        return domain::fail(records.error());
    auto settings = measures.settings();
    if (!settings)
        return domain::fail(settings.error());
    auto inputs = measures.reportInputs(year);
    if (!inputs)
        return domain::fail(inputs.error());
    auto previous = measures.reportInputs(domain::ReportingYear{year.startYear - 1});
    if (!previous)
        return domain::fail(previous.error());

    AnnualReportSource source;
    source.agency = workspace.agency();
    source.year = year;
    source.children = std::move(records->children);
    source.households = std::move(records->households);
    source.trainingEvents = std::move(records->trainingEvents);
    source.settings = *settings;
    source.inputs = std::move(*inputs);
    source.previousInputs = std::move(*previous);
    source.producedOn = workspace.clock().today();
    return source;
}

} // namespace permanence::reports
