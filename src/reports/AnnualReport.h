#pragma once

#include "domain/AdopterHousehold.h"
#include "domain/Agency.h"
#include "domain/AnnualReportInputs.h"
#include "domain/Child.h"
#include "domain/Result.h"
#include "domain/Training.h"
#include "metrics/MeasureSettings.h"

#include <QImage>
#include <QMap>
#include <QString>
#include <vector>

namespace permanence::reports {

/// Everything the annual report is made from: the records, the agency's targets and England
/// averages, and what a manager entered for this year and the one before (for the
/// "last year / this year" columns).
struct AnnualReportSource
{
    domain::Agency agency;
    domain::ReportingYear year;
    std::vector<domain::Child> children;
    std::vector<domain::AdopterHousehold> households;
    std::vector<domain::TrainingEvent> trainingEvents;
    metrics::MeasureSettings settings = metrics::MeasureSettings::defaults();
    domain::AnnualReportInputs inputs;
    domain::AnnualReportInputs previousInputs;
    QDate producedOn; ///< printed on the cover when the manager has not signed it
};

/// The statutory annual report (issue 7), following 003 section by section: every table and
/// chart is computed with the same metrics functions as the dashboard and `permanence
/// measures`, and the words are the manager's. Built once; written as HTML or PDF.
class AnnualReport
{
public:
    explicit AnnualReport(const AnnualReportSource& source);

    /// A self-contained HTML document (charts embedded as PNG data).
    [[nodiscard]] QString html() const;
    [[nodiscard]] domain::Status writeHtml(const QString& path) const;
    /// A4 PDF with page numbers. Needs a QGuiApplication (any platform, offscreen included).
    [[nodiscard]] domain::Status writePdf(const QString& path) const;

    /// The charts by name, as the HTML refers to them ("chart-decisions").
    [[nodiscard]] const QMap<QString, QImage>& charts() const { return m_charts; }
    /// The HTML with charts referred to by name, for a QTextDocument given the images as
    /// resources.
    [[nodiscard]] const QString& body() const { return m_body; }

private:
    QString m_title;
    QString m_body;
    QMap<QString, QImage> m_charts;
};

} // namespace permanence::reports
