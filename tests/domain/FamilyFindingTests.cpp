#include "Builders.h"
#include "domain/Child.h"
#include "domain/FamilyFinding.h"

#include <algorithm>
#include <vector>

using namespace permanence::domain;
using namespace permanence::test;

namespace {
const QDate today = d(2024, 6, 30);
const QDate yearEnd = d(2024, 3, 31);

using S = FamilyFindingStatus;

// A full journey, one milestone a month or so apart, so that the day before each milestone is
// still after the previous one.
ChildBuilder fullJourney()
{
    return aChild()
        .enteredCare(d(2021, 6, 1))
        .agencyDecision(d(2022, 1, 10))
        .placementOrder(d(2022, 3, 1))
        .with(Milestone::FamilyFindingStarted, d(2022, 3, 2))
        .linked(d(2022, 6, 1))
        .with(Milestone::MatchingPanel, d(2022, 7, 11))
        .matchDecision(d(2022, 8, 1))
        .movedIn(d(2022, 9, 1))
        .adoptionOrder(d(2023, 2, 1));
}

Child withStop(Child c, QDate date, const QString& reason = QStringLiteral("Ongoing assessment"))
{
    c.familyFindingStop = {date, reason};
    return c;
}

Child withPlanChange(Child c, QDate date)
{
    c.planChange = {date, QStringLiteral("Court made a special guardianship order"),
                    QStringLiteral("Special guardianship")};
    return c;
}

bool contains(const std::vector<ChildId>& ids, ChildId id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}
} // namespace

TEST_CASE("every status has its label", "[domain][family-finding]")
{
    CHECK(statusLabel(S::NoPlan) == QStringLiteral("No plan yet"));
    CHECK(statusLabel(S::AwaitingPlacementOrder) ==
          QStringLiteral("Plan, awaiting placement order"));
    CHECK(statusLabel(S::ActivelyFamilyFinding) ==
          QStringLiteral("Placement order, actively family finding"));
    CHECK(statusLabel(S::Linked) == QStringLiteral("Linked"));
    CHECK(statusLabel(S::MatchedMovingIn) == QStringLiteral("Matched, moving in"));
    CHECK(statusLabel(S::Placed) == QStringLiteral("Placed"));
    CHECK(statusLabel(S::Adopted) == QStringLiteral("Adopted"));
    CHECK(statusLabel(S::Stopped) == QStringLiteral("Family finding stopped"));
    CHECK(statusLabel(S::PlanChanged) == QStringLiteral("Plan changed"));
}

TEST_CASE("a milestone counts on its own date, not the day before", "[domain][family-finding]")
{
    const Child c = fullJourney().build();
    REQUIRE(validate(c, ValidationContext{today}).empty());

    struct Step
    {
        QDate date;
        S before;
        S on;
    };
    const std::vector<Step> steps = {
        {c.journey.agencyDecision, S::NoPlan, S::AwaitingPlacementOrder},
        {c.journey.placementOrder, S::AwaitingPlacementOrder, S::ActivelyFamilyFinding},
        {c.journey.linked, S::ActivelyFamilyFinding, S::Linked},
        // The matching panel is a recommendation, not the match: still linked on its day.
        {c.journey.matchingPanel, S::Linked, S::Linked},
        {c.journey.matchDecision, S::Linked, S::MatchedMovingIn},
        {c.journey.movedIn, S::MatchedMovingIn, S::Placed},
        {c.journey.adoptionOrder, S::Placed, S::Adopted},
    };
    for (const auto& step : steps) {
        INFO("milestone on " << step.date.toString(Qt::ISODate).toStdString());
        CHECK(familyFindingStatus(c, step.date.addDays(-1)) == step.before);
        CHECK(familyFindingStatus(c, step.date) == step.on);
    }
    CHECK(familyFindingStatus(c, today) == S::Adopted);
}

TEST_CASE("a child with no agency decision has no plan", "[domain][family-finding]")
{
    const Child c = aChild().build();
    CHECK(familyFindingStatus(c, today) == S::NoPlan);
    CHECK(familyFindingStatus(Child{}, today) == S::NoPlan);
}

