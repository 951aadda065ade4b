#include "MatchingFixtures.h"

using namespace permanence::domain;
using namespace permanence::matching;
using namespace permanence::test;

namespace {

AdopterHousehold from(qint64 id, AdopterSource source, const QString& agencyName)
{
    AdopterHousehold h = household(id);
    h.source = source;
    h.sourceAgency = agencyName;
    h.hubCode.clear();
    return h;
}

/// Tom lives in Telford & Wrekin, which the Shrewsbury hub serves.
Child tomInTelford()
{
    Child tom = waitingChild(1, QStringLiteral("Tom"));
    tom.councilCode = QStringLiteral("TELW");
    return tom;
}

} // namespace

TEST_CASE("an own-agency household nearby beats a voluntary agency's when otherwise equal",
          "[matching][order]")
{
    const AdopterHousehold vaa =
        from(1, AdopterSource::VoluntaryAgency, QStringLiteral("Adoption Focus"));
    const AdopterHousehold own = household(2);
    const Ranking r = rank({tomInTelford()}, {vaa, own});
    CHECK(order(r) == QStringList{QStringLiteral("H-0002"), QStringLiteral("H-0001")});
}

TEST_CASE("near, then elsewhere in the region, then another regional agency, then a voluntary one",
          "[matching][order]")
{
    AdopterHousehold near = household(4);
    AdopterHousehold region = household(3);
    region.hubCode = QStringLiteral("STOKEHUB");
    const AdopterHousehold raa =
        from(2, AdopterSource::OtherRegionalAgency, QStringLiteral("Adoption Central England"));
    const AdopterHousehold vaa = from(1, AdopterSource::VoluntaryAgency, QStringLiteral("PACT"));
    const Ranking r = rank({tomInTelford()}, {vaa, raa, region, near});
    CHECK(order(r) == QStringList{QStringLiteral("H-0004"), QStringLiteral("H-0003"),
                                  QStringLiteral("H-0002"), QStringLiteral("H-0001")});
    const auto parts = r.explain(r.ranked.front());
    CHECK(parts[static_cast<size_t>(Part::Proximity)].explanation ==
          QStringLiteral("Near Telford & Wrekin Council: assessed by Shrewsbury Locality Hub"));
    CHECK(r.explain(r.ranked[1])[static_cast<size_t>(Part::Proximity)].explanation ==
          QStringLiteral("Elsewhere in the region: assessed by Stoke Locality Hub"));
    CHECK(r.explain(r.ranked[3])[static_cast<size_t>(Part::Source)].explanation ==
          QStringLiteral("A voluntary adoption agency (PACT): an inter-agency fee"));
}

TEST_CASE("a household approved for three brothers and sisters ranks a group of three",
          "[matching][order]")
{
    AdopterHousehold three = household(1);
    three.terms.maxChildren = 3;
    const auto group = siblings({waitingChild(1, QStringLiteral("Tom"), d(2020, 1, 1)),
                                 waitingChild(2, QStringLiteral("Amy"), d(2021, 1, 1)),
                                 waitingChild(3, QStringLiteral("Sam"), d(2022, 1, 1))});
    const Ranking r = rank(group, {household(2), three});
    REQUIRE(order(r) == QStringList{QStringLiteral("H-0001")});
    CHECK(r.unit.size() == 3);
    CHECK(
        r.explain(r.ranked.front())[static_cast<size_t>(Part::Siblings)].explanation ==
        QStringLiteral("Approved for brothers and sisters: Tom, Amy and Sam would stay together"));
}

TEST_CASE("an applicant of the child's ethnicity counts, and the weights can make it decide",
          "[matching][order][weights]")
{
    Child aisha = tomInTelford();
    aisha.forename = QStringLiteral("Aisha");
    aisha.ethnicity = QStringLiteral("APKN");
    AdopterHousehold own = household(1); // White British and Indian applicants, nearby
    AdopterHousehold vaa = from(2, AdopterSource::VoluntaryAgency, QStringLiteral("PACT"));
    vaa.applicants[0].ethnicity = QStringLiteral("APKN");

    const Ranking byDefault = rank({aisha}, {own, vaa});
    CHECK(order(byDefault) == QStringList{QStringLiteral("H-0001"), QStringLiteral("H-0002")});
    const auto ownParts = byDefault.explain(byDefault.ranked[0]);
    const auto vaaParts = byDefault.explain(byDefault.ranked[1]);
    CHECK(vaaParts[static_cast<size_t>(Part::Ethnicity)].explanation ==
          QStringLiteral("An applicant shares Aisha's ethnicity (Pakistani)"));
    // An Indian applicant shares some of a Pakistani child's (Asian) heritage.
    CHECK(ownParts[static_cast<size_t>(Part::Ethnicity)].explanation ==
          QStringLiteral("An applicant shares some of Aisha's heritage (Pakistani)"));

    MatchingWeights identityFirst;
    identityFirst.ethnicity = 80;
    const Ranking weighted = rank({aisha}, {own, vaa}, {}, identityFirst);
    CHECK(order(weighted) == QStringList{QStringLiteral("H-0002"), QStringLiteral("H-0001")});
}

TEST_CASE("with the weight of a part at zero it no longer separates households",
          "[matching][order][weights]")
{
    const AdopterHousehold vaa = from(1, AdopterSource::VoluntaryAgency, QStringLiteral("PACT"));
    AdopterHousehold own = household(2);
    own.journey.approval = d(2024, 6, 1); // waited less
    MatchingWeights w;
    w.source = 0;
    w.proximity = 0;
    const Ranking r = rank({tomInTelford()}, {own, vaa}, {}, w);
    CHECK(order(r) == QStringList{QStringLiteral("H-0001"), QStringLiteral("H-0002")});
}

