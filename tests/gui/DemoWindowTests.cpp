#include "Builders.h"

#include "gui/ChildrenPage.h"
#include "gui/MainWindow.h"
#include "services/DemoAgency.h"
#include "services/Workspace.h"

#include <QAbstractItemModel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace permanence;

TEST_CASE("the main window shows the demo agency's children", "[gui][demo]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings::setDefaultFormat(QSettings::IniFormat);

    services::DemoOptions options;
    options.today = test::d(2025, 6, 30);
    const services::DemoData demo = services::generateDemoAgency(options);
    REQUIRE_FALSE(demo.children.empty());

    domain::FixedClock clock(options.today);
    auto opened = services::Workspace::open(dir.filePath(QStringLiteral("demo.sqlite")), clock,
                                            domain::Actor{QStringLiteral("tester")});
    REQUIRE(opened);
    auto& workspace = **opened;
    REQUIRE(services::fillWithDemoAgency(workspace.database(), options));
    workspace.announceBulkChange();
    CHECK(workspace.agency().name == demo.agency.name);

    gui::MainWindow window;
    window.setWorkspace(&workspace);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto* page = window.findChild<gui::ChildrenPage*>();
    REQUIRE(page != nullptr);
    auto* table = page->findChild<QTableView*>();
    REQUIRE(table != nullptr);
    CHECK(table->model()->rowCount() > 0);

    // Search for one demo child by reference and find their surname in the table.
    const domain::Child& wanted = demo.children.at(demo.children.size() / 2);
    auto* search = page->findChild<QLineEdit*>();
    REQUIRE(search != nullptr);
    search->setText(wanted.reference);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    bool found = false;
    for (int column = 0; column < table->model()->columnCount(); ++column)
        if (table->model()->index(0, column).data().toString().contains(wanted.surname))
            found = true;
    CHECK(found);
}
