#include "AdoptersFixture.h"
#include "gui/HouseholdForm.h"
#include "gui/NotReachedDateEdit.h"
#include "presentation/HouseholdEditor.h"
#include "presentation/HouseholdListModel.h"
#include "presentation/PipelineModel.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace permanence;
using domain::HouseholdStage;
using gui::HouseholdForm;
using gui::NotReachedDateEdit;
using test::d;
using test::findIn;

namespace {

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

QStringList problemsShown(const HouseholdForm& form)
{
    QStringList shown;
    const auto* list = findIn<QListWidget>(&form, "problemsList");
    for (int row = 0; row < list->count(); ++row)
        shown << list->item(row)->text();
    return shown;
}

/// Types a single applicant in stage 1 since 10 March 2024 (83 days by 1 June 2024).
void fillStage1Household(HouseholdForm& form)
{
    QTest::keyClicks(findIn<QLineEdit>(&form, "forename1Edit"), QStringLiteral("Amir"));
    QTest::keyClicks(findIn<QLineEdit>(&form, "surname1Edit"), QStringLiteral("Khan"));
    findIn<NotReachedDateEdit>(&form, "dob1Date")->setDate(d(1986, 4, 2));
    choose(findIn<QComboBox>(&form, "ethnicity1Combo"), QStringLiteral("APKN"));
    choose(findIn<QComboBox>(&form, "hubCombo"), QStringLiteral("SHREWS"));
    findIn<NotReachedDateEdit>(&form, "enquiryDate")->setDate(d(2024, 1, 15));
    findIn<NotReachedDateEdit>(&form, "registrationDate")->setDate(d(2024, 2, 20));
    findIn<NotReachedDateEdit>(&form, "stage1StartDate")->setDate(d(2024, 3, 10));
}

} // namespace

TEST_CASE_METHOD(test::AdoptersFixture,
                 "a household created in the form appears on the pipeline board in its stage",
                 "[gui][household-form]")
{
    gui::AdoptersPage& adopters = showPage();
    HouseholdForm* form = adopters.newHousehold();
    REQUIRE(form);
    REQUIRE(QTest::qWaitForWindowExposed(form));
    fillStage1Household(*form);
    QTest::mouseClick(findIn<QPushButton>(form, "saveButton"), Qt::LeftButton);

    INFO(problemsShown(*form).join(QLatin1Char('\n')).toStdString());
    REQUIRE(form->householdId().isValid());
    CHECK_FALSE(form->editor().isModified());
    CHECK(findIn<QGroupBox>(form, "problemsGroup")->isHidden());

    adopters.showView(gui::AdoptersPage::View::Pipeline);
    presentation::PipelineModel* pipeline = adopters.pipeline();
    const QModelIndex stage1 = pipeline->index(pipeline->columnOf(HouseholdStage::Stage1), 0);
    REQUIRE(pipeline->rowCount(stage1) == 1);
    const QString card = pipeline->data(pipeline->index(0, 0, stage1)).toString();
    CHECK(card.contains(QStringLiteral("Amir Khan")));
    CHECK(card.contains(QStringLiteral("Shrewsbury")));
    CHECK(card.contains(QStringLiteral("83 days in stage 1")));
    CHECK(card.contains(QStringLiteral("Over target by 23 days")));
    // The list beside it knows the household too.
    CHECK(adopters.model()->totalCount() == 1);
    form->close();
}

TEST_CASE_METHOD(test::AdoptersFixture,
                 "the form refuses to save and names every problem until all are fixed",
                 "[gui][household-form]")
{
    gui::AdoptersPage& adopters = showPage();
    HouseholdForm* form = adopters.newHousehold();
    auto* reference = findIn<QLineEdit>(form, "referenceEdit");
    reference->selectAll();
    QTest::keyClick(reference, Qt::Key_Delete);
    REQUIRE(form->editor().household().reference.isEmpty());
    findIn<NotReachedDateEdit>(form, "stage1EndDate")->setDate(d(2024, 5, 1));
    QTest::mouseClick(findIn<QPushButton>(form, "saveButton"), Qt::LeftButton);

    const QStringList shown = problemsShown(*form);
    INFO(shown.join(QLatin1Char('\n')).toStdString());
    CHECK(findIn<QGroupBox>(form, "problemsGroup")->isVisible());
    const auto mentions = [&](const QString& field) {
        return std::any_of(shown.begin(), shown.end(), [&](const QString& line) {
            return line.startsWith(field + QLatin1Char(':'));
        });
    };
    CHECK(mentions(QStringLiteral("Reference")));
    CHECK(mentions(QStringLiteral("Hub")));
    CHECK(mentions(QStringLiteral("Applicant 1")));
    CHECK(mentions(QStringLiteral("Stage 1 end")));
    CHECK(shown.size() == static_cast<int>(form->editor().problems().size()));
    CHECK(workspace->householdCount().value() == 0);
    CHECK_FALSE(form->householdId().isValid());

    // The list follows the edits: fixing the hub takes its problem away at once.
    choose(findIn<QComboBox>(form, "hubCombo"), QStringLiteral("SHREWS"));
    const QStringList after = problemsShown(*form);
    CHECK(after.size() == shown.size() - 1);
    prompts.unsavedAnswer = presentation::UserPrompts::UnsavedChanges::Discard;
    form->close();
}

