#pragma once

#include "domain/AdopterHousehold.h"
#include "domain/Agency.h"
#include "domain/Child.h"
#include "domain/Result.h"
#include "metrics/ChildrenFigures.h"
#include "metrics/MeasureSettings.h"
#include "metrics/Timeliness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <vector>

namespace permanence::metrics {

/// The machine-readable form of every measure (issue 7, "Machine-readable output"): the same
/// functions feed the dashboard and the annual report, so the numbers always agree. Dates are
/// ISO 8601; a figure with no children is null (never 0); exact means are kept unrounded next
/// to the rounded value (README: "keep the exact mean in machine-readable output").

/// {"count": n, "children": [id, …]}
[[nodiscard]] QJsonObject toJson(const ChildSet& set);

/// An indicator with its benchmarks: period, value, exactMean, n, totalDays, target,
/// againstTarget, englandAverage, againstEnglandAverage, children [{id, reference, council,
/// adoptionOrder, days}] and excluded [{…, reason}].
[[nodiscard]] QJsonObject toJson(const Indicator& indicator, const MeasureSettings& settings);
[[nodiscard]] QJsonObject toJson(const A3Indicator& indicator);
[[nodiscard]] QJsonObject toJson(const ChildrenFigures& figures);

/// Targets, England averages (keyed by reporting year label, "2023-24") and the A3 rule: the
/// form the agency's settings are saved in, and printed under "settings".
[[nodiscard]] QJsonObject toJson(const MeasureSettings& settings);
/// The saved form back; a measure not saved keeps its default. Every bad entry is a problem
/// naming the setting.
[[nodiscard]] domain::Result<MeasureSettings> measureSettingsFromJson(const QJsonObject& json);

/// What to print: the agency's figures for a reporting year, pooled and per council, or for
/// one council only when `councilCode` is set.
struct MeasuresRequest
{
    domain::ReportingYear year;
    QString councilCode; ///< empty: the agency total and every council
    MeasureSettings settings = MeasureSettings::defaults();
};

/// {"schema", "agency", "year", "threeYear", "definitions", "settings",
///  "total": scope (absent with a council filter), "councils": {CODE: scope, …}}, where a scope
/// holds a1/a10/a2 {year, threeYear, trend}, a3 {year, threeYear} and the 003 §3 figures.
[[nodiscard]] QJsonObject measuresJson(const domain::Agency& agency,
                                       const std::vector<domain::Child>& children,
                                       const std::vector<domain::AdopterHousehold>& households,
                                       const MeasuresRequest& request);

} // namespace permanence::metrics
