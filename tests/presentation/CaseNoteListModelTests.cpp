#include "WorkspaceFixture.h"
#include "presentation/CaseNoteListModel.h"

#include <QAbstractItemModelTester>

using namespace permanence;
using presentation::CaseNoteListModel;
using test::aChild;
using test::d;

TEST_CASE_METHOD(test::WorkspaceFixture, "case notes list newest first with date, kind and author",
                 "[presentation][notes]")
{
    const domain::ChildId child = add(aChild().build());
    CaseNoteListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.load(*workspace, child));
    CHECK(model.rowCount() == 0);

    REQUIRE(model.add(d(2024, 3, 1), domain::NoteKind::Fact, QStringLiteral("Met the child.")));
    REQUIRE(model.add(d(2024, 5, 2), domain::NoteKind::Opinion, QStringLiteral("Settled well.")));
    REQUIRE(model.rowCount() == 2);
    const auto cell = [&](int row, int column) {
        return model.data(model.index(row, column)).toString();
    };
    CHECK(cell(0, CaseNoteListModel::Date) == QStringLiteral("2 May 2024"));
    CHECK(cell(0, CaseNoteListModel::Kind) == domain::noteKindLabel(domain::NoteKind::Opinion));
    CHECK(cell(0, CaseNoteListModel::Author) == QStringLiteral("tester"));
    CHECK(cell(1, CaseNoteListModel::Text) == QStringLiteral("Met the child."));

    const auto empty = model.add(d(2024, 5, 3), domain::NoteKind::Fact, QStringLiteral("  "));
    CHECK_FALSE(empty);
    CHECK(model.rowCount() == 2);
}
