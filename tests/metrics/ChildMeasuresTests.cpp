// Per-child A1 / A10 / A2 / A3 (shared/domain/measures.md §1.2–1.3, §1.6–1.7). Every expected
// number is worked by hand in the comment beside it.
#include "MeasuresTestSupport.h"
#include "metrics/ChildMeasures.h"

using namespace permanence::domain;
using namespace permanence::metrics;
using namespace permanence::test;

namespace {

// measures.md §1.7 example 1: a child adopted by "stranger" adopters.
Child example1()
{
    return withId(aChild()
                      .enteredCare(d(2021, 6, 1))
                      .agencyDecision(d(2022, 1, 10))
                      .placementOrder(d(2022, 3, 15))
                      .matchDecision(d(2022, 6, 20))
                      .movedIn(d(2022, 7, 4))
                      .adoptionOrder(d(2023, 1, 12))
                      .build(),
                  1);
}

// measures.md §1.7 example 2: adopted by foster carer Y, with whom the child lived from
// 10 Aug 2020; the placement became an adoptive (A5) placement on 1 Nov 2021.
Child example2()
{
    return withId(aChild()
                      .enteredCare(d(2020, 2, 3))
                      .agencyDecision(d(2021, 3, 1))
                      .placementOrder(d(2021, 6, 1))
                      .matchDecision(d(2021, 11, 1))
                      .movedIn(d(2021, 11, 1))
                      .adoptionOrder(d(2022, 6, 2))
                      .adoptedByFosterCarers(d(2020, 8, 10))
                      .build(),
                  2);
}

} // namespace

TEST_CASE("worked example 1: stranger adoption gives 398 / 97 days", "[metrics][measures]")
{
    const Child c = example1();
    // 1 Jun 2021 → 1 Jun 2022 is 365 days, → 4 Jul 2022 is 33 more: 398.
    CHECK(a1Days(c) == ChildDays{398, Exclusion::None});
    CHECK(a10Days(c) == ChildDays{398, Exclusion::None});
    // 15 Mar → 31 Mar 16, April 30, May 31, June 20: 97.
    CHECK(a2Days(c) == ChildDays{97, Exclusion::None});
}

TEST_CASE("worked example 2: foster-carer adoption gives 637 / 189 / 153 days",
          "[metrics][measures]")
{
    const Child c = example2();
    CHECK(a1Days(c).days == 637);  // 3 Feb 2020 → 1 Nov 2021 (2020 is a leap year)
    CHECK(a10Days(c).days == 189); // 3 Feb 2020 → 10 Aug 2020: 26+31+30+31+30+31+10
    CHECK(a2Days(c).days == 153);  // 1 Jun 2021 → 1 Nov 2021: 30+31+31+30+31
}

TEST_CASE("a foster-carer adoption counts to the day the child moved in with the carers",
          "[metrics][measures]")
{
    SECTION("placed with the future adopters on the day of entering care: A10 is 0")
    {
        Child c = example2();
        c.journey.movedInWithCarers = c.journey.enteredCare;
        CHECK(a10Days(c).days == 0);
        CHECK(a1Days(c).days == 637); // A1 still runs to the adoptive placement
    }
    SECTION("a carers' date before the current period of care is clamped to its start")
    {
        // The carers looked after the child in an earlier period of care too; the 903 walk
        // back (ssda903.md §2.6 step 5) stops at the start of the period, so A10 is 0.
        Child c = example2();
        c.journey.movedInWithCarers = d(2019, 5, 1);
        CHECK(a10Days(c).days == 0);
    }
    SECTION("without the stored date the child is excluded from A10, not guessed")
    {
        Child c = example2();
        c.journey.movedInWithCarers = QDate();
        CHECK(a10Days(c) == ChildDays{std::nullopt, Exclusion::NoDateWithCarers});
        CHECK(a1Days(c).days == 637);
    }
}

TEST_CASE("a child with two periods of care counts from the start of the current one",
          "[metrics][measures]")
{
    // First in care 2018–2019 (went home), back in care 1 Sep 2021. The domain stores only the
    // start of the period that ended in adoption (validator rule 334's "latest period").
    const Child c = withId(aChild()
                               .enteredCare(d(2021, 9, 1))
                               .agencyDecision(d(2022, 1, 5))
                               .placementOrder(d(2022, 4, 1))
                               .matchDecision(d(2022, 8, 1))
                               .movedIn(d(2022, 9, 1))
                               .adoptionOrder(d(2023, 3, 1))
                               .build(),
                           3);
    CHECK(a10Days(c).days == 365); // 1 Sep 2021 → 1 Sep 2022, not from 2018
}

TEST_CASE("a disruption followed by a new placement: A10 uses the final move-in",
          "[metrics][measures]")
{
    Child c = withId(aChild()
                         .enteredCare(d(2021, 6, 1))
                         .agencyDecision(d(2021, 9, 1))
                         .placementOrder(d(2021, 11, 1))
                         .matchDecision(d(2022, 9, 15))
                         .movedIn(d(2022, 10, 1))
                         .adoptionOrder(d(2023, 5, 1))
                         .build(),
                     4);
    // First adoptive placement 1 Mar 2022 – 1 May 2022 (disrupted).
    c.pastPlacements = {{HouseholdId{7},
                         d(2022, 1, 10),
                         d(2022, 2, 15),
                         d(2022, 3, 1),
                         d(2022, 5, 1),
                         QStringLiteral("Disrupted"),
                         true,
                         {}}};
    CHECK(a10Days(c).days == 487); // 1 Jun 2021 → 1 Oct 2022: 365 + 122; not 273 (1 Mar 2022)
    CHECK(a2Days(c).days == 318);  // the final match: 1 Nov 2021 → 15 Sep 2022
}

