#include "Builders.h"
#include "domain/Clock.h"
#include "gui/AboutDialog.h"
#include "gui/AdoptersPage.h"
#include "gui/ChildForm.h"
#include "gui/ChildrenPage.h"
#include "gui/MainWindow.h"
#include "gui/NotYetAvailablePage.h"
#include "gui/SearchBox.h"
#include "gui/SettingsDialog.h"
#include "presentation/ChildEditor.h"
#include "presentation/ChildListModel.h"
#include "presentation/DisplaySettings.h"
#include "presentation/HouseholdListModel.h"
#include "presentation/PipelineModel.h"
#include "presentation/RecentDatabases.h"
#include "presentation/SearchResultModel.h"
#include "presentation/UserPrompts.h"
#include "services/Workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <memory>

using namespace permanence;
using gui::MainWindow;
using presentation::ChildListModel;
using test::aChild;
using test::d;

namespace {

/// Answers the window's questions from a script instead of real dialogs.
class ScriptedPrompts final : public presentation::UserPrompts
{
public:
    QString openAnswer;
    QString newAnswer;
    QStringList errors;

    QString chooseDatabaseToOpen(const QString&) override { return openAnswer; }
    QString chooseNewDatabasePath(const QString&) override { return newAnswer; }
    void showError(const QString& title, const QString&) override { errors << title; }
};

/// A main window on a temporary database with five children in two councils, and settings
/// written to the temporary folder instead of the user's own.
struct WindowFixture
{
    WindowFixture()
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
        const struct
        {
            const char* reference;
            const char* forename;
            const char* surname;
            const char* council;
        } children[] = {{"C-1", "Ava", "Khan", "STOKE"},
                        {"C-2", "Ben", "Adams", "STAFFS"},
                        {"C-3", "Cara", "Zeller", "STAFFS"},
                        {"C-4", "Dylan", "Khalid", "STOKE"},
                        {"C-5", "Erin", "Moss", "STAFFS"}};
        for (const auto& c : children) {
            REQUIRE(workspace->createChild(
                aChild()
                    .reference(QString::fromLatin1(c.reference))
                    .named(QString::fromLatin1(c.forename), QString::fromLatin1(c.surname))
                    .council(QString::fromLatin1(c.council))
                    .build()));
        }
        REQUIRE(workspace->createHousehold(test::aHousehold().build()));

        auto scripted = std::make_unique<ScriptedPrompts>();
        prompts = scripted.get();
        window.setPrompts(std::move(scripted));
        window.setWorkspace(workspace.get());
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

    ~WindowFixture() { window.setWorkspace(nullptr); }

    QTableView* childrenTable() const { return window.childrenPage()->table(); }
    ChildListModel* childModel() const { return window.childrenPage()->model(); }
    template <typename T> T* child(const char* name) const
    {
        T* found = window.findChild<T*>(QString::fromLatin1(name));
        REQUIRE(found);
        return found;
    }

    /// A widget of the Children page (both list pages use the same object names).
    template <typename T> T* onChildrenPage(const char* name) const
    {
        T* found = window.childrenPage()->findChild<T*>(QString::fromLatin1(name));
        REQUIRE(found);
        return found;
    }

    QTemporaryDir dir;
    domain::FixedClock clock{QDate(2024, 6, 1)};
    std::unique_ptr<services::Workspace> workspace;
    MainWindow window;
    ScriptedPrompts* prompts = nullptr;
};

int rowNamed(const QAbstractItemModel& model, const QString& name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row, ChildListModel::Name)).toString() == name)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE_METHOD(WindowFixture, "the children page lists the children of the open database",
                 "[gui][children]")
{
    CHECK(window.currentArea() == MainWindow::Area::Children);
    CHECK(childrenTable()->model()->rowCount() == 5);
    const int row = rowNamed(*childrenTable()->model(), QStringLiteral("Cara Zeller"));
    REQUIRE(row >= 0);
    CHECK(childrenTable()
              ->model()
              ->data(childrenTable()->model()->index(row, ChildListModel::Reference))
              .toString() == QStringLiteral("C-3"));
    CHECK(onChildrenPage<QLabel>("countLabel")->text() == QStringLiteral("5 children"));
    CHECK(window.statusBar()->findChildren<QLabel*>().size() >= 2);
}

TEST_CASE_METHOD(WindowFixture, "typing in the search box filters the children as you type",
                 "[gui][children]")
{
    auto* search = onChildrenPage<QLineEdit>("searchEdit");
    CHECK(search->placeholderText() == QStringLiteral("Search by name or reference"));
    QTest::keyClicks(search, QStringLiteral("kha"));
    REQUIRE(QTest::qWaitFor([this] { return childModel()->rowCount() == 2; }, 2000));
    CHECK(rowNamed(*childModel(), QStringLiteral("Ava Khan")) >= 0);
    CHECK(rowNamed(*childModel(), QStringLiteral("Dylan Khalid")) >= 0);
    CHECK(onChildrenPage<QLabel>("countLabel")->text() == QStringLiteral("2 children"));

    search->clear();
    CHECK(childModel()->rowCount() == 5);
}