TEST_CASE("family finding stopped counts from the day of the stop", "[domain][family-finding]")
{
    const Child c =
        withStop(aChild().agencyDecision(d(2023, 1, 5)).placementOrder(d(2023, 4, 3)).build(),
                 d(2023, 9, 14));
    REQUIRE(validate(c, ValidationContext{today}).empty());
    CHECK(familyFindingStatus(c, d(2023, 9, 13)) == S::ActivelyFamilyFinding);
    CHECK(familyFindingStatus(c, d(2023, 9, 14)) == S::Stopped);
    CHECK(familyFindingStatus(c, today) == S::Stopped);
}

TEST_CASE("a plan change counts from the day of the change", "[domain][family-finding]")
{
    const Child c =
        withPlanChange(aChild().agencyDecision(d(2023, 1, 5)).placementOrder(d(2023, 4, 3)).build(),
                       d(2023, 11, 20));
    REQUIRE(validate(c, ValidationContext{today}).empty());
    CHECK(familyFindingStatus(c, d(2023, 11, 19)) == S::ActivelyFamilyFinding);
    CHECK(familyFindingStatus(c, d(2023, 11, 20)) == S::PlanChanged);
}

TEST_CASE("status precedence when several facts hold", "[domain][family-finding]")
{
    const Child linkedChild = aChild()
                                  .agencyDecision(d(2023, 1, 5))
                                  .placementOrder(d(2023, 4, 3))
                                  .linked(d(2023, 8, 1))
                                  .build();

    SECTION("a stop after a link means stopped: the link fell through")
    {
        const Child c = withStop(linkedChild, d(2023, 10, 2));
        REQUIRE(validate(c, ValidationContext{today}).empty());
        CHECK(familyFindingStatus(c, d(2023, 10, 1)) == S::Linked);
        CHECK(familyFindingStatus(c, d(2023, 10, 2)) == S::Stopped);
    }
    SECTION("a link recorded after a stop does not restart family finding")
    {
        const Child c = withStop(linkedChild, d(2023, 6, 1));
        REQUIRE(validate(c, ValidationContext{today}).empty());
        CHECK(familyFindingStatus(c, d(2023, 8, 1)) == S::Stopped);
    }
    SECTION("a stop before the placement order is still a stop")
    {
        const Child c = withStop(aChild().agencyDecision(d(2023, 1, 5)).build(), d(2023, 2, 1));
        CHECK(familyFindingStatus(c, d(2023, 1, 31)) == S::AwaitingPlacementOrder);
        CHECK(familyFindingStatus(c, d(2023, 2, 1)) == S::Stopped);
    }
    SECTION("a match decision outranks a stop: a family was found")
    {
        Child c = withStop(linkedChild, d(2023, 9, 1));
        c.journey.matchDecision = d(2023, 10, 1);
        CHECK(familyFindingStatus(c, d(2023, 9, 30)) == S::Stopped);
        CHECK(familyFindingStatus(c, d(2023, 10, 1)) == S::MatchedMovingIn);
    }
    SECTION("a plan change outranks a stop and a link")
    {
        const Child c = withPlanChange(withStop(linkedChild, d(2023, 9, 1)), d(2023, 12, 1));
        REQUIRE(validate(c, ValidationContext{today}).empty());
        CHECK(familyFindingStatus(c, d(2023, 11, 30)) == S::Stopped);
        CHECK(familyFindingStatus(c, d(2023, 12, 1)) == S::PlanChanged);
    }
    SECTION("a plan change after a disrupted placement outranks placed")
    {
        const Child c = withPlanChange(fullJourney().adoptionOrder({}).build(), d(2023, 1, 9));
        REQUIRE(validate(c, ValidationContext{today}).empty());
        CHECK(familyFindingStatus(c, d(2023, 1, 8)) == S::Placed);
        CHECK(familyFindingStatus(c, d(2023, 1, 9)) == S::PlanChanged);
    }
    SECTION("the adoption order outranks everything")
    {
        const Child c = withStop(fullJourney().build(), d(2022, 6, 20));
        CHECK(familyFindingStatus(c, d(2023, 2, 1)) == S::Adopted);
    }
    SECTION("consent counts as the placement order")
    {
        Child c = aChild().agencyDecision(d(2023, 1, 5)).placementOrder(d(2023, 2, 1)).build();
        c.journey.authority = PlacementAuthority::Consent;
        CHECK(familyFindingStatus(c, d(2023, 2, 1)) == S::ActivelyFamilyFinding);
    }
    SECTION("early permanence does not change the status before the match")
    {
        const Child c = aChild()
                            .agencyDecision(d(2023, 1, 5))
                            .earlyPermanence(d(2023, 1, 20))
                            .placementOrder(d(2023, 3, 1))
                            .build();
        CHECK(familyFindingStatus(c, d(2023, 2, 1)) == S::AwaitingPlacementOrder);
        CHECK(familyFindingStatus(c, d(2023, 3, 1)) == S::ActivelyFamilyFinding);
    }
}

