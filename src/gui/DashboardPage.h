#pragma once

#include "gui/CohortDialog.h"
#include "metrics/MeasureSettings.h"
#include "metrics/YearFigures.h"
#include "services/Measures.h"

#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class DashboardPage;
}

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QPushButton;
QT_END_NAMESPACE

namespace permanence::services {
class Workspace;
}

namespace permanence::presentation {
class UserPrompts;
}

namespace permanence::gui {

class WidgetPrompts;

/// The manager's dashboard (issue 7): A10 and A2 for the year and three years against target and
/// England average, their trend per council, placements by where the adopters came from and
/// early permanence per council. Every figure, point and bar opens the children behind it. The
/// numbers are the metrics functions', the same as the annual report and `permanence measures`.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget* parent = nullptr);
    ~DashboardPage() override;

    /// Not owned; nullptr empties the page.
    void setWorkspace(services::Workspace* workspace);
    /// Reads the records and settings again and recomputes.
    void refresh();
    void setYear(domain::ReportingYear year);
    /// Empty: the whole agency; otherwise one council's figures on the tiles.
    void setScope(const QString& councilCode);

    [[nodiscard]] const std::optional<metrics::AgencyFigures>& figures() const { return m_figures; }
    [[nodiscard]] QString
    tileText(int tile) const; ///< 0–3: A10 year, A10 3-year, A2 year, A2 3-year
    [[nodiscard]] QList<QChartView*> chartViews() const { return m_chartViews; }

    /// Opens the list of children behind an indicator, or behind a count.
    CohortDialog* showIndicatorChildren(const metrics::Indicator& indicator,
                                        const QString& heading);
    CohortDialog* showChildren(const metrics::ChildSet& set, const QString& heading);
    /// Writes the annual report for the chosen year; PDF unless the name ends in .html.
    bool saveAnnualReport(const QString& path);
    /// Where file choices and errors go (tests give their own); not owned.
    void setPrompts(presentation::UserPrompts* prompts) { m_prompts = prompts; }

    /// The list opened last (tests look at it).
    [[nodiscard]] CohortDialog* lastCohortDialog() const { return m_lastDialog; }

Q_SIGNALS:
    void childChosen(qint64 childId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillYears();
    void fillScopes();
    void recompute();
    void showTiles();
    void showCharts();
    void addChart(int row, int column, QChart* chart);
    [[nodiscard]] const metrics::ScopeFigures* currentScope() const;
    void openTile(int tile);
    void editReportInputs();
    void chooseAnnualReportFile();
    CohortDialog* openDialog(CohortDialog* dialog);

    std::unique_ptr<Ui::DashboardPage> m_ui;
    QPointer<services::Workspace> m_workspace;
    services::FigureRecords m_records;
    metrics::MeasureSettings m_settings = metrics::MeasureSettings::defaults();
    std::optional<metrics::AgencyFigures> m_figures;
    QList<QPushButton*> m_tiles;
    QList<QChartView*> m_chartViews;
    QPointer<CohortDialog> m_lastDialog;
    std::unique_ptr<WidgetPrompts> m_ownPrompts;
    presentation::UserPrompts* m_prompts = nullptr;
    bool m_stale = true; ///< records changed while the page was hidden
};

} // namespace permanence::gui
