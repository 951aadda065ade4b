#pragma once

#include "domain/AdopterHousehold.h"
#include "domain/AnnualReportInputs.h"
#include "domain/Child.h"
#include "domain/Result.h"
#include "domain/Training.h"
#include "metrics/MeasureSettings.h"

#include <QJsonObject>
#include <vector>

namespace permanence::services {

class Workspace;

/// The records every agency-wide figure is computed from, read once as the workspace's actor.
/// Archived children are left out (as from every list); archived households are kept, because
/// a household archived after its adoption still tells where a placed child's adopters came from.
struct FigureRecords
{
    std::vector<domain::Child> children;
    std::vector<domain::AdopterHousehold> households;
    std::vector<domain::TrainingEvent> trainingEvents;
};

/// The statutory measures' inputs: the records, the targets and England averages the agency
/// keeps in its settings, and the figures and words a manager enters for each annual report.
class Measures
{
public:
    explicit Measures(Workspace& workspace) : m_ws(workspace) {}

    static constexpr const char* settingsKey = "measures.settings";
    /// "annualReport.2023" for the 2023-24 report.
    [[nodiscard]] static QString reportInputsKey(domain::ReportingYear year);

    [[nodiscard]] domain::Result<FigureRecords> records() const;

    /// The saved targets and England averages, or 003's defaults when none are saved.
    [[nodiscard]] domain::Result<metrics::MeasureSettings> settings() const;
    [[nodiscard]] domain::Status saveSettings(const metrics::MeasureSettings& settings);

    /// What a manager entered for the year's report; empty inputs for that year if nothing yet.
    [[nodiscard]] domain::Result<domain::AnnualReportInputs>
    reportInputs(domain::ReportingYear year) const;
    /// Validated first (every problem at once); saved as one audited write.
    [[nodiscard]] domain::Status saveReportInputs(const domain::AnnualReportInputs& inputs);

    [[nodiscard]] static QJsonObject toJson(const domain::AnnualReportInputs& inputs);
    [[nodiscard]] static domain::AnnualReportInputs reportInputsFromJson(domain::ReportingYear year,
                                                                         const QJsonObject& json);

private:
    Workspace& m_ws;
};

} // namespace permanence::services