TEST_CASE_METHOD(WindowFixture, "the council filter narrows the children to one council",
                 "[gui][children]")
{
    auto* councils = onChildrenPage<QComboBox>("councilCombo");
    REQUIRE(councils->count() == 5);
    CHECK(councils->itemText(0) == QStringLiteral("All councils"));
    councils->setCurrentIndex(councils->findData(QStringLiteral("STOKE")));
    CHECK(childModel()->rowCount() == 2);
    councils->setCurrentIndex(0);
    CHECK(childModel()->rowCount() == 5);
}

TEST_CASE_METHOD(WindowFixture, "clicking a sortable heading sorts; other headings do nothing",
                 "[gui][children]")
{
    QHeaderView* header = childrenTable()->horizontalHeader();
    header->setSortIndicator(ChildListModel::Name, Qt::DescendingOrder);
    CHECK(childModel()->data(childModel()->index(0, ChildListModel::Name)).toString() ==
          QStringLiteral("Cara Zeller"));

    header->setSortIndicator(ChildListModel::Stage, Qt::AscendingOrder);
    CHECK(header->sortIndicatorSection() == ChildListModel::Name);
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(childModel()->sortColumn() == ChildListModel::Name);
}

TEST_CASE_METHOD(WindowFixture, "the navigation switches between areas", "[gui][navigation]")
{
    auto* navigation = child<QListWidget>("navigation");
    auto* pages = child<QStackedWidget>("pages");
    REQUIRE(navigation->count() == 7);
    CHECK(navigation->accessibleName() == QStringLiteral("Areas"));

    navigation->setCurrentRow(1);
    CHECK(window.currentArea() == MainWindow::Area::Adopters);
    CHECK(pages->currentWidget() == window.adoptersPage());
    CHECK(window.adoptersPage()->model()->rowCount() == 1);

    window.showArea(MainWindow::Area::Panels);
    auto* placeholder = qobject_cast<gui::NotYetAvailablePage*>(pages->currentWidget());
    REQUIRE(placeholder);
    CHECK(placeholder->findChild<QLabel*>(QStringLiteral("availabilityLabel"))
              ->text()
              .contains(QStringLiteral("not available in this version")));
    CHECK(placeholder->findChildren<QAbstractButton*>().isEmpty());
    // The one search works everywhere; searching the page's list only where there is one.
    CHECK(child<QAction>("actionFind")->isEnabled());
    CHECK_FALSE(child<QAction>("actionFindOnPage")->isEnabled());

    window.showArea(MainWindow::Area::Children);
    CHECK(child<QAction>("actionFindOnPage")->isEnabled());
}

TEST_CASE_METHOD(WindowFixture,
                 "Search This List puts the keyboard in the current page's search box",
                 "[gui][navigation]")
{
    const QKeySequence findOnPage(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    window.showArea(MainWindow::Area::Adopters);
    QTest::keySequence(&window, findOnPage);
    auto* adopterSearch =
        window.adoptersPage()->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    REQUIRE(QTest::qWaitFor([&] { return adopterSearch->hasFocus(); }, 1000));

    window.showArea(MainWindow::Area::Children);
    QTest::keySequence(&window, findOnPage);
    auto* childSearch = window.childrenPage()->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    CHECK(QTest::qWaitFor([&] { return childSearch->hasFocus(); }, 1000));
}

TEST_CASE_METHOD(WindowFixture, "the status bar shows the database and its record counts",
                 "[gui][status]")
{
    const auto labels = window.statusBar()->findChildren<QLabel*>();
    QStringList texts;
    for (const QLabel* label : labels)
        texts << label->text();
    CHECK(texts.contains(QStringLiteral("5 children · 1 household")));

    REQUIRE(workspace->createChild(aChild().reference(QStringLiteral("C-6")).build()));
    texts.clear();
    for (const QLabel* label : labels)
        texts << label->text();
    CHECK(texts.contains(QStringLiteral("6 children · 1 household")));
}

TEST_CASE_METHOD(WindowFixture, "opening and creating databases are asked of the app",
                 "[gui][file]")
{
    QSignalSpy opens(&window, &MainWindow::openDatabaseRequested);
    QSignalSpy creates(&window, &MainWindow::newDatabaseRequested);

    prompts->openAnswer = dir.filePath(QStringLiteral("other.sqlite"));
    child<QAction>("actionOpenDatabase")->trigger();
    REQUIRE(opens.count() == 1);
    CHECK(opens.at(0).at(0).toString() == prompts->openAnswer);

    prompts->newAnswer = dir.filePath(QStringLiteral("new.sqlite"));
    child<QAction>("actionNewDatabase")->trigger();
    REQUIRE(creates.count() == 1);
    CHECK(creates.at(0).at(0).toString() == prompts->newAnswer);

    // Cancelling a dialog asks nothing of the app.
    prompts->openAnswer.clear();
    child<QAction>("actionOpenDatabase")->trigger();
    CHECK(opens.count() == 1);
    CHECK(child<QAction>("actionOpenDatabase")->shortcut() == QKeySequence(QKeySequence::Open));
}

TEST_CASE_METHOD(WindowFixture, "Open Recent lists opened databases and marks missing ones",
                 "[gui][file]")
{
    const QString missing = dir.filePath(QStringLiteral("deleted.sqlite"));
    presentation::RecentDatabases recent;
    recent.add(missing);
    recent.add(workspace->path());

    auto* menu = child<QMenu>("menuOpenRecent");
    Q_EMIT menu->aboutToShow();
    const auto actions = menu->actions();
    REQUIRE(actions.size() >= 3);
    CHECK(actions.at(0)->text() == QStringLiteral("&1 agency.sqlite"));
    CHECK(actions.at(0)->isEnabled());
    CHECK(actions.at(1)->text() == QStringLiteral("&2 deleted.sqlite (not found)"));
    CHECK_FALSE(actions.at(1)->isEnabled());

    QSignalSpy opens(&window, &MainWindow::openDatabaseRequested);
    actions.at(0)->trigger();
    REQUIRE(opens.count() == 1);
    CHECK(opens.at(0).at(0).toString() == workspace->path());
}

TEST_CASE_METHOD(WindowFixture, "About names the version, Qt and the database", "[gui][about]")
{
    child<QAction>("actionAbout")->trigger();
    auto* about = window.findChild<gui::AboutDialog*>();
    REQUIRE(about);
    CHECK(about->findChild<QLabel*>(QStringLiteral("versionValue"))->text() ==
          QStringLiteral(PERMANENCE_VERSION));
    CHECK(about->findChild<QLabel*>(QStringLiteral("databaseValue"))->text() ==
          QDir::toNativeSeparators(workspace->path()));
    CHECK_FALSE(about->findChild<QLabel*>(QStringLiteral("schemaValue"))->text().isEmpty());
    about->close();
}

TEST_CASE("the main window works with no database open", "[gui]")
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    MainWindow window;
    CHECK(window.childrenPage()->model()->rowCount() == 0);
    CHECK(window.workspace() == nullptr);
}

