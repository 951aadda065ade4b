#include "Builders.h"
#include "domain/DueItem.h"

#include <catch2/catch.hpp>

using namespace permanence;
using namespace permanence::domain;
using test::d;

TEST_CASE("a waiting child appears on the day each threshold is crossed, not the day before",
          "[domain][due]")
{
    const Child child = test::aChild()
                            .enteredCare(d(2022, 6, 1))
                            .agencyDecision(d(2022, 12, 1))
                            .placementOrder(d(2023, 3, 15))
                            .build();
    CHECK_FALSE(waitingItem(child, d(2023, 6, 12))); // day 89
    const auto at90 = waitingItem(child, d(2023, 6, 13));
    REQUIRE(at90);
    CHECK(at90->state(d(2023, 6, 13)) == DueState::Overdue);
    CHECK(at90->from == d(2023, 6, 13));
    CHECK(at90->what.startsWith(QStringLiteral("Waiting 90 days or more")));
    CHECK(at90->recordKind == SearchKind::Child);

    CHECK(waitingItem(child, d(2024, 3, 14))->what.startsWith(QStringLiteral("Waiting 90 days")));
    CHECK(waitingItem(child, d(2024, 3, 15))->what.startsWith(QStringLiteral("Waiting 12 months")));
    CHECK(waitingItem(child, d(2024, 9, 14))->what.startsWith(QStringLiteral("Waiting 12 months")));
    CHECK(waitingItem(child, d(2024, 9, 15))->what.startsWith(QStringLiteral("Waiting 18 months")));
}

TEST_CASE("a matched, placed or archived child is not waiting", "[domain][due]")
{
    Child child = test::aChild()
                      .enteredCare(d(2022, 6, 1))
                      .agencyDecision(d(2022, 12, 1))
                      .placementOrder(d(2023, 3, 15))
                      .linked(d(2023, 8, 1))
                      .build();
    CHECK(waitingItem(child, d(2023, 9, 1))); // linked is still waiting for a match
    child.journey.matchingPanel = d(2023, 9, 5);
    child.journey.matchDecision = d(2023, 9, 12);
    CHECK(waitingItem(child, d(2023, 9, 11)));
    CHECK_FALSE(waitingItem(child, d(2023, 9, 12)));
    Child archived = test::aChild().placementOrder(d(2023, 3, 15)).build();
    archived.archived = true;
    CHECK_FALSE(waitingItem(archived, d(2024, 1, 1)));
}

TEST_CASE("thresholds count calendar months", "[domain][due]")
{
    CHECK(thresholdDate(d(2023, 8, 31), WaitingThreshold::Months12) == d(2024, 8, 31));
    CHECK(thresholdDate(d(2024, 2, 29), WaitingThreshold::Months12) == d(2025, 2, 28));
    CHECK(thresholdDate(d(2023, 1, 1), WaitingThreshold::Days90) == d(2023, 4, 1));
    CHECK_FALSE(thresholdCrossed(QDate(), d(2024, 1, 1)));
}

TEST_CASE("a stage 1 household shows from two weeks before its target and is overdue after it",
          "[domain][due]")
{
    AdopterHousehold h = test::aHousehold().build();
    h.journey.stage1End = {};
    h.journey.stage2Start = {};
    h.journey.parCompleted = {};
    h.journey.panel = {};
    h.journey.approval = {};
    h.journey.stage1Start = d(2024, 1, 10); // target day 10 Mar 2024 (2024 is a leap year)
    const DueRules rules;
    CHECK_FALSE(stageTargetItem(h, d(2024, 2, 24), rules));
    const auto soon = stageTargetItem(h, d(2024, 2, 25), rules);
    REQUIRE(soon);
    CHECK(soon->kind == DueKind::Stage1Target);
    CHECK(soon->due == d(2024, 3, 10));
    CHECK(soon->state(d(2024, 2, 25)) == DueState::DueSoon);
    CHECK(stageTargetItem(h, d(2024, 3, 10), rules)->state(d(2024, 3, 10)) == DueState::DueSoon);
    CHECK(stageTargetItem(h, d(2024, 3, 11), rules)->state(d(2024, 3, 11)) == DueState::Overdue);

    SECTION("paused days push the target back")
    {
        h.pauses = {{d(2024, 2, 1), d(2024, 2, 11), QStringLiteral("Family illness")}};
        const auto item = stageTargetItem(h, d(2024, 3, 15), rules);
        REQUIRE(item);
        CHECK(item->due == d(2024, 3, 20));
    }
    SECTION("fast-track households have no stage 1 target")
    {
        h.fastTrack = true;
        CHECK_FALSE(stageTargetItem(h, d(2024, 3, 11), rules));
    }
    SECTION("stage 1 completed: no item")
    {
        h.journey.stage1End = d(2024, 3, 1);
        CHECK_FALSE(stageTargetItem(h, d(2024, 3, 11), rules));
    }
}

TEST_CASE("a stage 2 household is due an approval decision by its 121-day target", "[domain][due]")
{
    AdopterHousehold h = test::aHousehold().build();
    h.journey.parCompleted = {};
    h.journey.panel = {};
    h.journey.approval = {};
    const QDate start = h.journey.stage2Start;
    REQUIRE(start.isValid());
    const auto item = stageTargetItem(h, start.addDays(121), DueRules{});
    REQUIRE(item);
    CHECK(item->kind == DueKind::Stage2Target);
    CHECK(item->due == start.addDays(121));
    CHECK(item->hubCode == QStringLiteral("SHREWS"));
    CHECK(stageTargetItem(h, start.addDays(122), DueRules{})->state(start.addDays(122)) ==
          DueState::Overdue);
}

TEST_CASE("overdue items come first, the longest overdue first", "[domain][due]")
{
    QList<DueItem> items;
    DueItem soon;
    soon.record = QStringLiteral("A");
    soon.from = d(2024, 1, 1);
    soon.due = d(2024, 1, 20);
    DueItem late;
    late.record = QStringLiteral("B");
    late.from = d(2023, 12, 1);
    late.due = d(2024, 1, 5);
    DueItem later;
    later.record = QStringLiteral("C");
    later.from = d(2023, 11, 1);
    later.due = d(2023, 12, 5);
    items << soon << late << later;
    sortByUrgency(items, d(2024, 1, 10));
    CHECK(items[0].record == QStringLiteral("C"));
    CHECK(items[1].record == QStringLiteral("B"));
    CHECK(items[2].record == QStringLiteral("A"));
}
