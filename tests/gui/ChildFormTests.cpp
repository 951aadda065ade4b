#include "Builders.h"
#include "domain/Clock.h"
#include "gui/ChildForm.h"
#include "gui/ChildrenPage.h"
#include "gui/ChronologyWindow.h"
#include "gui/NotReachedDateEdit.h"
#include "presentation/ChildEditor.h"
#include "presentation/ChildListModel.h"
#include "presentation/ChronologyModel.h"
#include "presentation/UserPrompts.h"
#include "services/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace permanence;
using gui::ChildForm;
using presentation::UserPrompts;
using test::d;

namespace {

/// Answers the form's questions from a script, and remembers what was asked.
class ScriptedPrompts final : public UserPrompts
{
public:
    UnsavedChanges unsavedAnswer = UnsavedChanges::KeepEditing;
    bool confirmAnswer = false;
    int unsavedAsked = 0;
    QStringList errors;

    QString chooseDatabaseToOpen(const QString&) override { return {}; }
    QString chooseNewDatabasePath(const QString&) override { return {}; }
    void showError(const QString& title, const QString& message) override
    {
        errors << title + QStringLiteral(": ") + message;
    }
    UnsavedChanges askUnsavedChanges(const QString&) override
    {
        ++unsavedAsked;
        return unsavedAnswer;
    }
    bool confirm(const QString&, const QString&, const QString&) override { return confirmAnswer; }
    QString saveAnswer;
    QString chooseFileToSave(const QString&, const QString&, const QString&) override
    {
        return saveAnswer;
    }
    DuplicateAnswer duplicateAnswer;
    std::vector<domain::LikelyDuplicate> duplicatesShown;
    DuplicateAnswer
    askAboutLikelyDuplicates(const QString&,
                             const std::vector<domain::LikelyDuplicate>& found) override
    {
        duplicatesShown = found;
        return duplicateAnswer;
    }
};

/// A Children page on a temporary database (today 1 June 2024, four councils, no children).
struct PageFixture
{
    PageFixture()
    {
        REQUIRE(dir.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        auto opened = services::Workspace::open(dir.filePath(QStringLiteral("children.sqlite")),
                                                clock, domain::Actor{QStringLiteral("tester")});
        REQUIRE(opened);
        workspace = std::move(*opened);
        REQUIRE(workspace->setAgency(test::aFourCouncilAgency()));
        page = std::make_unique<gui::ChildrenPage>();
        page->setPrompts(&prompts);
        page->setWorkspace(workspace.get());
        page->resize(1100, 600);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
    }
    ~PageFixture() { page.reset(); }

    QTemporaryDir dir;
    domain::FixedClock clock{QDate(2024, 6, 1)};
    std::unique_ptr<services::Workspace> workspace;
    ScriptedPrompts prompts;
    std::unique_ptr<gui::ChildrenPage> page;
};

template <typename W> W* field(QWidget* form, const char* name)
{
    auto* widget = form->findChild<W*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

void type(QWidget* form, const char* name, const QString& text)
{
    auto* edit = field<QLineEdit>(form, name);
    edit->setFocus();
    edit->selectAll();
    // Delete the selection as a user would, so an empty `text` clears the field.
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

/// Chooses the item with `data` the way a keyboard user does, so `activated` fires.
void choose(QWidget* form, const char* name, const QVariant& data)
{
    auto* combo = field<QComboBox>(form, name);
    const int index = combo->findData(data);
    REQUIRE(index > 0);
    combo->setCurrentIndex(index - 1);
    QTest::keyClick(combo, Qt::Key_Down);
    REQUIRE(combo->currentIndex() == index);
}

/// Ticks "reached" and types the date into the field, as a user would.
void setDate(QWidget* form, const char* name, QDate date)
{
    auto* edit = field<gui::NotReachedDateEdit>(form, name);
    if (!edit->checkBox()->isChecked())
        QTest::mouseClick(edit->checkBox(), Qt::LeftButton);
    edit->dateEdit()->setDate(date);
    REQUIRE(edit->date() == date);
}

void fillValidChild(QWidget* form, const QString& reference)
{
    type(form, "referenceEdit", reference);
    type(form, "forenameEdit", QStringLiteral("Maya"));
    type(form, "surnameEdit", QStringLiteral("Okafor"));
    setDate(form, "dateOfBirthEdit", d(2020, 2, 14));
    choose(form, "sexCombo", static_cast<int>(domain::Sex::Female));
    choose(form, "ethnicityCombo", QStringLiteral("BAFR"));
    choose(form, "councilCombo", QStringLiteral("STOKE"));
    setDate(form, "enteredCareEdit", d(2022, 5, 3));
}

} // namespace

TEST_CASE_METHOD(PageFixture, "a child created through the form is found in the Children list",
                 "[gui][children][child-form]")
{
    ChildForm* form = page->newChild();
    REQUIRE(form != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(form));
    fillValidChild(form, QStringLiteral("C-900"));
    setDate(form, "agencyDecisionEdit", d(2023, 1, 9));
    QTest::mouseClick(field<QPushButton>(form, "saveButton"), Qt::LeftButton);

    CHECK(form->shownProblems().isEmpty());
    CHECK(prompts.errors.isEmpty());
    CHECK_FALSE(form->editor()->isModified());
    REQUIRE(workspace->childCount().value() == 1);

    auto* search = page->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("Okafor"));
    QTest::keyClick(search, Qt::Key_Return);
    QTableView* table = page->table();
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, presentation::ChildListModel::Name).data().toString() ==
          QStringLiteral("Maya Okafor"));
    CHECK(table->model()->index(0, presentation::ChildListModel::Stage).data().toString() ==
          QStringLiteral("Plan, awaiting placement order (since 9 Jan 2023)"));

