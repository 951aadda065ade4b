#include "WorkspaceFixture.h"
#include "presentation/ChildEditor.h"
#include "storage/ChildRepository.h"

#include <QSignalSpy>

using namespace permanence;
using domain::Milestone;
using presentation::ChildEditor;
using test::aChild;
using test::d;

TEST_CASE_METHOD(test::WorkspaceFixture, "undo restores a child's field and redo applies it again",
                 "[presentation][child-editor][undo]")
{
    ChildEditor editor(*workspace,
                       aChild().named(QStringLiteral("Ava"), QStringLiteral("Khan")).build());
    QSignalSpy changed(&editor, &ChildEditor::draftChanged);
    CHECK_FALSE(editor.isModified());

    // Typing a surname letter by letter is one undo step, not one per letter.
    editor.setText(ChildEditor::Text::Surname, QStringLiteral("K"));
    editor.setText(ChildEditor::Text::Surname, QStringLiteral("Ke"));
    editor.setText(ChildEditor::Text::Surname, QStringLiteral("Kerr"));
    editor.setMilestoneDate(Milestone::AgencyDecision, d(2022, 1, 5));
    CHECK(editor.isModified());
    CHECK(editor.undoStack()->count() == 2);
    CHECK(editor.undoStack()->undoText() == QStringLiteral("Set agency decision date"));

    editor.undoStack()->undo();
    CHECK_FALSE(editor.draft().journey.agencyDecision.isValid());
    editor.undoStack()->undo();
    CHECK(editor.draft().surname == QStringLiteral("Khan"));
    CHECK_FALSE(editor.isModified());
    editor.undoStack()->redo();
    CHECK(editor.draft().surname == QStringLiteral("Kerr"));
    CHECK(changed.count() >= 4);
}

TEST_CASE_METHOD(test::WorkspaceFixture,
                 "typing a field back to what it was leaves nothing to undo",
                 "[presentation][child-editor][undo]")
{
    ChildEditor editor(*workspace, aChild().build());
    const QString before = editor.draft().forename;
    editor.setText(ChildEditor::Text::Forename, before + QStringLiteral("x"));
    editor.setText(ChildEditor::Text::Forename, before);
    CHECK(editor.undoStack()->count() == 0);
    CHECK_FALSE(editor.isModified());
}

TEST_CASE_METHOD(test::WorkspaceFixture, "contact plans and health needs are undoable edits",
                 "[presentation][child-editor][undo]")
{
    ChildEditor editor(*workspace, aChild().build());
    editor.addContactPlan({QStringLiteral("Birth mother"), QStringLiteral("Letterbox"),
                           QStringLiteral("Twice a year")});
    editor.setHealthNeed(domain::needCategories().at(3), true);
    editor.setHealthNeed(domain::needCategories().at(1), true);
    CHECK(editor.draft().healthNeeds ==
          QStringList{domain::needCategories().at(1), domain::needCategories().at(3)});
    editor.removeContactPlan(0);
    CHECK(editor.draft().contactPlans.isEmpty());
    editor.undoStack()->undo();
    REQUIRE(editor.draft().contactPlans.size() == 1);
    CHECK(editor.draft().contactPlans.at(0).withWhom == QStringLiteral("Birth mother"));
}

TEST_CASE_METHOD(test::WorkspaceFixture,
                 "saving refuses a placement order before the agency decision and writes nothing",
                 "[presentation][child-editor][validation]")
{
    ChildEditor editor(*workspace, aChild().reference(QStringLiteral("C-77")).build());
    editor.setMilestoneDate(Milestone::AgencyDecision, d(2023, 4, 10));
    editor.setMilestoneDate(Milestone::PlacementOrder, d(2023, 3, 1));
    editor.setText(ChildEditor::Text::Forename, QString());

    const auto saved = editor.save();
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == domain::ErrorCode::Validation);
    QStringList messages;
    for (const auto& problem : saved.error().problems)
        messages << problem.message;
    // Every problem at once, each naming its field.
    CHECK(messages.contains(QStringLiteral("Forename is required.")));
    CHECK(messages.contains(
        QStringLiteral("Placement order 1 Mar 2023 is before the agency decision 10 Apr 2023.")));
    CHECK(workspace->childCount().value() == 0);
    CHECK(editor.isNew());
    CHECK(editor.isModified());
}

TEST_CASE_METHOD(test::WorkspaceFixture,
                 "saving a new child creates it and keeps its id through undo",
                 "[presentation][child-editor]")
{
    ChildEditor editor(*workspace, domain::Child{});
    QSignalSpy savedSpy(&editor, &ChildEditor::recordSaved);
    const domain::Child valid = aChild().reference(QStringLiteral("C-88")).build();
    editor.setText(ChildEditor::Text::Reference, valid.reference);
    editor.setText(ChildEditor::Text::Forename, valid.forename);
    editor.setText(ChildEditor::Text::Surname, valid.surname);
    editor.setDate(ChildEditor::Date::DateOfBirth, valid.dateOfBirth);
    editor.setSex(valid.sex);
    editor.setText(ChildEditor::Text::Ethnicity, valid.ethnicity);
    editor.setText(ChildEditor::Text::Council, valid.councilCode);
    editor.setMilestoneDate(Milestone::EnteredCare, valid.journey.enteredCare);

    const auto id = editor.save();
    REQUIRE(id);
    CHECK(savedSpy.count() == 1);
    CHECK_FALSE(editor.isNew());
    CHECK_FALSE(editor.isModified());
    CHECK(workspace->child(*id)->reference == QStringLiteral("C-88"));

    // Undoing past the save edits the saved record; it never becomes a new child again.
    editor.undoStack()->undo();
    CHECK(editor.draft().id == *id);
    CHECK(editor.isModified());
    editor.undoStack()->redo();
    editor.setText(ChildEditor::Text::Religion, QStringLiteral("Sikh"));
    REQUIRE(editor.save());
    CHECK(workspace->child(*id)->religion == QStringLiteral("Sikh"));
    CHECK(workspace->childCount().value() == 1);
}
