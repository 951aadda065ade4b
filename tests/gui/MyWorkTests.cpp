#include "Builders.h"
#include "domain/Clock.h"
#include "gui/ChildrenPage.h"
#include "gui/MainWindow.h"
#include "gui/MyWorkPage.h"
#include "presentation/DueListModel.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace permanence;
using gui::MainWindow;
using test::aChild;
using test::d;

namespace {

struct MyWorkFixture
{
    MyWorkFixture()
    {
        REQUIRE(dir.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QCoreApplication::setOrganizationName(QStringLiteral("permanence-gui-tests"));
        QSettings().clear();
        auto opened = services::Workspace::open(dir.filePath(QStringLiteral("agency.sqlite")),
                                                clock, domain::Actor{QStringLiteral("tester")});
        REQUIRE(opened);
        workspace = std::move(*opened);
        REQUIRE(workspace->setAgency(test::aFourCouncilAgency()));
        auto id = workspace->createChild(aChild()
                                             .reference(QStringLiteral("C-WAIT"))
                                             .named(QStringLiteral("Ava"), QStringLiteral("Khan"))
                                             .council(QStringLiteral("STOKE"))
                                             .enteredCare(d(2022, 6, 1))
                                             .agencyDecision(d(2022, 12, 1))
                                             .placementOrder(d(2023, 3, 15))
                                             .build());
        REQUIRE(id);
        waitingChild = id->value;
        domain::HouseholdJourney j;
        j.enquiry = d(2024, 2, 1);
        j.registration = d(2024, 3, 1);
        j.stage1Start = d(2024, 4, 1); // 60-day target 31 May: overdue on 30 Jun
        REQUIRE(workspace->createHousehold(
            test::aHousehold().reference(QStringLiteral("H-LATE")).journey(j).terms({}).build()));
        window.setWorkspace(workspace.get());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
    ~MyWorkFixture() { window.setWorkspace(nullptr); }

    QTemporaryDir dir;
    domain::FixedClock clock{QDate(2024, 6, 30)};
    std::unique_ptr<services::Workspace> workspace;
    MainWindow window;
    qint64 waitingChild = 0;
};

} // namespace

TEST_CASE_METHOD(MyWorkFixture, "My work lists what is overdue and counts it in the navigation",
                 "[gui][due]")
{
    CHECK(window.areaLabel(MainWindow::Area::MyWork) ==
          QStringLiteral("My work (2 overdue)"));
    window.showArea(MainWindow::Area::MyWork);
    gui::MyWorkPage* page = window.myWorkPage();
    auto* view = page->findChild<QTableView*>(QStringLiteral("itemsView"));
    REQUIRE(view);
    REQUIRE(view->model()->rowCount() == 2);
    CHECK(view->model()->index(0, presentation::DueListModel::Kind).data().toString() ==
          QStringLiteral("Child waiting"));

    SECTION("filtering by kind narrows the list; the navigation still counts everything")
    {
        page->setKindFilter(domain::DueKind::Stage1Target);
        CHECK(view->model()->rowCount() == 1);
        CHECK(window.areaLabel(MainWindow::Area::MyWork) ==
              QStringLiteral("My work (2 overdue)"));
        page->setKindFilter(std::nullopt);
        CHECK(view->model()->rowCount() == 2);
    }
    SECTION("filtering by hub")
    {
        page->setHubFilter(QStringLiteral("STOKEHUB"));
        REQUIRE(view->model()->rowCount() == 1);
        CHECK(view->model()->index(0, 0).data(presentation::DueListModel::RecordIdRole) ==
              QVariant(waitingChild));
    }
    SECTION("Enter opens the record")
    {
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        CHECK(window.currentArea() == MainWindow::Area::Children);
    }
    SECTION("recording the fact that was due takes the item off")
    {
        auto child = workspace->child(domain::ChildId{waitingChild});
        REQUIRE(child);
        child->planChange.date = d(2024, 6, 20);
        child->planChange.reason = QStringLiteral("Returned home");
        child->planChange.newPlan = QStringLiteral("Reunification");
        REQUIRE(workspace->updateChild(*child));
        CHECK(view->model()->rowCount() == 1);
        CHECK(window.areaLabel(MainWindow::Area::MyWork) ==
              QStringLiteral("My work (1 overdue)"));
    }
}