    // Opening the row again brings the same form forward instead of a second copy.
    table->setCurrentIndex(table->model()->index(0, 0));
    page->openSelected();
    CHECK(page->openChild(form->editor()->saved().id.value) == form);
}

TEST_CASE_METHOD(PageFixture,
                 "the form shows every problem and saves nothing when the placement order is "
                 "before the agency decision",
                 "[gui][children][child-form][validation]")
{
    ChildForm* form = page->newChild();
    fillValidChild(form, QStringLiteral("C-901"));
    setDate(form, "agencyDecisionEdit", d(2023, 4, 10));
    setDate(form, "placementOrderEdit", d(2023, 3, 1));
    type(form, "surnameEdit", QString());
    QTest::mouseClick(field<QPushButton>(form, "saveButton"), Qt::LeftButton);

    const QStringList problems = form->shownProblems();
    CHECK(problems.contains(
        QStringLiteral("Placement order 1 Mar 2023 is before the agency decision 10 Apr 2023.")));
    CHECK(problems.contains(QStringLiteral("Surname is required.")));
    CHECK(workspace->childCount().value() == 0);
    CHECK(form->isVisible());
    // The field names its problem to anyone hovering or using a screen reader.
    CHECK(field<gui::NotReachedDateEdit>(form, "placementOrderEdit")
              ->toolTip()
              .contains(QStringLiteral("before the agency decision")));

    // Fixing the date takes the problem off the list at once.
    setDate(form, "placementOrderEdit", d(2023, 5, 2));
    CHECK(form->shownProblems() == QStringList{QStringLiteral("Surname is required.")});
}

TEST_CASE_METHOD(PageFixture, "undo in the child form restores a field",
                 "[gui][children][child-form][undo]")
{
    workspace->createChild(test::aChild().reference(QStringLiteral("C-5")).build()).value();
    page->table()->setCurrentIndex(page->model()->index(0, 0));
    page->openSelected();
    auto* form = page->findChild<ChildForm*>();
    REQUIRE(form != nullptr);
    form->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(form));
    auto* forename = field<QLineEdit>(form, "forenameEdit");
    const QString before = forename->text();

    type(form, "forenameEdit", QStringLiteral("Rosa"));
    CHECK(form->editor()->draft().forename == QStringLiteral("Rosa"));
    QTest::keyClick(forename, Qt::Key_Z, Qt::ControlModifier);
    CHECK(forename->text() == before);
    CHECK(form->editor()->draft().forename == before);
    CHECK_FALSE(form->editor()->isModified());
    QTest::keyClick(forename, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(forename->text() == QStringLiteral("Rosa"));
}