TEST_CASE_METHOD(WindowFixture,
                 "settings change the long-wait threshold and stage targets, and are kept",
                 "[gui][settings]")
{
    using presentation::DisplaySettings;
    CHECK(DisplaySettings::load() == DisplaySettings{});

    gui::SettingsDialog dialog(DisplaySettings::load(), &window);
    auto* longWait = dialog.findChild<QSpinBox*>(QStringLiteral("longWaitSpin"));
    auto* stage1 = dialog.findChild<QSpinBox*>(QStringLiteral("stage1Spin"));
    REQUIRE(longWait);
    REQUIRE(stage1);
    CHECK(longWait->value() == 365);
    CHECK(stage1->value() == 60);
    longWait->setValue(180);
    stage1->setValue(45);
    const DisplaySettings chosen = dialog.settings();
    CHECK(chosen.longWaitDays == 180);
    CHECK(chosen.stageTargets.stage1Days == 45);
    CHECK(chosen.stageTargets.stage2Days == 121);

    window.applySettings(chosen);
    CHECK(childModel()->longWaitDays() == 180);
    CHECK(window.adoptersPage()->pipeline()->targets().stage1Days == 45);
    CHECK(DisplaySettings::load() == chosen);

    SECTION("a value out of range in the settings file falls back to the default")
    {
        QSettings().setValue(QStringLiteral("children/longWaitDays"), -3);
        CHECK(DisplaySettings::load().longWaitDays == DisplaySettings::defaultLongWaitDays);
    }
}

TEST_CASE_METHOD(WindowFixture, "the one search box finds a misspelt name and opens the record",
                 "[gui][search]")
{
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_K));
    auto* box = child<gui::SearchBox>("globalSearch");
    REQUIRE(QTest::qWaitFor([&] { return box->hasFocus(); }, 1000));
    QTest::keyClicks(box, QStringLiteral("Dilan"));
    box->searchNow();
    const presentation::SearchResultModel* results = box->results();
    REQUIRE(results->rowCount() == 2); // the heading, then Dylan
    CHECK(results->index(0).data().toString() == QStringLiteral("1 child"));
    CHECK(results->index(1).data().toString().contains(QStringLiteral("Dylan Khalid")));

    QTest::keyClick(box, Qt::Key_Return);
    auto* form = window.childrenPage()->findChild<gui::ChildForm*>();
    REQUIRE(form != nullptr);
    CHECK(form->isVisible());
    CHECK(form->editor()->saved().reference == QStringLiteral("C-4"));
    CHECK(window.currentArea() == MainWindow::Area::Children);
    form->close();

    // A household is found by an applicant's name and opens in its own form.
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("holloway"));
    QTest::keyClick(box, Qt::Key_Return);
    CHECK(window.currentArea() == MainWindow::Area::Adopters);
}
