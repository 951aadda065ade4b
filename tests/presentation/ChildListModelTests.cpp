#include "WorkspaceFixture.h"
#include "domain/Dates.h"
#include "presentation/ChildListModel.h"
#include "storage/ChildRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace permanence;
using presentation::ChildListModel;
using test::aChild;
using test::d;

namespace {

QString cell(const ChildListModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

QStringList column(const ChildListModel& model, int col)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << cell(model, row, col);
    return values;
}

/// Three children in three councils, with different ages and journeys.
struct ThreeChildren : test::WorkspaceFixture
{
    ThreeChildren()
    {
        ava = add(aChild()
                      .reference(QStringLiteral("C-0101"))
                      .named(QStringLiteral("Ava"), QStringLiteral("Khan"))
                      .bornOn(d(2019, 3, 1))
                      .council(QStringLiteral("STOKE"))
                      .enteredCare(d(2021, 6, 1))
                      .agencyDecision(d(2023, 1, 10))
                      .placementOrder(d(2024, 4, 3))
                      .build());
        add(aChild()
                .reference(QStringLiteral("C-0102"))
                .named(QStringLiteral("Ben"), QStringLiteral("Adams"))
                .bornOn(d(2022, 8, 15))
                .council(QStringLiteral("STAFFS"))
                .enteredCare(d(2023, 2, 1))
                .build());
        add(aChild()
                .reference(QStringLiteral("C-0103"))
                .named(QStringLiteral("Cara"), QStringLiteral("Zeller"))
                .bornOn(d(2016, 11, 20))
                .council(QStringLiteral("TELW"))
                .enteredCare(d(2020, 1, 5))
                .agencyDecision(d(2020, 9, 1))
                .build());
    }
    domain::ChildId ava;
};

} // namespace

TEST_CASE("a child list model without a workspace is empty", "[presentation][children]")
{
    ChildListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == ChildListModel::ColumnCount);
    CHECK_FALSE(model.canFetchMore({}));
}

TEST_CASE_METHOD(ThreeChildren, "the child list shows each child's details in words",
                 "[presentation][children]")
{
    ChildListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(workspace.get());

    REQUIRE(model.rowCount() == 3);
    CHECK(model.totalCount() == 3);
    // Default order is by surname.
    CHECK(column(model, ChildListModel::Name) == QStringList{QStringLiteral("Ben Adams"),
                                                             QStringLiteral("Ava Khan"),
                                                             QStringLiteral("Cara Zeller")});

    const int row = 1;
    CHECK(cell(model, row, ChildListModel::Reference) == QStringLiteral("C-0101"));
    CHECK(cell(model, row, ChildListModel::Age) == QStringLiteral("5y 3m"));
    CHECK(model.data(model.index(row, ChildListModel::Age), Qt::AccessibleTextRole).toString() ==
          QStringLiteral("5 years 3 months"));
    CHECK(cell(model, row, ChildListModel::DateOfBirth) == QStringLiteral("1 Mar 2019"));
    CHECK(cell(model, row, ChildListModel::Sex) == QStringLiteral("Female"));
    CHECK(cell(model, row, ChildListModel::Ethnicity) ==
          domain::ethnicityLabel(QStringLiteral("WBRI")));
    CHECK(cell(model, row, ChildListModel::Council) ==
          QStringLiteral("Stoke-on-Trent City Council"));
    CHECK(model.data(model.index(row, ChildListModel::Council), Qt::ToolTipRole).toString() ==
          QStringLiteral("STOKE"));
    CHECK(cell(model, row, ChildListModel::EnteredCare) == QStringLiteral("1 Jun 2021"));
    CHECK(cell(model, row, ChildListModel::AgencyDecision) == QStringLiteral("10 Jan 2023"));
    CHECK(cell(model, row, ChildListModel::PlacementOrder) == QStringLiteral("3 Apr 2024"));
    CHECK(cell(model, row, ChildListModel::Stage) ==
          QStringLiteral("Placement order, actively family finding (since 3 Apr 2024)"));
    CHECK(model.data(model.index(row, 0), ChildListModel::IdRole).toLongLong() == ava.value);
    CHECK(cell(model, 0, ChildListModel::Stage) == QStringLiteral("No plan yet"));
}

