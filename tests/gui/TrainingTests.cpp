#include "AdoptersFixture.h"
#include "gui/HouseholdForm.h"
#include "gui/TrainingPage.h"
#include "presentation/AttendanceModel.h"
#include "presentation/TrainingEventListModel.h"
#include "services/TrainingRegister.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>

using namespace permanence;
using domain::TrainingKind;
using test::d;
using test::findIn;

TEST_CASE_METHOD(test::AdoptersFixture,
                 "a training event and the households ticked in its register are saved",
                 "[gui][training]")
{
    const domain::HouseholdId holloway = add(test::aHousehold().build());
    const domain::HouseholdId bright =
        add(test::aHousehold()
                .reference(QStringLiteral("H-0002"))
                .single(QStringLiteral("Jo"), QStringLiteral("Bright"))
                .build());
    gui::AdoptersPage& adopters = showPage();
    adopters.showView(gui::AdoptersPage::View::Training);
    gui::TrainingPage* training = adopters.trainingPage();
    REQUIRE(training->isVisible());

    auto* kind = findIn<QComboBox>(training, "kindCombo");
    kind->setCurrentIndex(kind->findData(static_cast<int>(TrainingKind::EarlyPermanence)));
    QTest::keyClicks(findIn<QLineEdit>(training, "titleEdit"), QStringLiteral("Early permanence"));
    findIn<QDateEdit>(training, "startDate")->setDate(d(2024, 5, 14));
    findIn<QDateEdit>(training, "endDate")->setDate(d(2024, 5, 14));
    QTest::keyClicks(findIn<QLineEdit>(training, "trainerEdit"), QStringLiteral("Dana Shaw"));

    auto* register_ = findIn<QListView>(training, "attendanceList");
    presentation::AttendanceModel* attendance = training->attendance();
    REQUIRE(attendance->rowCount() == 2);
    // Tick Jo Bright by clicking her tick box.
    const QModelIndex jo = attendance->index(attendance->rowOf(bright));
    register_->setCurrentIndex(jo);
    QTest::keyClick(register_, Qt::Key_Space);
    CHECK(attendance->isAttending(bright));
    CHECK_FALSE(attendance->isAttending(holloway));
    CHECK(findIn<QLabel>(training, "attendanceCountLabel")->text() ==
          QStringLiteral("1 household attending"));

    QTest::mouseClick(findIn<QPushButton>(training, "saveEventButton"), Qt::LeftButton);
    INFO(prompts.errors.join(QLatin1Char('\n')).toStdString());
    auto events = services::TrainingRegister(*workspace).events();
    REQUIRE(events);
    REQUIRE(events->size() == 1);
    CHECK(events->front().title == QStringLiteral("Early permanence"));
    CHECK(events->front().kind == TrainingKind::EarlyPermanence);
    CHECK(events->front().attendees == QList<domain::HouseholdId>{bright});
    CHECK(training->events()->rowCount() == 1);
    CHECK_FALSE(training->isModified());
}

TEST_CASE_METHOD(test::AdoptersFixture, "a training event is refused with every problem shown",
                 "[gui][training]")
{
    gui::AdoptersPage& adopters = showPage();
    adopters.showView(gui::AdoptersPage::View::Training);
    gui::TrainingPage* training = adopters.trainingPage();
    findIn<QDateEdit>(training, "startDate")->setDate(d(2024, 5, 14));
    findIn<QDateEdit>(training, "endDate")->setDate(d(2024, 5, 10));
    QTest::mouseClick(findIn<QPushButton>(training, "saveEventButton"), Qt::LeftButton);
    auto* problems = findIn<QListWidget>(training, "eventProblemsList");
    CHECK(problems->isVisible());
    CHECK(problems->count() >= 1);
    CHECK(services::TrainingRegister(*workspace).events()->empty());
}

TEST_CASE_METHOD(test::AdoptersFixture,
                 "the household form warns in words when panel came without the mandatory modules",
                 "[gui][training]")
{
    domain::AdopterHousehold h = test::aHousehold().build();
    h.journey.stage1Start = d(2023, 3, 1);
    h.journey.stage1End = d(2023, 5, 1);
    h.journey.stage2Start = d(2023, 5, 15);
    h.journey.parCompleted = d(2023, 10, 20);
    h.journey.panel = d(2023, 11, 6);
    h.journey.approval = d(2023, 11, 20);
    const domain::HouseholdId id = add(h);
    domain::TrainingEvent prep;
    prep.kind = TrainingKind::Preparation;
    prep.title = QStringLiteral("Preparation");
    prep.start = d(2023, 4, 3);
    prep.end = d(2023, 4, 5);
    prep.attendees = {id};
    REQUIRE(services::TrainingRegister(*workspace).create(prep));

    gui::AdoptersPage& adopters = showPage();
    gui::HouseholdForm* form = adopters.openHousehold(id);
    REQUIRE(form);
    auto* warning = findIn<QLabel>(form, "trainingWarningLabel");
    CHECK_FALSE(warning->isHidden());
    CHECK(warning->text().contains(QStringLiteral("6 Nov 2023")));
    CHECK(warning->text().contains(domain::trainingKindLabel(TrainingKind::EarlyPermanence)));
    CHECK(warning->text().contains(domain::trainingKindLabel(TrainingKind::BrothersAndSisters)));
    CHECK(findIn<QTreeWidget>(form, "trainingTree")->topLevelItemCount() == 1);
    form->close();
}
