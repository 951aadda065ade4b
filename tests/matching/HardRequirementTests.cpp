#include "MatchingFixtures.h"

using namespace permanence::domain;
using namespace permanence::matching;
using namespace permanence::test;

TEST_CASE("a household approved for fewer children than the group is excluded, naming both numbers",
          "[matching][requirement]")
{
    AdopterHousehold one = household(1);
    one.terms.maxChildren = 1;
    AdopterHousehold two = household(2);
    two.terms.maxChildren = 2;
    AdopterHousehold three = household(3);
    three.terms.maxChildren = 3;
    const auto group = siblings({waitingChild(1, QStringLiteral("Tom"), d(2020, 1, 1)),
                                 waitingChild(2, QStringLiteral("Amy"), d(2021, 1, 1)),
                                 waitingChild(3, QStringLiteral("Sam"), d(2022, 1, 1))});
    const Ranking r = rank(group, {one, two, three});

    CHECK(order(r) == QStringList{QStringLiteral("H-0003")});
    CHECK(reasons(r, 1) == QStringLiteral("Approved for 1 child; this is a group of 3"));
    CHECK(reasons(r, 2) == QStringLiteral("Approved for 2 children; this is a group of 3"));
    CHECK(r.excludedCount(Requirement::Capacity) == 2);
}

TEST_CASE("a group needs a household approved for brothers and sisters", "[matching][requirement]")
{
    AdopterHousehold notSiblings = household(1);
    notSiblings.terms.siblings = false;
    const auto group = siblings({waitingChild(1, QStringLiteral("Tom")),
                                 waitingChild(2, QStringLiteral("Amy"), d(2021, 1, 1))});
    const Ranking r = rank(group, {notSiblings, household(2)});

    CHECK(order(r) == QStringList{QStringLiteral("H-0002")});
    CHECK(reasons(r, 1) ==
          QStringLiteral("Not approved for brothers and sisters; this is a group of 2"));
}

TEST_CASE("every child of the unit must be inside the approved age range",
          "[matching][requirement]")
{
    AdopterHousehold young = household(1);
    young.terms.minAge = 0;
    young.terms.maxAge = 4;
    const Ranking single = rank({waitingChild(1, QStringLiteral("Tom"), d(2018, 1, 1))}, {young});
    CHECK(single.ranked.empty());
    CHECK(reasons(single, 1) == QStringLiteral("Approved for ages 0–4; Tom is 6"));

    AdopterHousehold wide = household(2);
    wide.terms.maxAge = 6;
    // Amy (3) fits; Tom (6) is at the top of the range, which counts as inside it.
    const auto group = siblings({waitingChild(1, QStringLiteral("Tom"), d(2018, 1, 1)),
                                 waitingChild(2, QStringLiteral("Amy"), d(2021, 1, 1))});
    const Ranking r = rank(group, {young, wide});
    CHECK(order(r) == QStringList{QStringLiteral("H-0002")});
    CHECK(reasons(r, 1) == QStringLiteral("Approved for ages 0–4; Tom is 6"));
}

TEST_CASE("a sex preference excludes a child of the other sex only", "[matching][requirement]")
{
    AdopterHousehold girl = household(1);
    girl.terms.sexPreference = Sex::Female;
    Child tom = waitingChild(1, QStringLiteral("Tom"));
    tom.sex = Sex::Male;
    Child amy = waitingChild(2, QStringLiteral("Amy"));
    amy.sex = Sex::Female;
    Child unknown = waitingChild(3, QStringLiteral("Kit"));
    unknown.sex.reset();

    CHECK(reasons(rank({tom}, {girl}), 1) == QStringLiteral("Would like a girl; Tom is a boy"));
    CHECK(rank({amy}, {girl}).ranked.size() == 1);
    CHECK(rank({unknown}, {girl}).ranked.size() == 1); // not recorded: nothing to exclude on
}