TEST_CASE("days waiting run from the placement order until the match", "[domain][family-finding]")
{
    const Child c = fullJourney().build(); // order 1 Mar 2022, match 1 Aug 2022

    CHECK_FALSE(daysWaitingSincePlacementOrder(c, d(2022, 2, 28)).has_value());
    CHECK(daysWaitingSincePlacementOrder(c, d(2022, 3, 1)) == 0);
    CHECK(daysWaitingSincePlacementOrder(c, d(2022, 3, 2)) == 1);
    CHECK(daysWaitingSincePlacementOrder(c, d(2022, 7, 31)) == 152);
    CHECK_FALSE(daysWaitingSincePlacementOrder(c, d(2022, 8, 1)).has_value());
    CHECK_FALSE(daysWaitingSincePlacementOrder(c, today).has_value());

    SECTION("a stopped child is still waiting")
    {
        const Child s =
            withStop(aChild().agencyDecision(d(2023, 1, 5)).placementOrder(d(2023, 4, 3)).build(),
                     d(2023, 9, 14));
        CHECK(daysWaitingSincePlacementOrder(s, yearEnd) == 363);
    }
    SECTION("a plan change ends the wait")
    {
        const Child p = withPlanChange(
            aChild().agencyDecision(d(2023, 1, 5)).placementOrder(d(2023, 4, 3)).build(),
            d(2023, 11, 20));
        CHECK(daysWaitingSincePlacementOrder(p, d(2023, 11, 19)) == 230);
        CHECK_FALSE(daysWaitingSincePlacementOrder(p, d(2023, 11, 20)).has_value());
    }
    SECTION("waiting across a leap day counts 29 February")
    {
        const Child w =
            aChild().agencyDecision(d(2023, 12, 1)).placementOrder(d(2024, 2, 1)).build();
        CHECK(daysWaitingSincePlacementOrder(w, d(2024, 3, 1)) == 29);
    }
}

TEST_CASE("aged 5 or over starts on the fifth birthday", "[domain][family-finding]")
{
    const Child c = aChild().bornOn(d(2018, 6, 15)).build();
    CHECK_FALSE(priorityFlags(c, d(2023, 6, 14), false).agedFiveOrOver); // 4 years 364 days
    CHECK(priorityFlags(c, d(2023, 6, 15), false).agedFiveOrOver);       // 5 years 0 days
    CHECK_FALSE(priorityFlags(c, d(2023, 6, 14), false).isPriority());
    CHECK(priorityFlags(c, d(2023, 6, 15), false).isPriority());

    // The builder's child (born 1 Mar 2019): the day before the birthday is 29 Feb 2024.
    const Child b = aChild().build();
    CHECK_FALSE(priorityFlags(b, d(2024, 2, 29), false).agedFiveOrOver);
    CHECK(priorityFlags(b, d(2024, 3, 1), false).agedFiveOrOver);
}

TEST_CASE("a child born on 29 February turns 5 on 1 March in a non-leap year",
          "[domain][family-finding]")
{
    const Child c = aChild().bornOn(d(2016, 2, 29)).build();
    CHECK_FALSE(priorityFlags(c, d(2021, 2, 28), false).agedFiveOrOver);
    CHECK(priorityFlags(c, d(2021, 3, 1), false).agedFiveOrOver);

    const Child leap = aChild().bornOn(d(2020, 2, 29)).build();
    CHECK_FALSE(priorityFlags(leap, d(2025, 2, 28), false).agedFiveOrOver);
    CHECK(priorityFlags(leap, d(2025, 3, 1), false).agedFiveOrOver);
}

