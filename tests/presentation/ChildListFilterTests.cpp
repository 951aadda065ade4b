#include "WorkspaceFixture.h"
#include "presentation/ChildListModel.h"

#include <QAbstractItemModelTester>
#include <QColor>

using namespace permanence;
using domain::FamilyFindingStatus;
using presentation::ChildListModel;
using test::aChild;
using test::d;

namespace {

/// Today is 1 June 2024. Ava has waited 508 days since her placement order and is 5; Ben, 1,
/// has waited 59 days in a fostering-for-adoption placement; Cara has no plan yet and is of
/// mixed ethnicity; Dan is in a sibling group and linked.
struct FourChildren : test::WorkspaceFixture
{
    FourChildren()
    {
        add(aChild()
                .reference(QStringLiteral("C-A"))
                .named(QStringLiteral("Ava"), QStringLiteral("Ash"))
                .bornOn(d(2019, 3, 1))
                .agencyDecision(d(2022, 6, 1))
                .placementOrder(d(2023, 1, 10))
                .build());
        add(aChild()
                .reference(QStringLiteral("C-B"))
                .named(QStringLiteral("Ben"), QStringLiteral("Birch"))
                .bornOn(d(2022, 8, 15))
                .enteredCare(d(2023, 2, 1))
                .agencyDecision(d(2023, 6, 1))
                .placementOrder(d(2024, 4, 3))
                .earlyPermanence(d(2024, 4, 10))
                .build());
        add(aChild()
                .reference(QStringLiteral("C-C"))
                .named(QStringLiteral("Cara"), QStringLiteral("Cedar"))
                .bornOn(d(2021, 1, 1))
                .ethnicity(QStringLiteral("MWBC"))
                .build());
        add(aChild()
                .reference(QStringLiteral("C-D"))
                .named(QStringLiteral("Dan"), QStringLiteral("Dale"))
                .bornOn(d(2020, 5, 5))
                .siblingGroup(QStringLiteral("SG-1"))
                .agencyDecision(d(2022, 1, 5))
                .placementOrder(d(2022, 3, 1))
                .linked(d(2024, 5, 1))
                .build());
    }

    QStringList references(const ChildListModel& model) const
    {
        QStringList refs;
        for (int row = 0; row < model.rowCount(); ++row)
            refs << model.data(model.index(row, ChildListModel::Reference)).toString();
        refs.sort();
        return refs;
    }
};

QString cell(const ChildListModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

int rowOf(const ChildListModel& model, const QString& reference)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (cell(model, row, ChildListModel::Reference) == reference)
            return row;
    return -1;
}

} // namespace

TEST_CASE_METHOD(FourChildren, "the child list shows days waiting and priority in words",
                 "[presentation][children]")
{
    ChildListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(workspace.get());
    REQUIRE(model.rowCount() == 4);

    const int ava = rowOf(model, QStringLiteral("C-A"));
    const int ben = rowOf(model, QStringLiteral("C-B"));
    const int cara = rowOf(model, QStringLiteral("C-C"));
    const int dan = rowOf(model, QStringLiteral("C-D"));
    CHECK(cell(model, ava, ChildListModel::DaysWaiting) == QStringLiteral("508 days, long wait"));
    CHECK(cell(model, ben, ChildListModel::DaysWaiting) == QStringLiteral("59 days"));
    CHECK(cell(model, cara, ChildListModel::DaysWaiting).isEmpty());
    CHECK(cell(model, ava, ChildListModel::Priority) == QStringLiteral("5+"));
    CHECK(cell(model, ben, ChildListModel::Priority).isEmpty());
    CHECK(cell(model, cara, ChildListModel::Priority) == QStringLiteral("ethnicity"));
    CHECK(cell(model, dan, ChildListModel::Priority) == QStringLiteral("siblings"));
    CHECK(cell(model, ava, ChildListModel::Priority, Qt::ToolTipRole) ==
          QStringLiteral("Priority on 1 Jun 2024: aged 5 or over"));

    SECTION("a long wait is shaded and said in words, never by colour alone")
    {
        CHECK(model.data(model.index(ava, ChildListModel::Name), Qt::BackgroundRole)
                  .value<QColor>() == ChildListModel::longWaitColour());
        CHECK_FALSE(
            model.data(model.index(ben, ChildListModel::Name), Qt::BackgroundRole).isValid());
        CHECK(cell(model, ava, ChildListModel::DaysWaiting, Qt::ToolTipRole)
                  .contains(QStringLiteral("long wait")));
    }
    SECTION("the long-wait threshold comes from the caller")
    {
        model.setLongWaitDays(30);
        CHECK(cell(model, ben, ChildListModel::DaysWaiting) ==
              QStringLiteral("59 days, long wait"));
        model.setLongWaitDays(600);
        CHECK(cell(model, ava, ChildListModel::DaysWaiting) == QStringLiteral("508 days"));
        CHECK_FALSE(model.data(model.index(ava, 0), Qt::BackgroundRole).isValid());
    }
}

TEST_CASE_METHOD(FourChildren,
                 "the child list filters by status, priority, early permanence and "
                 "waiting as of today",
                 "[presentation][children][filters]")
{
    ChildListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(workspace.get());

    model.setStatusFilter(FamilyFindingStatus::ActivelyFamilyFinding);
    CHECK(references(model) == QStringList{QStringLiteral("C-A"), QStringLiteral("C-B")});
    model.setStatusFilter(FamilyFindingStatus::Linked);
    CHECK(references(model) == QStringList{QStringLiteral("C-D")});
    model.setStatusFilter(FamilyFindingStatus::NoPlan);
    CHECK(references(model) == QStringList{QStringLiteral("C-C")});
    model.setStatusFilter(std::nullopt);
    CHECK(model.rowCount() == 4);

    model.setPriorityOnly(true);
    CHECK(references(model) ==
          QStringList{QStringLiteral("C-A"), QStringLiteral("C-C"), QStringLiteral("C-D")});
    model.setPriorityOnly(false);

    model.setEarlyPermanenceFilter(true);
    CHECK(references(model) == QStringList{QStringLiteral("C-B")});
    model.setEarlyPermanenceFilter(false);
    CHECK(model.rowCount() == 3);
    model.setEarlyPermanenceFilter(std::nullopt);

    model.setMinDaysWaiting(90);
    CHECK(references(model) == QStringList{QStringLiteral("C-A"), QStringLiteral("C-D")});
    model.setMinDaysWaiting(548);
    CHECK(references(model) == QStringList{QStringLiteral("C-D")});
    CHECK(model.totalCount() == 1);
    model.setMinDaysWaiting(0);
    CHECK(model.rowCount() == 4);
}