TEST_CASE("a need graded No, or not graded at all, excludes; Low or above is met",
          "[matching][requirement]")
{
    const QString fasd = needCategories().at(6);
    REQUIRE(fasd == QStringLiteral("Foetal alcohol spectrum disorder"));
    Child tom = waitingChild(1, QStringLiteral("Tom"));
    tom.healthNeeds = {fasd};

    AdopterHousehold notGraded = household(1);
    AdopterHousehold gradedNo = household(2);
    gradedNo.terms.needs.insert(fasd, NeedGrade::No);
    AdopterHousehold low = household(3);
    low.terms.needs.insert(fasd, NeedGrade::Low);

    const Ranking r = rank({tom}, {notGraded, gradedNo, low});
    CHECK(order(r) == QStringList{QStringLiteral("H-0003")});
    CHECK(reasons(r, 1) == QStringLiteral("Cannot meet Foetal alcohol spectrum disorder (Tom)"));
    CHECK(reasons(r, 2) == QStringLiteral("Cannot meet Foetal alcohol spectrum disorder (Tom)"));
}

TEST_CASE("a group's needs are the union of every child's", "[matching][requirement]")
{
    const QString medical = needCategories().at(8);
    Child tom = waitingChild(1, QStringLiteral("Tom"));
    Child amy = waitingChild(2, QStringLiteral("Amy"), d(2021, 1, 1));
    amy.healthNeeds = {medical};
    const Ranking r = rank(siblings({tom, amy}), {household(1)});
    CHECK(reasons(r, 1) == QStringLiteral("Cannot meet Medical condition (Amy)"));
}

TEST_CASE("a disability without a category needs some openness to disability",
          "[matching][requirement]")
{
    Child tom = waitingChild(1, QStringLiteral("Tom"));
    tom.disability = true;
    AdopterHousehold none = household(1);
    none.terms.needs.insert(needCategories().at(8), NeedGrade::High); // medical, not disability
    AdopterHousehold learning = household(2);
    learning.terms.needs.insert(needCategories().at(1), NeedGrade::Medium);

    const Ranking r = rank({tom}, {none, learning});
    CHECK(order(r) == QStringList{QStringLiteral("H-0002")});
    CHECK(reasons(r, 1).contains(QStringLiteral("a disability not yet given a category (Tom)")));
    const auto parts = r.explain(r.ranked.front());
    const ScorePart& health = parts[static_cast<size_t>(Part::Health)];
    CHECK(health.points == Approx(health.maxPoints * 2.0 / 3.0));
}

TEST_CASE("a child without a placement order needs a household approved for early permanence",
          "[matching][requirement]")
{
    Child tom = aChild()
                    .reference(QStringLiteral("C-0001"))
                    .named(QStringLiteral("Tom"), {})
                    .agencyDecision(d(2024, 3, 1))
                    .build();
    tom.id = {1};
    AdopterHousehold notEp = household(1);
    notEp.terms.earlyPermanence = false;
    const Ranking r = rank({tom}, {notEp, household(2)});
    CHECK(order(r) == QStringList{QStringLiteral("H-0002")});
    CHECK(reasons(r, 1) == QStringLiteral("Not approved for early permanence; Tom has no placement "
                                          "order yet, so only an early permanence placement is "
                                          "possible"));
    // With the order made, early permanence no longer matters.
    CHECK(rank({waitingChild(1, QStringLiteral("Tom"))}, {notEp}).ranked.size() == 1);
}

