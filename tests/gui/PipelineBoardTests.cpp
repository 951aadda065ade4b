#include "AdoptersFixture.h"
#include "gui/HouseholdForm.h"
#include "gui/PipelineBoard.h"
#include "presentation/PipelineModel.h"

#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTabWidget>

using namespace permanence;
using domain::HouseholdStage;
using presentation::PipelineModel;
using test::d;

namespace {

domain::AdopterHousehold inStage1(const QString& reference, const QString& forename,
                                  QDate stage1Start)
{
    domain::HouseholdJourney j;
    j.enquiry = stage1Start.addDays(-30);
    j.registration = stage1Start.addDays(-5);
    j.stage1Start = stage1Start;
    return test::aHousehold()
        .reference(reference)
        .single(forename, QStringLiteral("Board"))
        .journey(j)
        .terms({})
        .build();
}

struct BoardFixture : test::AdoptersFixture
{
    BoardFixture()
    {
        over = add(inStage1(QStringLiteral("H-1"), QStringLiteral("Olive"), d(2024, 3, 10)));
        add(inStage1(QStringLiteral("H-2"), QStringLiteral("Wren"), d(2024, 5, 2)));
        add(test::aHousehold().reference(QStringLiteral("H-3")).build());
    }
    domain::HouseholdId over;
};

} // namespace

TEST_CASE_METHOD(BoardFixture, "the board shows a column per stage with its households",
                 "[gui][pipeline]")
{
    gui::AdoptersPage& adopters = showPage();
    adopters.showView(gui::AdoptersPage::View::Pipeline);
    gui::PipelineBoard* board = adopters.board();
    REQUIRE(board->isVisible());
    const int stage1 = adopters.pipeline()->columnOf(HouseholdStage::Stage1);
    CHECK(board->columnHeading(stage1)->text() == QStringLiteral("Stage 1 (2)"));
    QListView* cards = board->columnView(stage1);
    REQUIRE(cards->model()->rowCount(cards->rootIndex()) == 2);
    const QModelIndex first = cards->model()->index(0, 0, cards->rootIndex());
    // Over target is said in words on the card, and the colour only repeats it.
    CHECK(first.data().toString().contains(QStringLiteral("Olive Board")));
    CHECK(first.data().toString().contains(QStringLiteral("Over target by 23 days")));
    CHECK(first.data(Qt::BackgroundRole).isValid());
    const QModelIndex second = cards->model()->index(1, 0, cards->rootIndex());
    CHECK(second.data().toString().contains(QStringLiteral("Within the 60-day target")));
    CHECK(cards->dragDropMode() == QAbstractItemView::NoDragDrop);

    const int waiting = adopters.pipeline()->columnOf(HouseholdStage::ApprovedWaiting);
    CHECK(board->columnHeading(waiting)->text() == QStringLiteral("Approved, waiting (1)"));
}

TEST_CASE_METHOD(BoardFixture, "the stage 1 target comes from the settings", "[gui][pipeline]")
{
    QSettings().setValue(QStringLiteral("adopters/stage1TargetDays"), 90);
    gui::AdoptersPage& adopters = showPage();
    const int stage1 = adopters.pipeline()->columnOf(HouseholdStage::Stage1);
    const QModelIndex column = adopters.pipeline()->index(stage1, 0);
    CHECK(adopters.pipeline()
              ->data(adopters.pipeline()->index(0, 0, column))
              .toString()
              .contains(QStringLiteral("Within the 90-day target")));
}

TEST_CASE_METHOD(BoardFixture, "activating a card opens its household", "[gui][pipeline]")
{
    gui::AdoptersPage& adopters = showPage();
    adopters.showView(gui::AdoptersPage::View::Pipeline);
    QListView* cards =
        adopters.board()->columnView(adopters.pipeline()->columnOf(HouseholdStage::Stage1));
    const QModelIndex first = cards->model()->index(0, 0, cards->rootIndex());
    cards->setFocus();
    cards->setCurrentIndex(first);
    QTest::keyClick(cards, Qt::Key_Return);
    auto* form = adopters.findChild<gui::HouseholdForm*>();
    REQUIRE(form);
    CHECK(form->householdId() == over);
    CHECK(form->windowTitle().startsWith(QStringLiteral("Olive Board")));
    form->close();
}

TEST_CASE_METHOD(BoardFixture, "screenshots of the board and the form", "[.screenshot]")
{
    gui::AdoptersPage& adopters = showPage();
    adopters.showView(gui::AdoptersPage::View::Pipeline);
    QTest::qWait(50);
    REQUIRE(adopters.grab().save(QStringLiteral("/tmp/h8-board.png")));
    adopters.showView(gui::AdoptersPage::View::List);
    QTest::qWait(50);
    REQUIRE(adopters.grab().save(QStringLiteral("/tmp/h8-list.png")));
    adopters.showView(gui::AdoptersPage::View::Training);
    QTest::qWait(50);
    REQUIRE(adopters.grab().save(QStringLiteral("/tmp/h8-training.png")));
    gui::HouseholdForm* form = adopters.openHousehold(over);
    REQUIRE(form);
    REQUIRE(QTest::qWaitForWindowExposed(form));
    auto* tabs = form->findChild<QTabWidget*>(QStringLiteral("tabs"));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(50);
        REQUIRE(form->grab().save(QStringLiteral("/tmp/h8-form-%1.png").arg(i)));
    }
    form->close();
}
