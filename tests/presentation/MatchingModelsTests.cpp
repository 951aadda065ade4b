#include "WorkspaceFixture.h"
#include "presentation/MatchingModels.h"
#include "services/Placements.h"

#include <QAbstractItemModelTester>

using namespace permanence;
using namespace permanence::domain;
using namespace permanence::presentation;
using namespace permanence::test;

namespace {

struct MatchingFixture : WorkspaceFixture
{
    ChildId child;
    HouseholdId own;
    HouseholdId tooSmall;

    MatchingFixture()
    {
        child = add(aChild()
                        .reference(QStringLiteral("C-1"))
                        .agencyDecision(d(2023, 9, 4))
                        .placementOrder(d(2023, 11, 6))
                        .build());
        own = add(aHousehold().reference(QStringLiteral("H-1")).build());
        ApprovalTerms older;
        older.maxChildren = 1;
        older.minAge = 8;
        older.maxAge = 12;
        tooSmall = add(aHousehold().reference(QStringLiteral("H-2")).terms(older).build());
    }
};

} // namespace

TEST_CASE("the ranked and excluded households are models a view can trust",
          "[presentation][matching]")
{
    MatchingFixture f;
    auto ranking = services::Placements(*f.workspace).rank(f.child);
    REQUIRE(ranking);

    RankedHouseholdModel ranked;
    QAbstractItemModelTester rankedTester(&ranked,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    ExcludedHouseholdModel excluded;
    QAbstractItemModelTester excludedTester(&excluded,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    ranked.setRanking(*ranking);
    excluded.setRanking(*ranking);

    REQUIRE(ranked.rowCount() == 1);
    CHECK(ranked.index(0, RankedHouseholdModel::Household)
              .data()
              .toString()
              .startsWith(QStringLiteral("H-1 – ")));
    CHECK(ranked.index(0, RankedHouseholdModel::Score)
              .data()
              .toString()
              .endsWith(QStringLiteral(" of 100")));
    const double score = ranked.index(0, 0).data(RankedHouseholdModel::ScoreRole).toDouble();
    CHECK(score > 0);
    CHECK(score <= 100);
    CHECK(ranked.index(0, 0).data(RankedHouseholdModel::HouseholdIdRole).toLongLong() ==
          f.own.value);

    ScoreBreakdownModel breakdown;
    QAbstractItemModelTester breakdownTester(&breakdown,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    breakdown.setParts(ranked.breakdown(0));
    CHECK(breakdown.rowCount() == matching::partCount);
    CHECK_FALSE(breakdown.index(0, ScoreBreakdownModel::Why).data().toString().isEmpty());

    REQUIRE(excluded.rowCount() == 1);
    CHECK(excluded.index(0, ExcludedHouseholdModel::Household)
              .data()
              .toString()
              .startsWith(QStringLiteral("H-2")));
    CHECK_FALSE(excluded.index(0, ExcludedHouseholdModel::Reasons).data().toString().isEmpty());

    ranked.clear();
    excluded.clear();
    CHECK(ranked.rowCount() == 0);
    CHECK(excluded.rowCount() == 0);
}

TEST_CASE("the tracker lists current links with their next step", "[presentation][matching]")
{
    MatchingFixture f;
    services::Placements placements(*f.workspace);
    REQUIRE(placements.link(f.child, f.own, d(2024, 2, 5), QStringLiteral("Priya Shah")));

    TrackerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(placements.tracker().value());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, TrackerModel::Linked).data().toString() == QStringLiteral("5 Feb 2024"));
    CHECK(model.index(0, TrackerModel::NextStep).data().toString() ==
          QStringLiteral("Matching panel"));
    CHECK(model.index(0, TrackerModel::DaysSinceLink).data().toString() ==
          QStringLiteral("%1 days").arg(d(2024, 2, 5).daysTo(d(2024, 6, 1))));
    CHECK(model.index(0, 0).data(TrackerModel::ChildIdRole).toLongLong() == f.child.value);

    REQUIRE(placements.recordStep(f.child, WorkflowStep::MatchingPanel, d(2024, 3, 4)));
    model.setRows(placements.tracker().value());
    CHECK(model.index(0, TrackerModel::NextStep).data().toString() ==
          QStringLiteral("Match decision"));

    REQUIRE(placements.endLink(f.child, d(2024, 3, 20), QStringLiteral("Adopters withdrew")));
    model.setRows(placements.tracker().value());
    CHECK(model.rowCount() == 0);
}