TEST_CASE_METHOD(ThreeChildren, "searching the child list matches names and references",
                 "[presentation][children]")
{
    ChildListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(workspace.get());
    QSignalSpy counts(&model, &ChildListModel::totalCountChanged);

    model.setSearchText(QStringLiteral("kha"));
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(model, 0, ChildListModel::Name) == QStringLiteral("Ava Khan"));
    CHECK(counts.count() == 1);

    model.setSearchText(QStringLiteral("C-0103"));
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(model, 0, ChildListModel::Name) == QStringLiteral("Cara Zeller"));

    model.setSearchText(QStringLiteral("nobody"));
    CHECK(model.rowCount() == 0);
    CHECK(model.totalCount() == 0);

    model.setSearchText(QString());
    CHECK(model.rowCount() == 3);
}

TEST_CASE_METHOD(ThreeChildren, "the council filter shows one council's children",
                 "[presentation][children]")
{
    ChildListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(workspace.get());

    model.setCouncilFilter(QStringLiteral("TELW"));
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(model, 0, ChildListModel::Name) == QStringLiteral("Cara Zeller"));
    CHECK(model.councilFilter() == QStringLiteral("TELW"));

    model.setCouncilFilter(QStringLiteral("SHROPS"));
    CHECK(model.rowCount() == 0);

    model.setCouncilFilter(QString());
    CHECK(model.rowCount() == 3);
}

TEST_CASE_METHOD(ThreeChildren, "the child list sorts in SQL by columns that have a sort key",
                 "[presentation][children]")
{
    ChildListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(workspace.get());

    model.sort(ChildListModel::Name, Qt::DescendingOrder);
    CHECK(column(model, ChildListModel::Name) == QStringList{QStringLiteral("Cara Zeller"),
                                                             QStringLiteral("Ava Khan"),
                                                             QStringLiteral("Ben Adams")});

    SECTION("age ascending is youngest first")
    {
        model.sort(ChildListModel::Age, Qt::AscendingOrder);
        CHECK(column(model, ChildListModel::Reference) == QStringList{QStringLiteral("C-0102"),
                                                                      QStringLiteral("C-0101"),
                                                                      QStringLiteral("C-0103")});
        CHECK(model.sortColumn() == ChildListModel::Age);
        CHECK(model.sortOrder() == Qt::AscendingOrder);
    }
    SECTION("date of birth ascending is oldest first")
    {
        model.sort(ChildListModel::DateOfBirth, Qt::AscendingOrder);
        CHECK(column(model, ChildListModel::Reference) == QStringList{QStringLiteral("C-0103"),
                                                                      QStringLiteral("C-0101"),
                                                                      QStringLiteral("C-0102")});
    }
    SECTION("entered care")
    {
        model.sort(ChildListModel::EnteredCare, Qt::AscendingOrder);
        CHECK(column(model, ChildListModel::Reference) == QStringList{QStringLiteral("C-0103"),
                                                                      QStringLiteral("C-0101"),
                                                                      QStringLiteral("C-0102")});
    }
    SECTION("a column without a sort key leaves the order as it was")
    {
        CHECK_FALSE(ChildListModel::isSortable(ChildListModel::Sex));
        CHECK_FALSE(ChildListModel::isSortable(ChildListModel::Ethnicity));
        CHECK_FALSE(ChildListModel::isSortable(ChildListModel::Stage));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.sort(ChildListModel::Stage, Qt::AscendingOrder);
        CHECK(resets.isEmpty());
        CHECK(model.sortColumn() == ChildListModel::Name);
        CHECK(model.sortOrder() == Qt::DescendingOrder);
    }
}

