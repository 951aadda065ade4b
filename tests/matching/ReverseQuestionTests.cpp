#include "MatchingFixtures.h"

using namespace permanence::domain;
using namespace permanence::matching;
using namespace permanence::test;

namespace {

QStringList unitOrder(const ChildRanking& r)
{
    QStringList out;
    for (const RankedUnit& u : r.ranked)
        out << r.units[static_cast<size_t>(u.unit)].reference();
    return out;
}

} // namespace

TEST_CASE("for a household, the waiting children who fit, best first, and why the others do not",
          "[matching][reverse]")
{
    AdopterHousehold h = household(1); // up to 2 children aged 0–6, siblings, early permanence
    h.terms.maxChildren = 1;
    h.terms.siblings = false;

    Child baby = waitingChild(1, QStringLiteral("Ben"), d(2023, 9, 1));
    baby.councilCode = QStringLiteral("TELW"); // near the household's hub
    Child toddler = waitingChild(2, QStringLiteral("Tia"), d(2022, 5, 1));
    toddler.journey.placementOrder = d(2023, 6, 1); // waited longer
    Child older = waitingChild(3, QStringLiteral("Ola"), d(2016, 1, 1));
    const auto group = siblings({waitingChild(4, QStringLiteral("Max"), d(2021, 1, 1)),
                                 waitingChild(5, QStringLiteral("Mia"), d(2022, 1, 1))});
    Child linkedElsewhere = waitingChild(6, QStringLiteral("Lu"));
    linkedElsewhere.journey.linked = d(2024, 5, 1);
    linkedElsewhere.household = {7};

    std::vector<Child> all = {baby, toddler, older, linkedElsewhere};
    all.insert(all.end(), group.begin(), group.end());
    const ChildRanking r = rankChildren(h, {h}, all, aFourCouncilAgency(), matchDay, {});

    REQUIRE(r.household == 0);
    CHECK(r.units.size() == 4); // the linked child is not waiting
    CHECK(unitOrder(r) == QStringList{QStringLiteral("C-0001"), QStringLiteral("C-0002")});
    REQUIRE(r.excluded.size() == 2);
    QStringList why;
    for (const ExcludedUnit& e : r.excluded)
        for (const Exclusion& x : r.explain(e))
            why << x.reason;
    CHECK(why == QStringList{QStringLiteral("Approved for ages 0–6; Ola is 8"),
                             QStringLiteral("Approved for 1 child; this is a group of 2"),
                             QStringLiteral("Not approved for brothers and sisters; this is a "
                                            "group of 2")});

    const auto parts = r.explain(r.ranked.front());
    REQUIRE(parts.size() == static_cast<size_t>(partCount));
    for (const ScorePart& p : parts)
        CHECK(!p.explanation.isEmpty());
    CHECK(parts[static_cast<size_t>(Part::Siblings)].explanation ==
          QStringLiteral("Not approved for brothers and sisters"));
}

TEST_CASE("equal children are ordered by the longest wait since the placement order",
          "[matching][reverse]")
{
    Child a = waitingChild(1, QStringLiteral("Ann"));
    Child b = waitingChild(2, QStringLiteral("Bea"));
    b.journey.placementOrder = d(2023, 12, 1);
    const ChildRanking r =
        rankChildren(household(1), {household(1)}, {a, b}, aFourCouncilAgency(), matchDay, {});
    CHECK(unitOrder(r) == QStringList{QStringLiteral("C-0002"), QStringLiteral("C-0001")});
}

TEST_CASE("a household that cannot be matched fits no child, and says why", "[matching][reverse]")
{
    AdopterHousehold h = household(1);
    h.journey.approval = QDate();
    const ChildRanking r = rankChildren(h, {}, {waitingChild(1, QStringLiteral("Tom"))},
                                        aFourCouncilAgency(), matchDay, {});
    CHECK(r.ranked.empty());
    REQUIRE(r.excluded.size() == 1);
    CHECK(r.explain(r.excluded.front()).front().reason == QStringLiteral("Not approved"));
}

TEST_CASE("the reverse question agrees with the forward ranking", "[matching][reverse]")
{
    Child tom = waitingChild(1, QStringLiteral("Tom"));
    tom.ethnicity = QStringLiteral("BAFR");
    AdopterHousehold h = household(1);
    h.terms.ethnicityConsiderations = QStringLiteral("Can meet the identity needs of a child of "
                                                     "African heritage");
    const Ranking forward = rank({tom}, {h});
    const ChildRanking reverse = rankChildren(h, {h}, {tom}, aFourCouncilAgency(), matchDay, {});
    REQUIRE(forward.ranked.size() == 1);
    REQUIRE(reverse.ranked.size() == 1);
    CHECK(forward.ranked.front().score == Approx(reverse.ranked.front().score));
    CHECK(
        reverse.explain(reverse.ranked.front())[static_cast<size_t>(Part::Ethnicity)].explanation ==
        QStringLiteral("Their considerations mention Tom's ethnicity (African)"));
}
