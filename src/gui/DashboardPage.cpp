#include "gui/DashboardPage.h"

#include "gui/CohortDialog.h"
#include "gui/ReportInputsDialog.h"
#include "gui/WidgetPrompts.h"
#include "presentation/CohortModel.h"
#include "presentation/IndicatorTile.h"
#include "reports/AnnualReport.h"
#include "reports/ReportText.h"
#include "reports/WorkspaceReports.h"
#include "services/Workspace.h"
#include "ui_DashboardPage.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QGuiApplication>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <spdlog/spdlog.h>

namespace permanence::gui {
namespace {

using domain::ReportingYear;
using metrics::Indicator;
using metrics::ScopeFigures;

QString tileStyle(presentation::Standing standing)
{
    // A coloured edge, not a coloured face: the tile stays readable in every theme and the
    // colour is only a second cue next to the words ("above the target").
    const char* colour = standing == presentation::Standing::AboveTarget    ? "#b03a2e"
                         : standing == presentation::Standing::WithinTarget ? "#2e7d32"
                                                                            : "#7a7a7a";
    return QStringLiteral("QPushButton { text-align: left; padding: 8px 10px; border: 1px solid "
                          "palette(mid); border-left: 6px solid %1; border-radius: 3px; }"
                          "QPushButton:focus { border-color: palette(highlight); border-left: "
                          "6px solid %1; }")
        .arg(QString::fromLatin1(colour));
}

} // namespace

DashboardPage::DashboardPage(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DashboardPage>()),
      m_ownPrompts(std::make_unique<WidgetPrompts>(this)), m_prompts(m_ownPrompts.get())
{
    m_ui->setupUi(this);
    m_tiles = {m_ui->a10YearTile, m_ui->a10ThreeYearTile, m_ui->a2YearTile, m_ui->a2ThreeYearTile};
    for (int i = 0; i < m_tiles.size(); ++i) {
        QPushButton* tile = m_tiles.at(i);
        QFont font = tile->font();
        font.setPointSizeF(font.pointSizeF() * 1.1);
        tile->setFont(font);
        tile->setMinimumHeight(tile->fontMetrics().height() * 6);
        // Ignored: the tiles share whatever width there is rather than forcing the window (and
        // the navigation list beside it) to make room for their longest line.
        tile->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        connect(tile, &QPushButton::clicked, this, [this, i] { openTile(i); });
    }
    connect(m_ui->yearCombo, &QComboBox::currentIndexChanged, this, &DashboardPage::recompute);
    connect(m_ui->scopeCombo, &QComboBox::currentIndexChanged, this, &DashboardPage::showTiles);
    connect(m_ui->inputsButton, &QPushButton::clicked, this, &DashboardPage::editReportInputs);
    connect(m_ui->reportButton, &QPushButton::clicked, this,
            &DashboardPage::chooseAnnualReportFile);
    fillYears();
    setWorkspace(nullptr);
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::setWorkspace(services::Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_ui->inputsButton->setEnabled(workspace != nullptr);
    m_ui->reportButton->setEnabled(workspace != nullptr);
    if (workspace) {
        const auto changed = [this] {
            m_stale = true;
            if (isVisible())
                refresh();
        };
        connect(workspace, &services::Workspace::childrenChanged, this, changed);
        connect(workspace, &services::Workspace::householdsChanged, this, changed);
        connect(workspace, &services::Workspace::agencyChanged, this, changed);
        connect(workspace, &services::Workspace::settingChanged, this,
                [changed](const QString& key) {
                    if (key == QLatin1String(services::Measures::settingsKey))
                        changed();
                });
    }
    fillYears();
    refresh();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardPage::fillYears()
{
    const QSignalBlocker blocker(m_ui->yearCombo);
    const QVariant current = m_ui->yearCombo->currentData();
    m_ui->yearCombo->clear();
    const QDate today = m_workspace ? m_workspace->clock().today() : QDate::currentDate();
    const ReportingYear running = ReportingYear::containing(today);
    m_ui->yearCombo->addItem(tr("%1 (so far)").arg(running.label()), running.startYear);
    for (int back = 1; back <= 8; ++back) {
        const ReportingYear y{running.startYear - back};
        m_ui->yearCombo->addItem(y.label(), y.startYear);
    }
    // The last complete year by default: that is the one a manager reports on.
    const int index = current.isValid() ? m_ui->yearCombo->findData(current) : 1;
    m_ui->yearCombo->setCurrentIndex(index >= 0 ? index : 1);
}

void DashboardPage::fillScopes()
{
    const QSignalBlocker blocker(m_ui->scopeCombo);
    const QString current = m_ui->scopeCombo->currentData().toString();
    m_ui->scopeCombo->clear();
    if (!m_workspace || !m_workspace->hasAgency())
        return;
    m_ui->scopeCombo->addItem(tr("The whole agency"), QString());
    for (const domain::Council& c : m_workspace->agency().councils)
        m_ui->scopeCombo->addItem(c.name, c.code);
    m_ui->scopeCombo->setCurrentIndex(std::max(0, m_ui->scopeCombo->findData(current)));
}

void DashboardPage::setYear(ReportingYear year)
{
    const int index = m_ui->yearCombo->findData(year.startYear);
    if (index >= 0)
        m_ui->yearCombo->setCurrentIndex(index);
}

void DashboardPage::setScope(const QString& councilCode)
{
    m_ui->scopeCombo->setCurrentIndex(std::max(0, m_ui->scopeCombo->findData(councilCode)));
}

void DashboardPage::refresh()
{
    m_stale = false;
    m_records = {};
    m_figures.reset();
    if (m_workspace && m_workspace->hasAgency()) {
        services::Measures measures(*m_workspace);
        auto records = measures.records();
        auto settings = measures.settings();
        if (records && settings) {
            m_records = std::move(*records);
            m_settings = *settings;
        } else {
            spdlog::error("dashboard: could not read the records: {}",
                          (records ? settings.error() : records.error()).message.toStdString());
        }
    }
    fillScopes();
    recompute();
}

void DashboardPage::recompute()
{
    m_figures.reset();
    if (m_workspace && m_workspace->hasAgency())
        m_figures =
            metrics::agencyFigures(m_workspace->agency(), m_records.children, m_records.households,
                                   ReportingYear{m_ui->yearCombo->currentData().toInt()});
    showTiles();
    showCharts();
}

const ScopeFigures* DashboardPage::currentScope() const
{
    if (!m_figures)
        return nullptr;
    const QString code = m_ui->scopeCombo->currentData().toString();
    if (code.isEmpty())
        return &m_figures->agency;
    for (const ScopeFigures& s : m_figures->councils)
        if (s.scope.councilCode == code)
            return &s;
    return &m_figures->agency;
}

QString DashboardPage::tileText(int tile) const
{
    return m_tiles.value(tile) ? m_tiles.value(tile)->text() : QString();
}

void DashboardPage::showTiles()
{
    const ScopeFigures* scope = currentScope();
    for (int i = 0; i < m_tiles.size(); ++i) {
        QPushButton* tile = m_tiles.at(i);
        tile->setEnabled(scope != nullptr);
        if (!scope) {
            tile->setText(tr("No database open"));
            tile->setStyleSheet(tileStyle(presentation::Standing::NoFigure));
            continue;
        }
        const metrics::MeasureFigures& m = i < 2 ? scope->a10 : scope->a2;
        const presentation::IndicatorTile text =
            presentation::indicatorTile(i % 2 == 0 ? m.year : m.threeYear, m_settings);
        tile->setText(text.text());
        tile->setAccessibleDescription(text.text());
        tile->setToolTip(tr("Show the children behind this figure"));
        tile->setStyleSheet(tileStyle(text.standing));
    }
    if (!scope) {
        m_ui->summaryLabel->setText(tr("Open a database to see the agency's figures."));
        return;
    }
    const metrics::ChildrenFigures& c = scope->children;
    m_ui->summaryLabel->setText(
        tr("%1 in %2: %3 agency decisions, %4 placement orders, %5 placed (%6 with the agency's "
           "own adopters), %7 adopted. On %8, %9 waiting since their placement order.")
            .arg(scope->name, c.year.label())
            .arg(c.agencyDecisions.count())
            .arg(c.placementOrders.count())
            .arg(c.placements.placed.count())
            .arg(reports::percentText(c.placements.inHouseShare))
            .arg(c.adopted.adopted.count())
            .arg(domain::formatDate(c.waiting.on))
            .arg(c.waiting.waiting.count()));
}

void DashboardPage::addChart(int row, int column, QChart* chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart, m_ui->chartsArea);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->setAccessibleName(chart->title());
    m_ui->chartsLayout->addWidget(view, row, column);
    m_chartViews.append(view);
}

void DashboardPage::showCharts()
{
    qDeleteAll(m_chartViews);
    m_chartViews.clear();
    if (!m_figures)
        return;
    QStringList councils;
    for (const ScopeFigures& s : m_figures->councils)
        councils << reports::shortCouncilName(s.name);

    // A10 and A2 by year, one line per council: click a point for that council's children.
    for (int m = 0; m < 2; ++m) {
        auto* chart = new QChart;
        const QString label = m == 0 ? QStringLiteral("A10") : QStringLiteral("A2");
        chart->setTitle(tr("%1 by year, per council (days)").arg(label));
        auto* years = new QBarCategoryAxis;
        for (const Indicator& i : m_figures->agency.a10.yearTrend)
            years->append(i.period.label());
        auto* days = new QValueAxis;
        days->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(years, Qt::AlignBottom);
        chart->addAxis(days, Qt::AlignLeft);
        double max = 0;
        for (std::size_t c = 0; c < m_figures->councils.size(); ++c) {
            const ScopeFigures& scope = m_figures->councils[c];
            const metrics::MeasureFigures& f = m == 0 ? scope.a10 : scope.a2;
            auto* line = new QLineSeries;
            line->setName(councils.at(static_cast<qsizetype>(c)));
            line->setPointsVisible(true);
            for (std::size_t y = 0; y < f.yearTrend.size(); ++y)
                if (f.yearTrend[y].value) {
                    line->append(static_cast<double>(y),
                                 static_cast<double>(*f.yearTrend[y].value));
                    max = std::max(max, static_cast<double>(*f.yearTrend[y].value));
                }
            chart->addSeries(line);
            line->attachAxis(years);
            line->attachAxis(days);
            connect(line, &QLineSeries::clicked, this, [this, c, m](const QPointF& point) {
                const ScopeFigures& s = m_figures->councils[c];
                const metrics::MeasureFigures& clicked = m == 0 ? s.a10 : s.a2;
                const auto y = static_cast<std::size_t>(std::clamp<qint64>(
                    qRound64(point.x()), 0, static_cast<qint64>(clicked.yearTrend.size()) - 1));
                const Indicator& i = clicked.yearTrend[y];
                showIndicatorChildren(
                    i, tr("%1 for %2, %3")
                           .arg(metrics::measureLabel(i.measure), s.name, i.period.label()));
            });
        }
        const auto target = m_settings.target(m == 0 ? metrics::Measure::A10 : metrics::Measure::A2,
                                              metrics::Period::year(m_figures->year));
        if (target) {
            // The target as a dashed line across the chart, so every point reads against it.
            auto* targetLine = new QLineSeries;
            targetLine->setName(tr("Target %1").arg(*target));
            QPen pen(Qt::DashLine);
            pen.setColor(QColor(0xb0, 0x3a, 0x2e));
            pen.setWidth(2);
            targetLine->setPen(pen);
            targetLine->append(-0.5, *target);
            targetLine->append(static_cast<double>(years->count()) - 0.5, *target);
            chart->addSeries(targetLine);
            targetLine->attachAxis(years);
            targetLine->attachAxis(days);
            max = std::max(max, *target);
        }
        // After the series are attached (attaching resets the range): from 0, so a small
        // difference is not drawn as a cliff, and on round numbers.
        days->setRange(0, std::max(10.0, max * 1.1));
        days->applyNiceNumbers();
        addChart(0, m, chart);
    }

    // Placements by where the adopters came from, per council (stacked).
    {
        auto* chart = new QChart;
        chart->setTitle(tr("Children placed in %1 by where the adopters came from")
                            .arg(m_figures->year.label()));
        auto* series = new QStackedBarSeries;
        const std::vector<std::pair<QString, metrics::ChildSet metrics::PlacementFigures::*>>
            sources = {
                {tr("Own agency"), &metrics::PlacementFigures::ownAgency},
                {tr("Other regional agency"), &metrics::PlacementFigures::otherRegionalAgency},
                {tr("Voluntary agency"), &metrics::PlacementFigures::voluntaryAgency},
            };
        for (const auto& [name, member] : sources) {
            auto* set = new QBarSet(name);
            for (const ScopeFigures& s : m_figures->councils)
                *set << (s.children.placements.*member).count();
            series->append(set);
            connect(set, &QBarSet::clicked, this, [this, name = name, member = member](int index) {
                const ScopeFigures& s = m_figures->councils[static_cast<std::size_t>(index)];
                showChildren(s.children.placements.*member,
                             tr("Children from %1 placed in %2 with %3 adopters")
                                 .arg(s.name, m_figures->year.label(), name.toLower()));
            });
        }
        chart->addSeries(series);
        auto* axis = new QBarCategoryAxis;
        axis->append(councils);
        chart->addAxis(axis, Qt::AlignBottom);
        series->attachAxis(axis);
        auto* counts = new QValueAxis;
        counts->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(counts, Qt::AlignLeft);
        series->attachAxis(counts);
        counts->setRange(0, std::max(5.0, counts->max())); // an empty year is not [0, 0]
        counts->applyNiceNumbers();
        addChart(1, 0, chart);
    }

    // Early permanence among the children placed, per council.
    {
        auto* chart = new QChart;
        chart->setTitle(
            tr("Early permanence among children placed in %1").arg(m_figures->year.label()));
        auto* series = new QBarSeries;
        auto* placed = new QBarSet(tr("Children placed"));
        auto* early = new QBarSet(tr("Early permanence"));
        for (const ScopeFigures& s : m_figures->councils) {
            *placed << s.children.placements.placed.count();
            *early << s.children.placements.earlyPermanence.count();
        }
        series->append(placed);
        series->append(early);
        connect(placed, &QBarSet::clicked, this, [this](int index) {
            const ScopeFigures& s = m_figures->councils[static_cast<std::size_t>(index)];
            showChildren(s.children.placements.placed,
                         tr("Children from %1 placed in %2").arg(s.name, m_figures->year.label()));
        });
        connect(early, &QBarSet::clicked, this, [this](int index) {
            const ScopeFigures& s = m_figures->councils[static_cast<std::size_t>(index)];
            showChildren(s.children.placements.earlyPermanence,
                         tr("Children from %1 placed in early permanence in %2")
                             .arg(s.name, m_figures->year.label()));
        });
        chart->addSeries(series);
        auto* axis = new QBarCategoryAxis;
        axis->append(councils);
        chart->addAxis(axis, Qt::AlignBottom);
        series->attachAxis(axis);
        auto* counts = new QValueAxis;
        counts->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(counts, Qt::AlignLeft);
        series->attachAxis(counts);
        counts->setRange(0, std::max(5.0, counts->max())); // an empty year is not [0, 0]
        counts->applyNiceNumbers();
        addChart(1, 1, chart);
    }
}

void DashboardPage::openTile(int tile)
{
    const ScopeFigures* scope = currentScope();
    if (!scope)
        return;
    const metrics::MeasureFigures& m = tile < 2 ? scope->a10 : scope->a2;
    const Indicator& i = tile % 2 == 0 ? m.year : m.threeYear;
    showIndicatorChildren(i,
                          tr("%1 for %2, %3: %4")
                              .arg(metrics::measureLabel(i.measure), scope->name, i.period.label(),
                                   presentation::indicatorTile(i, m_settings).basis));
}

CohortDialog* DashboardPage::showIndicatorChildren(const Indicator& indicator,
                                                   const QString& heading)
{
    auto* model = new presentation::CohortModel;
    model->showIndicator(indicator, m_records.children);
    return openDialog(new CohortDialog(heading, model, this));
}

CohortDialog* DashboardPage::showChildren(const metrics::ChildSet& set, const QString& heading)
{
    auto* model = new presentation::CohortModel;
    model->showChildren(set, m_records.children, tr("Moved in"),
                        [](const domain::Child& c) { return c.journey.movedIn; });
    return openDialog(new CohortDialog(heading, model, this));
}

CohortDialog* DashboardPage::openDialog(CohortDialog* dialog)
{
    // One list at a time: a new click replaces the last list rather than piling up windows.
    if (m_lastDialog)
        m_lastDialog->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CohortDialog::childChosen, this, &DashboardPage::childChosen);
    m_lastDialog = dialog;
    dialog->show();
    return dialog;
}

void DashboardPage::editReportInputs()
{
    if (!m_workspace)
        return;
    ReportInputsDialog dialog(*m_workspace, ReportingYear{m_ui->yearCombo->currentData().toInt()},
                              this);
    dialog.exec();
}

bool DashboardPage::saveAnnualReport(const QString& path)
{
    if (!m_workspace)
        return false;
    const ReportingYear year{m_ui->yearCombo->currentData().toInt()};
    auto source = reports::annualReportSource(*m_workspace, year);
    if (!source) {
        m_prompts->showError(tr("Annual report"), source.error().message);
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const reports::AnnualReport report(*source);
    const auto written = path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
                             ? report.writeHtml(path)
                             : report.writePdf(path);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        m_prompts->showError(tr("Annual report"), written.error().message);
        return false;
    }
    return true;
}

void DashboardPage::chooseAnnualReportFile()
{
    if (!m_workspace)
        return;
    const ReportingYear year{m_ui->yearCombo->currentData().toInt()};
    const QString suggested = QDir::home().filePath(
        tr("%1 annual report %2.pdf").arg(m_workspace->agency().name, year.label()));
    const QString path = m_prompts->chooseFileToSave(tr("Save the annual report"), suggested,
                                                     tr("PDF files (*.pdf);;Web pages (*.html)"));
    if (!path.isEmpty())
        (void)saveAnnualReport(path);
}

} // namespace permanence::gui
