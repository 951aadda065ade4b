#include "WorkspaceFixture.h"
#include "presentation/HouseholdEditor.h"

#include <QSignalSpy>

using namespace permanence;
using domain::AdopterHousehold;
using presentation::HouseholdEditor;
using test::aHousehold;
using test::d;

namespace {

int householdsSaved(services::Workspace& workspace)
{
    return workspace.householdCount().value_or(-1);
}

} // namespace

TEST_CASE_METHOD(test::WorkspaceFixture,
                 "a new household draft is refused with every problem and nothing is saved",
                 "[presentation][household-editor]")
{
    HouseholdEditor editor(*workspace);
    editor.setHousehold(presentation::newHouseholdDraft(clock.today()));
    editor.change(QStringLiteral("Change stage 1 end"),
                  [](AdopterHousehold& h) { h.journey.stage1End = d(2024, 5, 1); });

    const domain::Status saved = editor.save();
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == domain::ErrorCode::Validation);
    QStringList fields;
    for (const auto& p : saved.error().problems)
        fields << p.field;
    // No reference, no hub, an unnamed applicant with no date of birth, a stage 1 end with no
    // start and before the enquiry: each one named, all at once.
    CHECK(fields.contains(QStringLiteral("Reference")));
    CHECK(fields.contains(QStringLiteral("Hub")));
    CHECK(fields.contains(QStringLiteral("Applicant 1")));
    CHECK(fields.contains(QStringLiteral("Stage 1 end")));
    CHECK(saved.error().problems.size() >= 5);
    CHECK(householdsSaved(*workspace) == 0);
    CHECK(editor.isNew());
    CHECK(editor.isModified());
}

TEST_CASE_METHOD(test::WorkspaceFixture, "edits are undone and redone one step at a time",
                 "[presentation][household-editor]")
{
    HouseholdEditor editor(*workspace);
    QSignalSpy modified(&editor, &HouseholdEditor::modifiedChanged);
    editor.setHousehold(aHousehold().build());
    CHECK_FALSE(editor.isModified());

    editor.change(
        QStringLiteral("Change surname"),
        [](AdopterHousehold& h) { h.applicants[0].surname = QStringLiteral("H"); },
        QStringLiteral("surname"));
    editor.change(
        QStringLiteral("Change surname"),
        [](AdopterHousehold& h) { h.applicants[0].surname = QStringLiteral("Ho"); },
        QStringLiteral("surname"));
    editor.change(QStringLiteral("Change area"),
                  [](AdopterHousehold& h) { h.area = QStringLiteral("Telford"); });
    CHECK(editor.isModified());
    CHECK(modified.count() == 1);
    // Typing in one field is one step.
    CHECK(editor.undoStack()->count() == 2);

    editor.undoStack()->undo();
    CHECK(editor.household().area.isEmpty());
    CHECK(editor.household().applicants[0].surname == QStringLiteral("Ho"));
    editor.undoStack()->undo();
    CHECK(editor.household().applicants[0].surname == QStringLiteral("Holloway"));
    CHECK_FALSE(editor.isModified());
    editor.undoStack()->redo();
    CHECK(editor.household().applicants[0].surname == QStringLiteral("Ho"));
    // An edit that changes nothing is not a step.
    editor.change(QStringLiteral("Change area"), [](AdopterHousehold&) {});
    CHECK(editor.undoStack()->count() == 2);
}

TEST_CASE_METHOD(test::WorkspaceFixture,
                 "a saved new household keeps its id when an earlier edit is undone",
                 "[presentation][household-editor]")
{
    HouseholdEditor editor(*workspace);
    AdopterHousehold draft = aHousehold().build();
    draft.area.clear();
    editor.setHousehold(draft);
    editor.change(QStringLiteral("Change area"),
                  [](AdopterHousehold& h) { h.area = QStringLiteral("Stafford"); });
    REQUIRE(editor.save());
    CHECK_FALSE(editor.isNew());
    CHECK_FALSE(editor.isModified());

    editor.undoStack()->undo();
    CHECK(editor.isModified());
    CHECK_FALSE(editor.isNew());
    REQUIRE(editor.save());
    CHECK(householdsSaved(*workspace) == 1);
    CHECK(workspace->household(editor.household().id)->area.isEmpty());
}