TEST_CASE("priority flags and their description", "[domain][family-finding]")
{
    SECTION("a White British only child under 5 is not a priority")
    {
        const PriorityFlags f =
            priorityFlags(aChild().bornOn(d(2022, 1, 1)).build(), yearEnd, false);
        CHECK(f == PriorityFlags{false, false, false, false, yearEnd});
        CHECK_FALSE(f.isPriority());
        CHECK(f.describe() == QStringLiteral("Not a priority child on 31 Mar 2024"));
    }
    SECTION("age and sibling group")
    {
        const Child c =
            aChild().bornOn(d(2018, 5, 1)).siblingGroup(QStringLiteral("SG-12")).build();
        const PriorityFlags f = priorityFlags(c, yearEnd, false);
        CHECK(f.agedFiveOrOver);
        CHECK(f.inSiblingGroup);
        CHECK_FALSE(f.ethnicityOtherThanWhiteBritish);
        CHECK(f.asOf == yearEnd);
        CHECK(f.describe() ==
              QStringLiteral("Priority on 31 Mar 2024: aged 5 or over, sibling group"));
    }
    SECTION("ethnicity and disability")
    {
        const Child c = aChild().bornOn(d(2022, 1, 1)).ethnicity(QStringLiteral("MWBC")).build();
        const PriorityFlags f = priorityFlags(c, yearEnd, true);
        CHECK(f.ethnicityOtherThanWhiteBritish);
        CHECK(f.disability);
        CHECK(f.describe() == QStringLiteral("Priority on 31 Mar 2024: ethnicity other than White "
                                             "British, disability"));
    }
    SECTION("ethnicity not yet obtained is not a priority by itself")
    {
        const Child c = aChild().bornOn(d(2022, 1, 1)).ethnicity(QStringLiteral("NOBT")).build();
        CHECK_FALSE(priorityFlags(c, yearEnd, false).isPriority());
    }
    SECTION("a blank sibling group reference is no sibling group")
    {
        const Child c = aChild().bornOn(d(2022, 1, 1)).siblingGroup(QStringLiteral("  ")).build();
        CHECK_FALSE(priorityFlags(c, yearEnd, false).inSiblingGroup);
    }
}

namespace {

/// Children shaped like 003 §3.9 on 31 March 2024: 160 with a plan, of whom 74 have an order
/// and have not moved in (7 matched and moving, 30 linked, 17 stopped, 20 actively sought),
/// 50 are placed awaiting the adoption order and 36 await their placement order; plus
/// children who must not be counted at all. Some facts fall after the year end to check they
/// are ignored on 31 March and counted afterwards.
class Region
{
public:
    std::vector<Child> children;

