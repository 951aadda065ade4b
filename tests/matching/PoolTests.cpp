#include "MatchingFixtures.h"

using namespace permanence::domain;
using namespace permanence::matching;
using namespace permanence::test;

TEST_CASE("the pool decides once which households can be matched on its date", "[matching][pool]")
{
    AdopterHousehold free = household(1);
    AdopterHousehold busy = household(2);
    AdopterHousehold withdrew = household(3);
    withdrew.withdrawal.date = d(2024, 1, 1);
    Child linked = waitingChild(10, QStringLiteral("Ann"));
    linked.household = {2};
    linked.journey.linked = d(2024, 3, 1);

    const MatchingPool pool =
        MatchingPool::build({free, busy, withdrew}, {linked}, aFourCouncilAgency(), matchDay);
    CHECK(pool.size() == 3);
    CHECK(pool.eligibleCount() == 1);
    CHECK(pool.indexOf({2}) == 1);
    CHECK(!pool.indexOf({42}).has_value());
    CHECK(pool.ineligibility(0) == Requirements());
    CHECK(pool.ineligibility(1) == Requirements(Requirement::Busy));
    CHECK(pool.ineligibility(2) == Requirements(Requirement::Withdrawn));
    CHECK(pool.daysWaiting(0) == d(2023, 3, 1).daysTo(matchDay));

    // One pool serves many children, and a copy shares it.
    const MatchingPool copy = pool;
    const Ranking a =
        rankHouseholds(copy, makeUnit({waitingChild(1, QStringLiteral("Tom"))}, matchDay), {});
    const Ranking b =
        rankHouseholds(pool, makeUnit({waitingChild(2, QStringLiteral("Amy"))}, matchDay), {});
    CHECK(a.ranked.size() == 1);
    CHECK(b.ranked.size() == 1);
    CHECK(a.excluded.size() == 2);
    CHECK(a.excludedCount(Requirement::Busy) == 1);
}

TEST_CASE("a child's unit is the child and the waiting brothers and sisters of its group",
          "[matching][unit]")
{
    Child tom = waitingChild(1, QStringLiteral("Tom"));
    Child amy = waitingChild(2, QStringLiteral("Amy"), d(2021, 2, 1));
    Child sam = waitingChild(3, QStringLiteral("Sam"), d(2016, 2, 1));
    Child adopted = waitingChild(4, QStringLiteral("Lee"));
    adopted.journey.linked = d(2024, 2, 1);
    adopted.journey.matchDecision = d(2024, 3, 1);
    adopted.journey.movedIn = d(2024, 4, 1);
    adopted.journey.adoptionOrder = d(2024, 6, 1);
    const std::vector<Child> all = siblings({tom, amy, adopted});
    std::vector<Child> everyone = all;
    everyone.push_back(sam);

    const std::vector<Child> members = placedTogetherWith(all[1], everyone, matchDay);
    REQUIRE(members.size() == 2);
    const MatchUnit unit = makeUnit(members, matchDay);
    CHECK(unit.isGroup());
    CHECK(unit.siblingGroup == QStringLiteral("SG-1"));
    CHECK(unit.names() == QStringLiteral("Tom and Amy"));
    CHECK(unit.reference() == QStringLiteral("C-0001, C-0002"));
    CHECK(unit.longestWait() == d(2024, 1, 10).daysTo(matchDay));
    CHECK(placedTogetherWith(sam, everyone, matchDay).size() == 1);

    const std::vector<MatchUnit> units = waitingUnits(everyone, matchDay);
    REQUIRE(units.size() == 2);
    CHECK(units[0].size() == 2);
    CHECK(units[1].names() == QStringLiteral("Sam"));
}

TEST_CASE("children waiting are those family-found or awaiting an order, not linked or stopped",
          "[matching][unit]")
{
    Child waiting = waitingChild(1, QStringLiteral("Tom"));
    Child awaitingOrder = aChild().agencyDecision(d(2024, 3, 1)).build();
    Child linked = waitingChild(3, QStringLiteral("Ann"));
    linked.journey.linked = d(2024, 5, 1);
    Child stopped = waitingChild(4, QStringLiteral("Ed"));
    stopped.familyFindingStop = {d(2024, 5, 1), QStringLiteral("Ongoing assessment")};
    Child planChanged = waitingChild(5, QStringLiteral("Jo"));
    planChanged.planChange = {d(2024, 5, 1), QStringLiteral("Returned home"),
                              QStringLiteral("Home")};
    Child inEp = aChild().agencyDecision(d(2024, 3, 1)).earlyPermanence(d(2024, 4, 1)).build();
    Child archived = waitingChild(7, QStringLiteral("Al"));
    archived.archived = true;
    Child noPlan = aChild().build();

    CHECK(isWaiting(waiting, matchDay));
    CHECK(isWaiting(awaitingOrder, matchDay));
    CHECK(makeUnit({awaitingOrder}, matchDay).needsEarlyPermanence());
    CHECK_FALSE(isWaiting(linked, matchDay));
    CHECK_FALSE(isWaiting(stopped, matchDay));
    CHECK_FALSE(isWaiting(planChanged, matchDay));
    CHECK_FALSE(isWaiting(inEp, matchDay));
    CHECK_FALSE(isWaiting(archived, matchDay));
    CHECK_FALSE(isWaiting(noPlan, matchDay));
}

TEST_CASE("contact wording: what a household offers and what a plan asks", "[matching][contact]")
{
    Child tom = waitingChild(1, QStringLiteral("Tom"));
    tom.councilCode = QStringLiteral("TELW");
    tom.contactPlans = {
        {QStringLiteral("Birth mother"), QStringLiteral("Video call"), QStringLiteral("Monthly")}};
    AdopterHousehold letterbox = household(1);
    letterbox.terms.contactSupported = QStringLiteral("Letterbox");
    AdopterHousehold family = household(2);
    family.terms.contactSupported = QStringLiteral("Direct contact with birth family");
    AdopterHousehold video = household(3);
    video.terms.contactSupported = QStringLiteral("Letterbox and video calls");
    const Ranking r = rank({tom}, {letterbox, family, video});
    auto contact = [&](qint64 id) {
        return r.explainHousehold({id}).parts[static_cast<size_t>(Part::Contact)].points;
    };
    CHECK(contact(1) == 0);
    CHECK(contact(2) == Approx(10.0));
    CHECK(contact(3) == Approx(10.0));
}

TEST_CASE("the need categories matching treats as disability are the ones 003 counts",
          "[matching][unit]")
{
    // Matching refers to these by position; a reordering of needCategories() must show here.
    const QStringList& c = needCategories();
    CHECK(c.at(0) == QStringLiteral("Physical disability"));
    CHECK(c.at(1) == QStringLiteral("Learning disability"));
    CHECK(c.at(4) == QStringLiteral("Autism or other neurodevelopmental condition"));
    CHECK(c.at(5) == QStringLiteral("Sensory impairment"));
}