TEST_CASE("A2 leaves out consent placements and children not placed before the order",
          "[metrics][measures]")
{
    SECTION("consent placement: out of A2, still in A1/A10")
    {
        Child c = example1();
        c.journey.authority = PlacementAuthority::Consent;
        CHECK(a2Days(c) == ChildDays{std::nullopt, Exclusion::ConsentPlacement});
        CHECK(a10Days(c).days == 398);
        CHECK(a1Days(c).days == 398);
    }
    SECTION("no placement order date")
    {
        Child c = example1();
        c.journey.placementOrder = QDate();
        CHECK(a2Days(c).exclusion == Exclusion::NoPlacementOrder);
    }
    SECTION("moved in after the adoption order, or never")
    {
        Child c = example1();
        c.journey.movedIn = d(2023, 1, 13);
        CHECK(a2Days(c).exclusion == Exclusion::NotPlacedBeforeAdoptionOrder);
        c.journey.movedIn = QDate();
        CHECK(a2Days(c).exclusion == Exclusion::NotPlacedBeforeAdoptionOrder);
        CHECK(a10Days(c).exclusion == Exclusion::NotPlaced);
    }
    SECTION("moved in on the day of the order still counts as placed before it")
    {
        Child c = example1();
        c.journey.movedIn = c.journey.adoptionOrder;
        CHECK(a2Days(c).days == 97);
    }
    SECTION("no match decision")
    {
        Child c = example1();
        c.journey.matchDecision = QDate();
        CHECK(a2Days(c).exclusion == Exclusion::NoMatchDecision);
    }
}

TEST_CASE("a match decided before the placement order counts as 0 days, never negative",
          "[metrics][measures]")
{
    Child c = example1();
    c.journey.matchDecision = d(2022, 3, 1); // 14 days before the order
    CHECK(a2Days(c) == ChildDays{0, Exclusion::None});
    c.journey.matchDecision = c.journey.placementOrder; // same day: 0 as well
    CHECK(a2Days(c).days == 0);
}

TEST_CASE("children without an adoption order are in no cohort", "[metrics][measures]")
{
    Child c = example1();
    c.journey.adoptionOrder = QDate();
    CHECK(a1Days(c).exclusion == Exclusion::NotAdopted);
    CHECK(a10Days(c).exclusion == Exclusion::NotAdopted);
    CHECK(a2Days(c).exclusion == Exclusion::NotAdopted);
    CHECK(a3(c).exclusion == Exclusion::NotAdopted);
    c = example1();
    c.journey.enteredCare = QDate();
    CHECK(a10Days(c).exclusion == Exclusion::NoEntryIntoCare);
}

TEST_CASE("day counts across leap days are plain date differences", "[metrics][measures]")
{
    Child c = example1();
    c.journey.enteredCare = d(2020, 2, 28);
    c.journey.movedIn = d(2021, 3, 1); // 366 days to 28 Feb 2021 (29 Feb 2020 between), +1
    CHECK(a10Days(c).days == 367);
    c.journey.enteredCare = d(2023, 2, 28);
    c.journey.movedIn = d(2024, 3, 1); // 365 to 28 Feb 2024, +29 Feb, +1 Mar
    CHECK(a10Days(c).days == 367);
}

TEST_CASE("A3 compares calendar months by default; days when configured", "[metrics][measures]")
{
    Child c = example1(); // entered 1 Jun 2021; 14 months later is 1 Aug 2022
    c.journey.movedIn = d(2022, 7, 31);
    CHECK(a3(c).waitedLessThan14Months == true);
    c.journey.movedIn = d(2022, 8, 1); // exactly 14 months: not "less than"
    CHECK(a3(c).waitedLessThan14Months == false);

    // The two rules differ when 14 months is longer than 426 days: 1 Dec 2021 + 14 months is
    // 1 Feb 2023, which is 427 days later. A move-in on 31 Jan 2023 (426 days) is within
    // 14 calendar months but not fewer than 426 days.
    c.journey.enteredCare = d(2021, 12, 1);
    c.journey.movedIn = d(2023, 1, 31);
    CHECK(a3(c).waitedLessThan14Months == true);
    A3Rule days;
    days.kind = A3Rule::Kind::Days;
    CHECK(a3(c, days).waitedLessThan14Months == false);

    // Entered on a leap day: 29 Feb 2020 + 14 months is 29 Apr 2021.
    c.journey.enteredCare = d(2020, 2, 29);
    c.journey.movedIn = d(2021, 4, 28);
    CHECK(a3(c).waitedLessThan14Months == true);
    c.journey.movedIn = d(2021, 4, 29);
    CHECK(a3(c).waitedLessThan14Months == false);

    // A3 uses A1's dates: a foster-carer adoption is judged on the adoptive placement.
    CHECK(a3(example2()).waitedLessThan14Months == false); // 637 days
}

TEST_CASE("timeliness() gathers every per-child figure", "[metrics][measures]")
{
    const ChildTimeliness t = timeliness(example2());
    CHECK(t.id == ChildId{2});
    CHECK(t.a1.days == 637);
    CHECK(t.a10.days == 189);
    CHECK(t.a2.days == 153);
    CHECK(t.a3.waitedLessThan14Months == false);
    CHECK(childDays(example2(), Measure::A10).days == 189);
}

TEST_CASE("measure and exclusion codes are stable JSON keys", "[metrics][measures]")
{
    CHECK(measureCode(Measure::A10) == QStringLiteral("a10"));
    CHECK(measureLabel(Measure::A2) == QStringLiteral("A2"));
    CHECK(exclusionCode(Exclusion::ConsentPlacement) == QStringLiteral("consent-placement"));
    CHECK(exclusionLabel(Exclusion::NoMatchDecision) ==
          QStringLiteral("Match decision not recorded"));
}
