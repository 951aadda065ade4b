#include "Builders.h"
#include "gui/AdoptersPage.h"
#include "gui/ChildForm.h"
#include "gui/ChildrenPage.h"
#include "gui/ChronologyWindow.h"
#include "gui/HouseholdForm.h"
#include "gui/LikelyDuplicatesDialog.h"
#include "gui/MainWindow.h"
#include "gui/SearchBox.h"
#include "presentation/ChildListModel.h"
#include "services/DemoAgency.h"
#include "services/Workspace.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDir>
#include <QListWidget>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace permanence;

namespace {

/// Saves what `widget` shows now as NAME.png in the tour folder.
void save(QWidget* widget, const QDir& folder, const QString& name)
{
    QCoreApplication::processEvents();
    REQUIRE(widget->grab().save(folder.filePath(name + QStringLiteral(".png"))));
}

/// Every tab of the first QTabWidget named `tabs` in `form`, one picture each.
void saveTabs(QWidget* form, const QDir& folder, const QString& prefix)
{
    auto* tabs = form->findChild<QTabWidget*>(QStringLiteral("tabs"));
    REQUIRE(tabs != nullptr);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        save(form, folder, QStringLiteral("%1-%2").arg(prefix).arg(i));
    }
}

} // namespace

// Not a check but a way to look: renders every area and form on the demo agency into
// $PERMANENCE_TOUR_DIR (default /tmp/permanence-tour) so a person can review the screens.
//   QT_QPA_PLATFORM=offscreen build/ci/tests/gui/test_gui "[.tour]"
TEST_CASE("a tour of the screens on the demo agency", "[.tour]")
{
    const QDir folder(QProcessEnvironment::systemEnvironment().value(
        QStringLiteral("PERMANENCE_TOUR_DIR"), QStringLiteral("/tmp/permanence-tour")));
    REQUIRE(QDir().mkpath(folder.path()));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings::setDefaultFormat(QSettings::IniFormat);

    services::DemoOptions options;
    options.today = test::d(2026, 11, 25);
    domain::FixedClock clock(options.today);
    auto opened = services::Workspace::open(dir.filePath(QStringLiteral("demo.sqlite")), clock,
                                            domain::Actor{QStringLiteral("tour")});
    REQUIRE(opened);
    auto& workspace = **opened;
    REQUIRE(services::fillWithDemoAgency(workspace.database(), options));
    workspace.announceBulkChange();

    gui::MainWindow window;
    window.resize(1500, 900);
    window.setWorkspace(&workspace);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(navigation != nullptr);
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        save(&window, folder,
             QStringLiteral("area-%1-%2").arg(row).arg(navigation->item(row)->text().toLower()));
    }

    auto* search = window.findChild<gui::SearchBox*>(QStringLiteral("globalSearch"));
    REQUIRE(search != nullptr);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("jaxon ashworth"));
    search->searchNow();
    save(search->completer()->popup(), folder, QStringLiteral("search-results"));
    search->completer()->popup()->hide();

    navigation->setCurrentRow(0);
    auto* children = window.findChild<gui::ChildrenPage*>();
    REQUIRE(children != nullptr);
    const qint64 childId =
        children->model()->index(0, 0).data(presentation::ChildListModel::IdRole).toLongLong();
    gui::ChildForm* childForm = children->openChild(childId);
    REQUIRE(childForm != nullptr);
    saveTabs(childForm, folder, QStringLiteral("child-form"));
    gui::ChronologyWindow* childChronology = childForm->showChronology();
    REQUIRE(childChronology != nullptr);
    childChronology->resize(1100, 650);
    save(childChronology, folder, QStringLiteral("child-chronology"));
    childForm->close();

    {
        std::vector<domain::LikelyDuplicate> found{
            {domain::SearchKind::Child, 1, QStringLiteral("CBRAM-00247"),
             QStringLiteral("Abbie Adebayo"),
             QStringLiteral("CBRAM-00247 · born 15 Aug 2022 · BRAM"),
             domain::DuplicateReason::SimilarNameAndBirth, false}};
        gui::LikelyDuplicatesDialog dialog(QStringLiteral("Abby Adebayo"), found, &window);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        save(&dialog, folder, QStringLiteral("likely-duplicates"));
    }

    auto* adopters = window.findChild<gui::AdoptersPage*>();
    REQUIRE(adopters != nullptr);
    navigation->setCurrentRow(1);
    adopters->showView(gui::AdoptersPage::View::Pipeline);
    save(&window, folder, QStringLiteral("adopters-pipeline"));
    adopters->showView(gui::AdoptersPage::View::Training);
    save(&window, folder, QStringLiteral("adopters-training"));
    adopters->showView(gui::AdoptersPage::View::List);
    gui::HouseholdForm* householdForm = adopters->openHousehold(domain::HouseholdId{1});
    REQUIRE(householdForm != nullptr);
    saveTabs(householdForm, folder, QStringLiteral("household-form"));
    gui::ChronologyWindow* householdChronology = householdForm->showChronology();
    REQUIRE(householdChronology != nullptr);
    householdChronology->resize(1100, 650);
    save(householdChronology, folder, QStringLiteral("household-chronology"));
    householdForm->close();
}
