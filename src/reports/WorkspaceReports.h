#pragma once

#include "domain/Result.h"
#include "reports/AnnualReport.h"

namespace permanence::services {
class Workspace;
}

namespace permanence::reports {

/// Gathers the annual report's source from an open workspace, as its actor: the records, the
/// saved targets and England averages, and the manager's entries for the year and the one
/// before. The GUI and `permanence report annual` both come through here.
[[nodiscard]] domain::Result<AnnualReportSource> annualReportSource(services::Workspace& workspace,
                                                                    domain::ReportingYear year);

} // namespace permanence::reports
