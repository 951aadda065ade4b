#include "Builders.h"
#include "presentation/SnapshotModel.h"

#include <QAbstractItemModelTester>

using namespace permanence;
using presentation::SnapshotModel;
using test::aChild;
using test::d;

namespace {

/// One child of each kind on 31 March 2024, plus one with no plan and one adopted.
std::vector<domain::Child> smallAgency()
{
    std::vector<domain::Child> children;
    qint64 next = 1;
    const auto add = [&](test::ChildBuilder b) {
        domain::Child c = b.build();
        c.id = domain::ChildId{next++};
        children.push_back(c);
        return c.id;
    };
    const QDate decision = d(2022, 6, 1);
    const QDate order = d(2022, 9, 1);
    add(aChild().agencyDecision(decision));                       // awaiting order
    add(aChild().agencyDecision(decision).placementOrder(order)); // actively sought
    add(aChild().agencyDecision(decision).placementOrder(order)); // actively sought
    add(aChild().agencyDecision(decision).placementOrder(order).linked(d(2024, 1, 5)));
    add(aChild()
            .agencyDecision(decision)
            .placementOrder(order)
            .linked(d(2023, 11, 1))
            .matchDecision(d(2024, 3, 1))); // matched, moving in
    add(aChild()
            .agencyDecision(decision)
            .placementOrder(order)
            .linked(d(2023, 6, 1))
            .matchDecision(d(2023, 8, 1))
            .movedIn(d(2023, 9, 1))); // placed
    domain::Child stopped = aChild().agencyDecision(decision).placementOrder(order).build();
    stopped.familyFindingStop = {d(2024, 2, 1), QStringLiteral("Ongoing assessment")};
    stopped.id = domain::ChildId{next++};
    children.push_back(stopped);
    add(aChild()); // no plan
    add(aChild()
            .agencyDecision(decision)
            .placementOrder(order)
            .linked(d(2022, 10, 1))
            .matchDecision(d(2022, 11, 1))
            .movedIn(d(2022, 12, 1))
            .adoptionOrder(d(2023, 6, 1))); // adopted
    return children;
}

} // namespace

TEST_CASE("the snapshot counts children with a plan and lists those behind each count",
          "[presentation][snapshot]")
{
    SnapshotModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setChildren(smallAgency(), d(2024, 3, 31));
    REQUIRE(model.rowCount() == SnapshotModel::RowCount);

    const auto count = [&](int row) {
        return model.data(model.index(row, SnapshotModel::Count)).toInt();
    };
    CHECK(count(SnapshotModel::WithPlan) == 7);
    CHECK(count(SnapshotModel::WithOrderNotPlaced) == 5);
    CHECK(count(SnapshotModel::MatchedMovingIn) == 1);
    CHECK(count(SnapshotModel::Linked) == 1);
    CHECK(count(SnapshotModel::Stopped) == 1);
    CHECK(count(SnapshotModel::ActivelySought) == 2);
    CHECK(count(SnapshotModel::NotYetAuthorised) == 1);
    CHECK(count(SnapshotModel::Placed) == 1);

    const auto behind = model.childrenBehind(SnapshotModel::ActivelySought);
    REQUIRE(behind.size() == 2);
    CHECK(behind[0].id == domain::ChildId{2});
    CHECK(behind[1].id == domain::ChildId{3});
    CHECK(model.data(model.index(SnapshotModel::Linked, 0), SnapshotModel::IdsRole).toList() ==
          QVariantList{qint64(4)});
    CHECK(model.data(model.index(SnapshotModel::Linked, 0), Qt::AccessibleTextRole).toString() ==
          QStringLiteral("Linked"));
}

TEST_CASE("the snapshot on an earlier date counts only what had happened by then",
          "[presentation][snapshot]")
{
    SnapshotModel model;
    model.setChildren(smallAgency(), d(2022, 8, 1));
    // Every plan was decided on 1 Jun 2022; no order until 1 Sep 2022. The adopted child was
    // still waiting for its order then, like the others.
    CHECK(model.count(SnapshotModel::WithPlan) == 8);
    CHECK(model.count(SnapshotModel::NotYetAuthorised) == 8);
    CHECK(model.count(SnapshotModel::WithOrderNotPlaced) == 0);
}

TEST_CASE("the default snapshot date is the last 31 March", "[presentation][snapshot]")
{
    CHECK(SnapshotModel::lastYearEnd(d(2024, 6, 1)) == d(2024, 3, 31));
    CHECK(SnapshotModel::lastYearEnd(d(2024, 3, 31)) == d(2024, 3, 31));
    CHECK(SnapshotModel::lastYearEnd(d(2024, 3, 30)) == d(2023, 3, 31));
}
