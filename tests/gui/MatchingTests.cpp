// The Matching page on the demo agency: waiting children, the ranking of households with its
// breakdown and exclusions, a link, and the tracker's steps with the confirmation of the ADM
// match decision.
#include "Builders.h"
#include "domain/Clock.h"
#include "gui/MainWindow.h"
#include "gui/MatchingPage.h"
#include "presentation/ChildListModel.h"
#include "presentation/MatchingModels.h"
#include "presentation/UserPrompts.h"
#include "services/DemoAgency.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace permanence;
using presentation::TrackerModel;

namespace {

class MatchingPrompts final : public presentation::UserPrompts
{
public:
    QString chooseDatabaseToOpen(const QString&) override { return {}; }
    QString chooseNewDatabasePath(const QString&) override { return {}; }
    void showError(const QString&, const QString& message) override { errors << message; }
    bool confirm(const QString& title, const QString&, const QString&) override
    {
        asked << title;
        return answer;
    }

    QStringList errors;
    QStringList asked;
    bool answer = false;
};

struct DemoMatching
{
    QTemporaryDir dir;
    services::DemoOptions options;
    std::unique_ptr<domain::FixedClock> clock;
    std::unique_ptr<services::Workspace> workspace;
    gui::MainWindow window;
    MatchingPrompts* prompts = nullptr;

