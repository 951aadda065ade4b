#include "Builders.h"
#include "presentation/DueListModel.h"

#include <catch2/catch.hpp>

using namespace permanence;
using namespace permanence::domain;
using namespace permanence::presentation;
using test::d;

namespace {

DueItem item(DueKind kind, QDate from, QDate due, const char* record)
{
    DueItem i;
    i.kind = kind;
    i.recordKind = kind == DueKind::ChildWaiting ? SearchKind::Child : SearchKind::Household;
    i.recordId = 7;
    i.record = QString::fromUtf8(record);
    i.what = QStringLiteral("Something is due");
    i.from = from;
    i.due = due;
    i.hubCode = QStringLiteral("SHREWS");
    return i;
}

} // namespace

TEST_CASE("the due list says how late or how soon each item is, and its window",
          "[presentation][due]")
{
    const QDate today = d(2024, 6, 30);
    const DueItem late = item(DueKind::Stage1Target, d(2024, 5, 17), d(2024, 5, 31), "H");
    const DueItem soon = item(DueKind::Stage2Target, d(2024, 6, 25), d(2024, 7, 9), "H");
    const DueItem todayItem = item(DueKind::Stage2Target, d(2024, 6, 16), today, "H");
    const DueItem waiting = item(DueKind::ChildWaiting, d(2024, 3, 15), d(2024, 3, 14), "C");

    CHECK(DueListModel::statusText(late, today) == QStringLiteral("Overdue by 30 days"));
    CHECK(DueListModel::statusText(soon, today) == QStringLiteral("Due in 9 days"));
    CHECK(DueListModel::statusText(todayItem, today) == QStringLiteral("Due today"));
    CHECK(DueListModel::statusText(waiting, today) == QStringLiteral("Overdue since 15 Mar 2024"));
    CHECK(DueListModel::windowText(late) == QStringLiteral("17 May 2024 – 31 May 2024"));
    CHECK(DueListModel::windowText(waiting) == QStringLiteral("Since 15 Mar 2024"));

    DueListModel model;
    model.setItems({late, waiting, soon}, today);
    CHECK(model.rowCount() == 3);
    CHECK(model.columnCount() == DueListModel::ColumnCount);
    CHECK(model.overdueCount() == 2);
    CHECK(model.index(0, DueListModel::Kind).data().toString() == QStringLiteral("Stage 1 target"));
    CHECK(model.index(1, 0).data(DueListModel::RecordKindRole).toInt() ==
          static_cast<int>(SearchKind::Child));
    CHECK(model.index(1, 0).data(DueListModel::RecordIdRole).toLongLong() == 7);
    CHECK(model.index(0, 0).data(DueListModel::OverdueRole).toBool());
    CHECK_FALSE(model.index(2, 0).data(DueListModel::OverdueRole).toBool());
    CHECK(model.headerData(DueListModel::Window, Qt::Horizontal, Qt::DisplayRole).toString() ==
          QStringLiteral("Due window"));
}

TEST_CASE("the navigation shows the counts of work due", "[presentation][due]")
{
    CHECK(myWorkLabel(0, 0) == QStringLiteral("My work"));
    CHECK(myWorkLabel(0, 4) == QStringLiteral("My work (4)"));
    CHECK(myWorkLabel(3, 12) == QStringLiteral("My work (3 overdue)"));
}

TEST_CASE("the due list applies the user's stage targets", "[presentation][due]")
{
    DisplaySettings settings;
    settings.stageTargets.stage1Days = 45;
    settings.stageTargets.stage2Days = 100;
    const DueRules rules = dueRules(settings);
    CHECK(rules.stage1TargetDays == 45);
    CHECK(rules.stage2TargetDays == 100);
}