    Region()
    {
        // 7 matched and moving in. The last one moves in on 1 April.
        for (int i = 0; i < 7; ++i) {
            ChildBuilder b = ordered().linked(d(2023, 10, 2)).matchDecision(d(2024, 3, 4 + i));
            if (i == 6)
                b.movedIn(d(2024, 4, 1));
            add(b.build(), matchedMovingIn);
        }
        // 30 linked. The first is matched on 2 April; five had a matching panel in March.
        for (int i = 0; i < 30; ++i) {
            ChildBuilder b = ordered().linked(d(2024, 1, 2 + i));
            if (i == 0)
                b.matchDecision(d(2024, 4, 2));
            if (i >= 25)
                b.with(Milestone::MatchingPanel, d(2024, 3, 25));
            add(b.build(), linked);
        }
        // 17 family finding stopped: some after a link that fell through, some on the very
        // day of the snapshot, some for a change of plan not yet decided; one has its plan
        // changed formally on 3 April.
        for (int i = 0; i < 17; ++i) {
            ChildBuilder b = ordered();
            if (i < 5)
                b.linked(d(2023, 9, 1));
            Child c = b.build();
            const QDate stop = i < 3 ? yearEnd : d(2023, 11, 1 + i);
            c = withStop(c, stop,
                         i % 2 == 0 ? QStringLiteral("Ongoing assessment")
                                    : QStringLiteral("Change of plan being considered"));
            if (i == 16)
                c = withPlanChange(c, d(2024, 4, 3));
            add(c, stopped);
        }
        // 20 actively sought: 19 here and one whose order is dated on the year end itself.
        // Two are linked only after the year end, and two have consent rather than an order.
        for (int i = 0; i < 19; ++i) {
            ChildBuilder b = ordered();
            if (i < 2)
                b.linked(d(2024, 4, 8));
            Child c = b.build();
            if (i >= 18)
                c.journey.authority = PlacementAuthority::Consent;
            add(c, activelySought);
        }
        // 50 placed, awaiting the adoption order: one is adopted on 4 April.
        for (int i = 0; i < 50; ++i) {
            ChildBuilder b = ordered()
                                 .linked(d(2023, 6, 1))
                                 .matchDecision(d(2023, 8, 1))
                                 .movedIn(d(2023, 9, 1 + i % 28));
            if (i == 0)
                b.adoptionOrder(d(2024, 4, 4));
            add(b.build(), placed);
        }
        // 36 awaiting a placement order, one of whom gets it on 5 April; two stopped before
        // the order (still with a plan, not in the 74).
        for (int i = 0; i < 35; ++i) {
            Child c = withPlan().build();
            if (i < 2)
                c = withStop(c, d(2024, 2, 1));
            add(c, notYetAuthorised);
        }
        add(withPlan().placementOrder(yearEnd).build(), activelySought);
        add(withPlan().placementOrder(d(2024, 4, 5)).build(), notYetAuthorised);

        // Not counted: adopted in the year, plan changed, archived, decision after the year
        // end, no decision at all.
        for (int i = 0; i < 12; ++i)
            add(ordered()
                    .linked(d(2023, 5, 10))
                    .matchDecision(d(2023, 6, 1))
                    .movedIn(d(2023, 6, 15))
                    .adoptionOrder(d(2023, 9, 1 + i))
                    .build(),
                excluded);
        for (int i = 0; i < 4; ++i)
            add(withPlanChange(ordered().build(), d(2024, 3, 31 - i)), excluded);
        for (int i = 0; i < 3; ++i) {
            Child c = ordered().build();
            c.archived = true;
            add(c, excluded);
        }
        add(aChild().agencyDecision(d(2024, 4, 1)).build(), excluded);
        add(aChild().build(), excluded);
    }

    std::vector<ChildId> matchedMovingIn, linked, stopped, activelySought, placed, notYetAuthorised,
        excluded;

private:
    qint64 m_next = 1;

    static ChildBuilder withPlan() { return aChild().agencyDecision(d(2023, 2, 1)); }
    static ChildBuilder ordered() { return withPlan().placementOrder(d(2023, 5, 2)); }

    void add(Child c, std::vector<ChildId>& bucket)
    {
        c.id = ChildId{m_next++};
        c.reference = QStringLiteral("C-%1").arg(c.id.value, 4, 10, QLatin1Char('0'));
        children.push_back(c);
        bucket.push_back(c.id);
    }
};

} // namespace