TEST_CASE("a longer wait since approval ranks higher; ties go to the longest wait, then reference",
          "[matching][order]")
{
    AdopterHousehold recent = household(1);
    recent.journey.approval = d(2024, 5, 1);
    AdopterHousehold longer = household(2);
    longer.journey.approval = d(2024, 1, 1);
    AdopterHousehold capped1 = household(3, QStringLiteral("H-B"));
    capped1.journey.approval = d(2022, 1, 1);
    AdopterHousehold capped2 = household(4, QStringLiteral("H-A"));
    capped2.journey.approval = d(2022, 1, 1);
    AdopterHousehold cappedLonger = household(5);
    cappedLonger.journey.approval = d(2021, 1, 1);

    const Ranking r = rank({tomInTelford()}, {recent, longer, capped1, capped2, cappedLonger});
    // The three capped households score the same; the longest wait goes first, then by reference.
    CHECK(order(r) == QStringList{QStringLiteral("H-0005"), QStringLiteral("H-A"),
                                  QStringLiteral("H-B"), QStringLiteral("H-0002"),
                                  QStringLiteral("H-0001")});
    CHECK(r.ranked[0].score == r.ranked[1].score);
}

TEST_CASE("health grades, contact and religion each move a household up", "[matching][order]")
{
    const QString medical = needCategories().at(8);
    Child tom = tomInTelford();
    tom.healthNeeds = {medical};
    tom.religion = QStringLiteral("Muslim");
    tom.contactPlans = {{QStringLiteral("Birth mother"), QStringLiteral("Letterbox"),
                         QStringLiteral("Once a year")},
                        {QStringLiteral("Older brother (not placed)"), QStringLiteral("Direct"),
                         QStringLiteral("Three times a year")}};

    AdopterHousehold base = household(1);
    base.terms.needs.insert(medical, NeedGrade::Low);
    base.terms.contactSupported = QStringLiteral("Letterbox");
    AdopterHousehold high = base;
    high.id = {2};
    high.reference = QStringLiteral("H-0002");
    high.terms.needs.insert(medical, NeedGrade::High);
    AdopterHousehold contact = base;
    contact.id = {3};
    contact.reference = QStringLiteral("H-0003");
    contact.terms.contactSupported = QStringLiteral("Letterbox and direct contact with siblings");
    AdopterHousehold faith = base;
    faith.id = {4};
    faith.reference = QStringLiteral("H-0004");
    faith.applicants[1].religion = QStringLiteral("Muslim");

    const Ranking r = rank({tom}, {base, high, contact, faith});
    REQUIRE(r.ranked.size() == 4);
    CHECK(order(r).last() == QStringLiteral("H-0001"));
    const auto explained = r.explainHousehold({3});
    REQUIRE(explained.fits);
    CHECK(explained.parts[static_cast<size_t>(Part::Contact)].explanation ==
          QStringLiteral("Can support 2 of 2 contact plans (they offer: Letterbox and direct "
                         "contact with siblings)"));
    CHECK(r.explainHousehold({1}).parts[static_cast<size_t>(Part::Contact)].points == Approx(5.0));
    CHECK(r.explainHousehold({2}).parts[static_cast<size_t>(Part::Health)].explanation ==
          QStringLiteral("Can meet Medical condition (High)"));
    CHECK(r.explainHousehold({4}).parts[static_cast<size_t>(Part::Religion)].explanation ==
          QStringLiteral("An applicant shares Tom's religion (Muslim)"));
}

TEST_CASE("every part of a ranked household is explained and the parts add up to its score",
          "[matching][explain]")
{
    Child tom = tomInTelford();
    tom.ethnicity = QStringLiteral("MWBC");
    tom.firstLanguage = QStringLiteral("Polish");
    AdopterHousehold h = household(1);
    h.terms.ethnicityConsiderations = QStringLiteral("We speak Polish at home");
    const Ranking r = rank({tom}, {h});
    REQUIRE(r.ranked.size() == 1);
    const auto parts = r.explain(r.ranked.front());
    REQUIRE(parts.size() == static_cast<size_t>(partCount));
    double total = 0;
    for (const ScorePart& p : parts) {
        INFO(partLabel(p.part).toStdString());
        CHECK(!p.explanation.isEmpty());
        CHECK(p.points >= 0);
        CHECK(p.points <= p.maxPoints + 1e-6);
        CHECK(p.points == Approx(r.ranked.front().pointsFor(p.part)));
        total += p.points;
    }
    CHECK(total == Approx(r.ranked.front().score));
    CHECK(parts[static_cast<size_t>(Part::Language)].explanation ==
          QStringLiteral("Their considerations mention Tom's first language (Polish)"));
    CHECK(parts[static_cast<size_t>(Part::Ethnicity)].explanation ==
          QStringLiteral("An applicant shares some of Tom's heritage (White and Black Caribbean)"));
}

TEST_CASE("a household that fits every part scores 100", "[matching][score]")
{
    AdopterHousehold h = household(1);
    h.journey.approval = d(2022, 1, 1);
    const Ranking r = rank({tomInTelford()}, {h});
    REQUIRE(r.ranked.size() == 1);
    CHECK(r.ranked.front().score == Approx(100.0));
    MatchingWeights none;
    for (Part p : allParts())
        none.setWeight(p, 0);
    CHECK(rank({tomInTelford()}, {h}, {}, none).ranked.front().score == 0);
}