TEST_CASE_METHOD(test::AdoptersFixture, "undo in the form takes back the last edit",
                 "[gui][household-form]")
{
    const domain::HouseholdId id = add(test::aHousehold().build());
    gui::AdoptersPage& adopters = showPage();
    HouseholdForm* form = adopters.openHousehold(id);
    REQUIRE(form);
    auto* area = findIn<QLineEdit>(form, "areaEdit");
    auto* undo = findIn<QPushButton>(form, "undoButton");
    CHECK_FALSE(undo->isEnabled());
    QTest::keyClicks(area, QStringLiteral("Telford"));
    choose(findIn<QComboBox>(form, "relationshipCombo"),
           static_cast<int>(domain::Relationship::CivilPartners));
    CHECK(form->isWindowModified());
    REQUIRE(undo->isEnabled());

    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK(findIn<QComboBox>(form, "relationshipCombo")->currentData().toInt() ==
          static_cast<int>(domain::Relationship::Married));
    CHECK(area->text() == QStringLiteral("Telford"));
    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK(area->text().isEmpty());
    CHECK_FALSE(form->editor().isModified());
    CHECK_FALSE(form->isWindowModified());
    QTest::mouseClick(findIn<QPushButton>(form, "redoButton"), Qt::LeftButton);
    CHECK(area->text() == QStringLiteral("Telford"));
    prompts.unsavedAnswer = presentation::UserPrompts::UnsavedChanges::Discard;
    form->close();
}

TEST_CASE_METHOD(test::AdoptersFixture, "closing with unsaved changes asks what to do",
                 "[gui][household-form]")
{
    const domain::HouseholdId id = add(test::aHousehold().build());
    gui::AdoptersPage& adopters = showPage();
    QPointer<HouseholdForm> form = adopters.openHousehold(id);
    QTest::keyClicks(findIn<QLineEdit>(form, "areaEdit"), QStringLiteral("Leek"));

    SECTION("keep editing leaves the form open")
    {
        prompts.unsavedAnswer = presentation::UserPrompts::UnsavedChanges::KeepEditing;
        form->close();
        CHECK(form->isVisible());
        CHECK(prompts.askedAbout == QStringList{QStringLiteral("Sam & Priya Holloway")});
        prompts.unsavedAnswer = presentation::UserPrompts::UnsavedChanges::Discard;
        form->close();
    }
    SECTION("discard closes without saving")
    {
        prompts.unsavedAnswer = presentation::UserPrompts::UnsavedChanges::Discard;
        form->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        CHECK(form.isNull());
        CHECK(workspace->household(id)->area.isEmpty());
    }
    SECTION("save saves, then closes")
    {
        prompts.unsavedAnswer = presentation::UserPrompts::UnsavedChanges::Save;
        form->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        CHECK(form.isNull());
        CHECK(workspace->household(id)->area == QStringLiteral("Leek"));
    }
}

TEST_CASE_METHOD(test::AdoptersFixture, "opening a household twice brings its form forward",
                 "[gui][household-form]")
{
    const domain::HouseholdId id = add(test::aHousehold().build());
    gui::AdoptersPage& adopters = showPage();
    HouseholdForm* first = adopters.openHousehold(id);
    CHECK(adopters.openHousehold(id) == first);
    first->close();
}

TEST_CASE_METHOD(test::AdoptersFixture,
                 "creating a household like an existing one asks first, and can open it instead",
                 "[gui][household-form][duplicates]")
{
    domain::AdopterHousehold existing = test::aHousehold()
                                            .reference(QStringLiteral("H-0500"))
                                            .single(QStringLiteral("Amir"), QStringLiteral("Khan"))
                                            .build();
    existing.applicants[0].dateOfBirth = d(1986, 4, 2);
    const auto existingId = workspace->createHousehold(existing);
    INFO((existingId ? QString() : existingId.error().message).toStdString());
    REQUIRE(existingId);
    gui::AdoptersPage& adopters = showPage();
    HouseholdForm* form = adopters.newHousehold();
    REQUIRE(form);
    fillStage1Household(*form); // Amir Khan, born 2 Apr 1986

    using Action = presentation::UserPrompts::DuplicateAnswer::Action;
    prompts.duplicateAnswer = {Action::OpenExisting, 0};
    QTest::mouseClick(findIn<QPushButton>(form, "saveButton"), Qt::LeftButton);
    REQUIRE(prompts.duplicatesShown.size() == 1);
    CHECK(prompts.duplicatesShown[0].id == existingId->value);
    CHECK_FALSE(form->householdId().isValid());
    CHECK(workspace->householdCount().value() == 1);
    HouseholdForm* opened = adopters.openHousehold(*existingId);
    REQUIRE(opened != nullptr);
    CHECK(opened != form);

    prompts.duplicateAnswer = {Action::CreateNew, -1};
    QTest::mouseClick(findIn<QPushButton>(form, "saveButton"), Qt::LeftButton);
    CHECK(form->householdId().isValid());
    CHECK(workspace->householdCount().value() == 2);
    opened->close();
    form->close();
}