TEST_CASE_METHOD(PageFixture, "closing the form with unsaved changes asks first",
                 "[gui][children][child-form][unsaved]")
{
    ChildForm* form = page->newChild();
    type(form, "forenameEdit", QStringLiteral("Isla"));

    SECTION("Cancel keeps the form open with the typing")
    {
        prompts.unsavedAnswer = UserPrompts::UnsavedChanges::KeepEditing;
        CHECK_FALSE(form->close());
        CHECK(prompts.unsavedAsked == 1);
        CHECK(form->isVisible());
        CHECK(field<QLineEdit>(form, "forenameEdit")->text() == QStringLiteral("Isla"));
        prompts.unsavedAnswer = UserPrompts::UnsavedChanges::Discard;
        form->close();
    }
    SECTION("Discard closes it and writes nothing")
    {
        prompts.unsavedAnswer = UserPrompts::UnsavedChanges::Discard;
        QTest::keyClick(form, Qt::Key_Escape);
        CHECK(prompts.unsavedAsked == 1);
        CHECK_FALSE(form->isVisible());
        CHECK(workspace->childCount().value() == 0);
    }
}

TEST_CASE_METHOD(PageFixture, "the Children filters narrow the list as of today",
                 "[gui][children][filters]")
{
    workspace
        ->createChild(test::aChild()
                          .reference(QStringLiteral("C-W"))
                          .agencyDecision(d(2022, 1, 5))
                          .placementOrder(d(2022, 3, 1))
                          .build())
        .value();
    workspace->createChild(test::aChild().reference(QStringLiteral("C-N")).build()).value();
    REQUIRE(page->model()->rowCount() == 2);
    choose(page.get(), "waitingCombo", 548);
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->model()->index(0, presentation::ChildListModel::DaysWaiting).data().toString() ==
          QStringLiteral("823 days, long wait"));
    choose(page.get(), "waitingCombo", 90);
    choose(page.get(), "statusCombo", static_cast<int>(domain::FamilyFindingStatus::NoPlan));
    CHECK(page->model()->rowCount() == 0);
}

TEST_CASE_METHOD(PageFixture, "screenshot of the child form", "[.screenshot]")
{
    workspace
        ->createChild(test::aChild()
                          .reference(QStringLiteral("C-300"))
                          .named(QStringLiteral("Leo"), QStringLiteral("Marsh"))
                          .agencyDecision(d(2022, 1, 10))
                          .placementOrder(d(2022, 3, 1))
                          .linked(d(2024, 5, 20))
                          .build())
        .value();
    ChildForm* form = page->openChild(
        page->model()->index(0, 0).data(presentation::ChildListModel::IdRole).toLongLong());
    REQUIRE(form != nullptr);
    form->resize(1000, 760);
    auto* tabs = field<QTabWidget>(form, "tabs");
    const QString out = qEnvironmentVariable("SCREENSHOT_DIR", QStringLiteral("/tmp"));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(50);
        form->grab().save(out + QStringLiteral("/childform-%1.png").arg(i));
    }
    type(form, "surnameEdit", QString());
    setDate(form, "placementOrderEdit", d(2021, 12, 1));
    form->save();
    tabs->setCurrentIndex(2);
    form->grab().save(out + QStringLiteral("/childform-problems.png"));
    page->grab().save(out + QStringLiteral("/childrenpage.png"));
    form->editor()->undoStack()->setClean();
    prompts.unsavedAnswer = UserPrompts::UnsavedChanges::Discard;
}