TEST_CASE("households not approved, withdrawn, de-registered or archived on the day are excluded",
          "[matching][requirement]")
{
    AdopterHousehold notYet = household(1);
    notYet.journey.approval = d(2024, 7, 15);
    AdopterHousehold never = household(2);
    never.journey.approval = QDate();
    AdopterHousehold withdrew = household(3);
    withdrew.withdrawal.date = d(2024, 5, 1);
    AdopterHousehold deregistered = household(4);
    deregistered.deregistered = d(2024, 6, 30);
    AdopterHousehold archived = household(5);
    archived.archived = true;
    AdopterHousehold withdrawsLater = household(6);
    withdrawsLater.withdrawal.date = d(2024, 8, 1);

    const Ranking r = rank({waitingChild(1, QStringLiteral("Tom"))},
                           {notYet, never, withdrew, deregistered, archived, withdrawsLater});
    CHECK(order(r) == QStringList{QStringLiteral("H-0006")});
    CHECK(reasons(r, 1) == QStringLiteral("Not approved until 15 Jul 2024"));
    CHECK(reasons(r, 2) == QStringLiteral("Not approved"));
    CHECK(reasons(r, 3) == QStringLiteral("Withdrew on 1 May 2024"));
    CHECK(reasons(r, 4) == QStringLiteral("De-registered on 30 Jun 2024"));
    CHECK(reasons(r, 5) == QStringLiteral("The household's record is archived"));
    CHECK(r.excludedCount(Requirement::NotApproved) == 2);
}

TEST_CASE("a household already linked, matched or placed with a child is busy until the adoption "
          "order",
          "[matching][requirement]")
{
    const Child tom = waitingChild(1, QStringLiteral("Tom"));
    auto withChild = [&](auto&& change) {
        Child other = waitingChild(99, QStringLiteral("Ann"));
        other.household = {1};
        change(other);
        return rank({tom}, {household(1)}, {other});
    };

    const Ranking linked = withChild([](Child& c) { c.journey.linked = d(2024, 5, 2); });
    CHECK(reasons(linked, 1) == QStringLiteral("Linked with C-0099 since 2 May 2024"));

    const Ranking matched = withChild([](Child& c) {
        c.journey.linked = d(2024, 4, 2);
        c.journey.matchDecision = d(2024, 6, 1);
    });
    CHECK(reasons(matched, 1) == QStringLiteral("Matched with C-0099 on 1 Jun 2024"));

    const Ranking placed = withChild([](Child& c) {
        c.journey.linked = d(2024, 2, 2);
        c.journey.matchDecision = d(2024, 3, 1);
        c.journey.movedIn = d(2024, 4, 1);
    });
    CHECK(reasons(placed, 1) ==
          QStringLiteral("C-0099 moved in on 1 Apr 2024; no adoption order yet"));

    const Ranking ep = withChild([](Child& c) { c.journey.earlyPermanencePlaced = d(2024, 2, 1); });
    CHECK(reasons(ep, 1) ==
          QStringLiteral("Caring for C-0099 in an early permanence placement since 1 Feb 2024"));

    const Ranking adopted = withChild([](Child& c) {
        c.journey.linked = d(2023, 4, 2);
        c.journey.matchDecision = d(2023, 5, 1);
        c.journey.movedIn = d(2023, 6, 1);
        c.journey.adoptionOrder = d(2024, 1, 15);
    });
    REQUIRE(adopted.ranked.size() == 1);
    CHECK(adopted.ranked.front().daysWaiting == d(2024, 1, 15).daysTo(matchDay));

    const Ranking planChanged = withChild([](Child& c) {
        c.journey.linked = d(2024, 4, 2);
        c.planChange = {d(2024, 5, 1), QStringLiteral("Returned home"), QStringLiteral("Home")};
    });
    CHECK(planChanged.ranked.size() == 1);

    const Ranking linkedLater = withChild([](Child& c) { c.journey.linked = d(2024, 7, 2); });
    CHECK(linkedLater.ranked.size() == 1); // not yet linked on the day
}

TEST_CASE("a household failing several requirements lists each with its values",
          "[matching][requirement]")
{
    AdopterHousehold h = household(1);
    h.terms.maxChildren = 1;
    h.terms.siblings = false;
    h.terms.maxAge = 2;
    const auto group = siblings({waitingChild(1, QStringLiteral("Tom")),
                                 waitingChild(2, QStringLiteral("Amy"), d(2021, 1, 1))});
    const Ranking r = rank(group, {h});
    CHECK(reasons(r, 1) == QStringLiteral("Approved for 1 child; this is a group of 2 | Not "
                                          "approved for brothers and sisters; this is a group of "
                                          "2 | Approved for ages 0–2; Tom is 5, Amy is 3"));
}