    DemoMatching()
    {
        REQUIRE(dir.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        options.today = test::d(2026, 11, 25);
        clock = std::make_unique<domain::FixedClock>(options.today);
        auto opened = services::Workspace::open(dir.filePath(QStringLiteral("demo.sqlite")), *clock,
                                                domain::Actor{QStringLiteral("p.shah")});
        REQUIRE(opened);
        workspace = std::move(*opened);
        REQUIRE(services::fillWithDemoAgency(workspace->database(), options));
        workspace->announceBulkChange();
        auto scripted = std::make_unique<MatchingPrompts>();
        prompts = scripted.get();
        window.setPrompts(std::move(scripted));
        window.resize(1400, 850);
        window.setWorkspace(workspace.get());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.showArea(gui::MainWindow::Area::Matching);
    }
    ~DemoMatching() { window.setWorkspace(nullptr); }

    gui::MatchingPage* page() const { return window.matchingPage(); }
};

/// The first waiting child for whom at least one household fits.
bool chooseChildWithAFit(gui::MatchingPage* page)
{
    auto* children = page->childrenModel();
    for (int row = 0; row < children->rowCount(); ++row) {
        page->chooseChild(domain::ChildId{
            children->index(row, 0).data(presentation::ChildListModel::IdRole).toLongLong()});
        if (page->rankedModel()->rowCount() > 0)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("the matching page ranks households for a waiting child of the demo agency",
          "[gui][matching]")
{
    DemoMatching f;
    gui::MatchingPage* page = f.page();
    REQUIRE(page->isEnabled());
    REQUIRE(page->childrenModel()->rowCount() > 0);
    REQUIRE(chooseChildWithAFit(page));

    auto* unitLabel = page->findChild<QLabel*>(QStringLiteral("unitLabel"));
    CHECK(unitLabel->text().startsWith(QStringLiteral("Households for ")));
    CHECK(page->breakdownModel()->rowCount() == matching::partCount);
    auto* link = page->findChild<QPushButton*>(QStringLiteral("linkButton"));
    CHECK(link->isEnabled());

    auto* toggle = page->findChild<QPushButton*>(QStringLiteral("excludedToggle"));
    auto* excluded = page->findChild<QTableView*>(QStringLiteral("excludedView"));
    CHECK_FALSE(excluded->isVisible());
    if (page->excludedModel()->rowCount() > 0) {
        toggle->click();
        CHECK(excluded->isVisible());
        CHECK(toggle->text().startsWith(QStringLiteral("Hide")));
    }
}

TEST_CASE("a link made on the matching page shows in the tracker, where steps are recorded",
          "[gui][matching]")
{
    DemoMatching f;
    gui::MatchingPage* page = f.page();
    REQUIRE(chooseChildWithAFit(page));
    const domain::ChildId child = page->chosenChild();
    const int before = page->trackerModel()->rowCount();

    REQUIRE(page->linkSelected(f.options.today, QStringLiteral("Priya Shah")));
    CHECK(f.prompts->errors.isEmpty());
    CHECK(page->findChild<QTabWidget*>(QStringLiteral("tabs"))->currentIndex() == 1);
    CHECK(page->rankedModel()->rowCount() == 0);
    CHECK(page->findChild<QLabel*>(QStringLiteral("unitLabel"))
              ->text()
              .contains(QStringLiteral("is not waiting for a family: linked")));
    REQUIRE(page->trackerModel()->rowCount() == before + 1);

    int row = -1;
    for (int r = 0; r < page->trackerModel()->rowCount(); ++r) {
        const auto* tracked = page->trackerModel()->row(r);
        if (std::find(tracked->children.begin(), tracked->children.end(), child) !=
            tracked->children.end())
            row = r;
    }
    REQUIRE(row >= 0);
    CHECK(page->trackerModel()->index(row, TrackerModel::NextStep).data().toString() ==
          QStringLiteral("Matching panel"));

    REQUIRE(page->recordStep(row, domain::WorkflowStep::MatchingPanel, f.options.today));
    SECTION("the match decision is recorded only once confirmed")
    {
        f.prompts->answer = false;
        CHECK_FALSE(page->recordStep(row, domain::WorkflowStep::MatchDecision, f.options.today));
        CHECK(f.prompts->asked == QStringList{QStringLiteral("Record the match decision")});
        CHECK(f.workspace->child(child)->journey.matchDecision.isNull());
        f.prompts->answer = true;
        REQUIRE(page->recordStep(row, domain::WorkflowStep::MatchDecision, f.options.today));
        CHECK(f.workspace->child(child)->journey.matchDecision == f.options.today);
    }
    SECTION("a refused step shows the domain's message")
    {
        CHECK_FALSE(page->recordStep(row, domain::WorkflowStep::MovedIn, f.options.today));
        REQUIRE(f.prompts->errors.size() == 1);
        CHECK(f.prompts->errors.front().contains(QStringLiteral("No move-in without a match")));
    }
}

TEST_CASE("Link… asks for the date and family finder, then links", "[gui][matching]")
{
    DemoMatching f;
    gui::MatchingPage* page = f.page();
    REQUIRE(chooseChildWithAFit(page));
    const domain::ChildId child = page->chosenChild();
    QString question;
    QString finder;
    // The dialog is modal: answer it from the event loop once it shows.
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        // No REQUIRE here: an exception must not cross the event loop; the checks below fail.
        if (dialog == nullptr)
            return;
        question = dialog->findChildren<QLabel*>().front()->text();
        finder = dialog->findChild<QLineEdit*>()->text();
        dialog->accept();
    });
    page->findChild<QPushButton*>(QStringLiteral("linkButton"))->click();
    CHECK(question.startsWith(QStringLiteral("Link ")));
    CHECK(finder == QStringLiteral("p.shah"));
    CHECK(f.prompts->errors.isEmpty());
    auto linked = f.workspace->child(child);
    REQUIRE(linked);
    CHECK(linked->journey.linked == f.options.today);
    CHECK(linked->household.isValid());
}

// Not run by default: saves the Matching page as a person would see it, for review.
//   QT_QPA_PLATFORM=offscreen build/ci/tests/gui/test_gui "[.matching-tour]"
TEST_CASE("screens of the matching page", "[.matching-tour]")
{
    DemoMatching f;
    gui::MatchingPage* page = f.page();
    REQUIRE(chooseChildWithAFit(page));
    QTest::qWait(50);
    f.window.grab().save(QStringLiteral("/tmp/matching-find.png"));
    page->findChild<QPushButton*>(QStringLiteral("excludedToggle"))->click();
    QTest::qWait(50);
    f.window.grab().save(QStringLiteral("/tmp/matching-excluded.png"));
    REQUIRE(page->linkSelected(f.options.today, QStringLiteral("Priya Shah")));
    QTest::qWait(50);
    f.window.grab().save(QStringLiteral("/tmp/matching-tracker.png"));
}