TEST_CASE_METHOD(PageFixture, "creating a child like an existing one asks first",
                 "[gui][children][child-form][duplicates]")
{
    domain::Child existing = test::aChild()
                                 .reference(QStringLiteral("C-100"))
                                 .named(QStringLiteral("Maia"), QStringLiteral("Okafor"))
                                 .bornOn(d(2020, 2, 14))
                                 .council(QStringLiteral("STOKE"))
                                 .build();
    const auto existingId = workspace->createChild(existing);
    REQUIRE(existingId);

    ChildForm* form = page->newChild();
    REQUIRE(form != nullptr);
    fillValidChild(form, QStringLiteral("C-901")); // Maya Okafor, born 14 Feb 2020
    using Action = UserPrompts::DuplicateAnswer::Action;

    SECTION("keep editing: nothing is created and the typing stays")
    {
        prompts.duplicateAnswer = {Action::KeepEditing, -1};
        QTest::mouseClick(field<QPushButton>(form, "saveButton"), Qt::LeftButton);
        REQUIRE(prompts.duplicatesShown.size() == 1);
        CHECK(prompts.duplicatesShown[0].reference == QStringLiteral("C-100"));
        CHECK(workspace->childCount().value() == 1);
        CHECK(form->editor()->isModified());
    }
    SECTION("it is that child: the existing record opens and nothing is created")
    {
        prompts.duplicateAnswer = {Action::OpenExisting, 0};
        QTest::mouseClick(field<QPushButton>(form, "saveButton"), Qt::LeftButton);
        CHECK(workspace->childCount().value() == 1);
        ChildForm* opened = page->openChild(existingId->value);
        REQUIRE(opened != nullptr);
        CHECK(opened != form);
        CHECK(opened->editor()->saved().reference == QStringLiteral("C-100"));
    }
    SECTION("a different child: it is created")
    {
        prompts.duplicateAnswer = {Action::CreateNew, -1};
        QTest::mouseClick(field<QPushButton>(form, "saveButton"), Qt::LeftButton);
        CHECK(workspace->childCount().value() == 2);
        CHECK_FALSE(form->editor()->isModified());
    }
}

TEST_CASE_METHOD(PageFixture, "the chronology opens from a saved child, filters and saves as PDF",
                 "[gui][children][chronology]")
{
    ChildForm* form = page->newChild();
    REQUIRE(form != nullptr);
    CHECK_FALSE(field<QPushButton>(form, "chronologyButton")->isEnabled());
    CHECK(form->showChronology() == nullptr);
    fillValidChild(form, QStringLiteral("C-902"));
    setDate(form, "agencyDecisionEdit", d(2023, 1, 9));
    REQUIRE(form->save());
    CHECK(field<QPushButton>(form, "chronologyButton")->isEnabled());

    QTest::mouseClick(field<QPushButton>(form, "chronologyButton"), Qt::LeftButton);
    gui::ChronologyWindow* chronology = form->findChild<gui::ChronologyWindow*>();
    REQUIRE(chronology != nullptr);
    CHECK(form->showChronology() == chronology);
    presentation::ChronologyModel* model = chronology->model();
    REQUIRE(model->rowCount() == 3); // agency decision, entered care, born
    CHECK(model->index(0, presentation::ChronologyModel::Event).data().toString() ==
          QStringLiteral("Agency decision: should be placed for adoption"));
    CHECK(model->index(0, presentation::ChronologyModel::Date).data().toString() ==
          QStringLiteral("9 Jan 2023"));

    // A date saved on the form shows in the open chronology at once.
    setDate(form, "placementOrderEdit", d(2023, 4, 3));
    REQUIRE(form->save());
    REQUIRE(model->rowCount() == 4);
    CHECK(model->index(0, presentation::ChronologyModel::Event).data().toString() ==
          QStringLiteral("Placement order granted"));

    auto* source = field<QComboBox>(chronology, "sourceCombo");
    source->setCurrentIndex(source->findData(static_cast<int>(domain::ChronologySource::CaseNote)));
    CHECK(model->rowCount() == 0);
    source->setCurrentIndex(0);
    CHECK(model->rowCount() == 4);

    prompts.saveAnswer = dir.filePath(QStringLiteral("chronology.pdf"));
    QTest::mouseClick(field<QPushButton>(chronology, "pdfButton"), Qt::LeftButton);
    QFile pdf(prompts.saveAnswer);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    CHECK(prompts.errors.isEmpty());
}