TEST_CASE("the year-end snapshot reproduces 003's 160 / 74 / 7 / 30 / 17 / 20",
          "[domain][family-finding]")
{
    const Region region;
    for (const Child& c : region.children) {
        INFO("child " << c.reference.toStdString() << ": "
                      << describe(validate(c, ValidationContext{today})).toStdString());
        CHECK(validate(c, ValidationContext{today}).empty());
    }

    const PlanSnapshot s = planSnapshot(region.children, yearEnd);
    CHECK(s.on == yearEnd);
    CHECK(s.withPlan == 160);
    CHECK(s.withOrderNotMatched == 74);
    CHECK(s.matchedMovingIn == 7);
    CHECK(s.linked == 30);
    CHECK(s.stopped == 17);
    CHECK(s.activelySought == 20);
    CHECK(s.placed == 50);
    CHECK(s.notYetAuthorised == 36);

    // The four buckets partition the 74, and the 74, placed and not-yet-authorised partition
    // the 160.
    CHECK(s.matchedMovingIn + s.linked + s.stopped + s.activelySought == s.withOrderNotMatched);
    CHECK(s.withOrderNotMatched + s.placed + s.notYetAuthorised == s.withPlan);

    // The ids behind each number are exactly the children built for it.
    CHECK(s.matchedMovingInIds == region.matchedMovingIn);
    CHECK(s.linkedIds == region.linked);
    CHECK(s.stoppedIds == region.stopped);
    CHECK(s.placedIds == region.placed);
    auto sorted = [](std::vector<ChildId> v) {
        std::sort(v.begin(), v.end());
        return v;
    };
    CHECK(sorted(s.activelySoughtIds) == sorted(region.activelySought));
    CHECK(sorted(s.notYetAuthorisedIds) == sorted(region.notYetAuthorised));
    CHECK(static_cast<int>(s.withPlanIds.size()) == s.withPlan);
    CHECK(static_cast<int>(s.withOrderNotMatchedIds.size()) == s.withOrderNotMatched);
    for (ChildId id : region.excluded)
        CHECK_FALSE(contains(s.withPlanIds, id));

    // Every child in a bucket shows the matching status on its own page.
    for (const Child& c : region.children) {
        const S status = familyFindingStatus(c, yearEnd);
        if (contains(s.matchedMovingInIds, c.id))
            CHECK(status == S::MatchedMovingIn);
        if (contains(s.linkedIds, c.id))
            CHECK(status == S::Linked);
        if (contains(s.stoppedIds, c.id))
            CHECK(status == S::Stopped);
        if (contains(s.activelySoughtIds, c.id))
            CHECK(status == S::ActivelyFamilyFinding);
        if (contains(s.placedIds, c.id))
            CHECK(status == S::Placed);
    }
}

TEST_CASE("the snapshot moves with its date", "[domain][family-finding]")
{
    const Region region;

    SECTION("a week later, April's milestones have moved children between buckets")
    {
        const PlanSnapshot s = planSnapshot(region.children, d(2024, 4, 7));
        // 1 Apr: a matched child moves in; 2 Apr: a linked child is matched; 3 Apr: a stopped
        // child's plan changes; 4 Apr: a placed child is adopted; 5 Apr: an order arrives.
        // 1 Apr also brings a new agency decision.
        CHECK(s.matchedMovingIn == 7 - 1 + 1);
        CHECK(s.linked == 29);
        CHECK(s.stopped == 16);
        CHECK(s.activelySought == 21);
        CHECK(s.withOrderNotMatched == 73);
        CHECK(s.placed == 50 + 1 - 1);
        CHECK(s.notYetAuthorised == 36 - 1 + 1);
        CHECK(s.withPlan == 160 - 1 - 1 + 1);
    }
    SECTION("8 April: two actively sought children are linked")
    {
        const PlanSnapshot s = planSnapshot(region.children, d(2024, 4, 8));
        CHECK(s.linked == 31);
        CHECK(s.activelySought == 19);
    }
    SECTION("the day before the year end, facts dated 31 March do not count yet")
    {
        const PlanSnapshot s = planSnapshot(region.children, d(2024, 3, 30));
        // Three children stopped on 31 March after a link are still linked.
        CHECK(s.stopped == 17 - 3);
        CHECK(s.linked == 30 + 3);
        CHECK(s.matchedMovingIn == 7);
        // The order dated 31 March has not been made; the plan change dated 31 March has not
        // happened, so that child is still actively sought.
        CHECK(s.activelySought == 20 - 1 + 1);
        CHECK(s.withOrderNotMatched == 74);
        CHECK(s.notYetAuthorised == 36 + 1);
        CHECK(s.placed == 50);
        CHECK(s.withPlan == 161);
    }
    SECTION("long before: nobody had a plan")
    {
        const PlanSnapshot s = planSnapshot(region.children, d(2023, 1, 31));
        CHECK(s.withPlan == 0);
        CHECK(s.withPlanIds.empty());
        CHECK(s.withOrderNotMatched == 0);
    }
    SECTION("archived children are never counted")
    {
        std::vector<Child> all = region.children;
        for (Child& c : all)
            c.archived = true;
        PlanSnapshot empty;
        empty.on = yearEnd;
        CHECK(planSnapshot(all, yearEnd) == empty);
    }
}
