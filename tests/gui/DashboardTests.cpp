// The manager's dashboard on the demo agency: its figures are the metrics functions', every
// figure opens the children behind it, and the annual report is written from it.
#include "Builders.h"
#include "gui/ChildForm.h"
#include "gui/ChildrenPage.h"
#include "gui/CohortDialog.h"
#include "gui/DashboardPage.h"
#include "gui/MainWindow.h"
#include "gui/ReportInputsDialog.h"
#include "metrics/YearFigures.h"
#include "presentation/ChildEditor.h"
#include "presentation/CohortModel.h"
#include "presentation/IndicatorTile.h"
#include "services/DemoAgency.h"
#include "services/Measures.h"
#include "services/Workspace.h"

#include <QChartView>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace permanence;

namespace {

struct DemoDashboard
{
    QTemporaryDir dir;
    services::DemoOptions options;
    std::unique_ptr<domain::FixedClock> clock;
    std::unique_ptr<services::Workspace> workspace;
    gui::MainWindow window;

    DemoDashboard()
    {
        REQUIRE(dir.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        options.today = test::d(2026, 11, 25);
        clock = std::make_unique<domain::FixedClock>(options.today);
        auto opened = services::Workspace::open(dir.filePath(QStringLiteral("demo.sqlite")), *clock,
                                                domain::Actor{QStringLiteral("manager")});
        REQUIRE(opened);
        workspace = std::move(*opened);
        REQUIRE(services::fillWithDemoAgency(workspace->database(), options));
        workspace->announceBulkChange();
        window.resize(1500, 900);
        window.setWorkspace(workspace.get());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.showArea(gui::MainWindow::Area::Dashboards);
    }
    ~DemoDashboard() { window.setWorkspace(nullptr); }

    gui::DashboardPage* page() const { return window.dashboardPage(); }
};

} // namespace

TEST_CASE("the dashboard opens on the demo agency with the metrics' own figures",
          "[gui][dashboard]")
{
    DemoDashboard f;
    gui::DashboardPage* page = f.page();
    REQUIRE(page != nullptr);
    REQUIRE(page->isVisible());
    REQUIRE(page->figures().has_value());
    // The last complete reporting year by default (today 25 Nov 2026: 2025-26).
    CHECK(page->figures()->year == domain::ReportingYear{2025});

    auto records = services::Measures(*f.workspace).records();
    REQUIRE(records);
    const metrics::AgencyFigures expected = metrics::agencyFigures(
        f.workspace->agency(), records->children, records->households, domain::ReportingYear{2025});
    CHECK(*page->figures() == expected);
    REQUIRE(expected.agency.a10.year.value.has_value());
    CHECK(page->tileText(0) == presentation::indicatorTile(expected.agency.a10.year,
                                                           metrics::MeasureSettings::defaults())
                                   .text());
    CHECK(page->tileText(0).contains(QString::number(*expected.agency.a10.year.value)));
    CHECK(page->chartViews().size() == 4);

    // One council's figures on the tiles.
    const QString code = f.workspace->agency().councils.at(1).code;
    page->setScope(code);
    const metrics::ScopeFigures& council = expected.councils[1];
    CHECK(page->tileText(3) ==
          presentation::indicatorTile(council.a2.threeYear, metrics::MeasureSettings::defaults())
              .text());
}

TEST_CASE("a dashboard figure opens the children behind it, and a child from there",
          "[gui][dashboard]")
{
    DemoDashboard f;
    gui::DashboardPage* page = f.page();
    const metrics::Indicator& a10 = page->figures()->agency.a10.year;
    REQUIRE(a10.n > 0);

    auto* tile = page->findChild<QPushButton*>(QStringLiteral("a10YearTile"));
    REQUIRE(tile != nullptr);
    QTest::mouseClick(tile, Qt::LeftButton);
    gui::CohortDialog* dialog = page->lastCohortDialog();
    REQUIRE(dialog != nullptr);
    const auto& rows = dialog->model()->rows();
    CHECK(rows.size() == a10.children.size() + a10.excluded.size());
    CHECK(rows.front().id == a10.children.front().id);
    CHECK(rows.front().counted);
    CHECK_FALSE(rows.front().name.isEmpty());

    auto* open = dialog->findChild<QPushButton*>(QStringLiteral("openButton"));
    REQUIRE(open != nullptr);
    QTest::mouseClick(open, Qt::LeftButton);
    CHECK(f.window.currentArea() == gui::MainWindow::Area::Children);
    auto* form = f.window.findChild<gui::ChildForm*>();
    REQUIRE(form != nullptr);
    CHECK(form->editor()->saved().id == a10.children.front().id);

    // A count (children placed with the agency's own adopters) lists exactly its children.
    const metrics::ChildSet& own = page->figures()->councils.front().children.placements.ownAgency;
    gui::CohortDialog* placed = page->showChildren(own, QStringLiteral("Own adopters"));
    CHECK(placed->model()->rowCount() == own.count());
}

TEST_CASE("the manager's report figures are entered, checked and used by the annual report",
          "[gui][dashboard]")
{
    DemoDashboard f;
    const domain::ReportingYear year{2025};
    {
        gui::ReportInputsDialog dialog(*f.workspace, year, f.page());
        dialog.careModel()->item(0, 0)->setData(720, Qt::EditRole);
        dialog.careModel()->item(0, 1)->setData(900, Qt::EditRole); // more 0–5s than in all
        dialog.setNarrative(QStringLiteral("introduction"), QStringLiteral("A year of progress."));
        dialog.addFinanceLine(QStringLiteral("Central Permanency Hub"),
                              QStringLiteral("Central Permanency Hub"), 295175, 363711);
        CHECK_FALSE(dialog.save());
        auto unsaved = services::Measures(*f.workspace).reportInputs(year);
        REQUIRE(unsaved);
        CHECK(unsaved->childrenInCare.isEmpty()); // nothing half-written

        dialog.careModel()->item(0, 1)->setData(189, Qt::EditRole);
        REQUIRE(dialog.save());
    }
    auto saved = services::Measures(*f.workspace).reportInputs(year);
    REQUIRE(saved);
    const QString first = f.workspace->agency().councils.front().code;
    CHECK(saved->childrenInCare.value(first) == 720);
    CHECK(saved->childrenInCareUnder6.value(first) == 189);
    CHECK(saved->text(QStringLiteral("introduction")) == QStringLiteral("A year of progress."));
    REQUIRE(saved->finance.size() == 1);

    const QString html = f.dir.filePath(QStringLiteral("annual.html"));
    REQUIRE(f.page()->saveAnnualReport(html));
    QFile file(html);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("A year of progress.")));
    CHECK(text.contains(QStringLiteral("£68,536")));
    const QString pdf = f.dir.filePath(QStringLiteral("annual.pdf"));
    REQUIRE(f.page()->saveAnnualReport(pdf));
    CHECK(QFile(pdf).size() > 20000);
}