TEST_CASE_METHOD(ThreeChildren, "the child list follows changes in the workspace",
                 "[presentation][children]")
{
    ChildListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(workspace.get());
    REQUIRE(model.rowCount() == 3);

    add(aChild()
            .reference(QStringLiteral("C-0104"))
            .named(QStringLiteral("Dan"), QStringLiteral("Baker"))
            .build());
    CHECK(model.rowCount() == 4);
    CHECK(model.totalCount() == 4);

    model.setWorkspace(nullptr);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the child list loads 200 children at a time", "[presentation][children][paging]")
{
    test::WorkspaceFixture fixture;
    std::vector<domain::Child> children;
    for (int i = 0; i < 450; ++i) {
        children.push_back(aChild()
                               .reference(QStringLiteral("C-%1").arg(i, 4, 10, QLatin1Char('0')))
                               .named(QStringLiteral("Child"),
                                      QStringLiteral("Surname%1").arg(i, 4, 10, QLatin1Char('0')))
                               .build());
    }
    REQUIRE(storage::ChildRepository(fixture.workspace->database())
                .saveAll(children, fixture.workspace->actor()));
    fixture.workspace->announceBulkChange();

    ChildListModel model;
    // No tester yet: QAbstractItemModelTester itself calls fetchMore() after every reset.
    model.setWorkspace(fixture.workspace.get());

    CHECK(model.totalCount() == 450);
    CHECK(model.rowCount() == 200);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 400);
    model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));

    // Pages join without gaps or repeats.
    const QStringList references = column(model, ChildListModel::Reference);
    for (int i = 0; i < 450; ++i)
        REQUIRE(references.at(i) == QStringLiteral("C-%1").arg(i, 4, 10, QLatin1Char('0')));

    // A new query starts again from the first page.
    model.setSearchText(QStringLiteral("Surname01"));
    CHECK(model.totalCount() == 100);
    CHECK(model.rowCount() == 100);
    CHECK_FALSE(model.canFetchMore({}));

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

TEST_CASE("a child's age reads in years and months", "[presentation][children]")
{
    CHECK(ChildListModel::ageText(d(2019, 3, 1), d(2024, 6, 1)) == QStringLiteral("5y 3m"));
    CHECK(ChildListModel::ageText(d(2019, 3, 1), d(2024, 2, 29)) == QStringLiteral("4y 11m"));
    CHECK(ChildListModel::ageText(d(2024, 5, 20), d(2024, 6, 1)) == QStringLiteral("0y 0m"));
    CHECK(ChildListModel::ageText(d(2020, 2, 29), d(2021, 2, 28)) == QStringLiteral("0y 11m"));
    CHECK(ChildListModel::ageText(d(2020, 2, 29), d(2021, 3, 1)) == QStringLiteral("1y 0m"));
    CHECK(ChildListModel::ageText(QDate(), d(2024, 6, 1)).isEmpty());
    CHECK(ChildListModel::ageText(d(2025, 1, 1), d(2024, 6, 1)).isEmpty());
}

TEST_CASE("a child's stage is the family-finding status and since when", "[presentation][children]")
{
    const auto linked = aChild()
                            .enteredCare(d(2021, 6, 1))
                            .agencyDecision(d(2022, 1, 4))
                            .placementOrder(d(2022, 5, 9))
                            .linked(d(2022, 9, 1))
                            .build();
    CHECK(ChildListModel::stageText(linked, d(2024, 6, 1)) ==
          QStringLiteral("Linked (since %1)").arg(domain::formatDate(d(2022, 9, 1))));
    // Derived on the day asked about, not stored.
    CHECK(ChildListModel::stageText(linked, d(2022, 6, 1)) ==
          QStringLiteral("Placement order, actively family finding (since 9 May 2022)"));
    CHECK(ChildListModel::stageText(aChild().build(), d(2024, 6, 1)) ==
          QStringLiteral("No plan yet"));
}
