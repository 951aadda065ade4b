#include "Builders.h"
#include "TempDatabase.h"
#include "domain/HouseholdStage.h"
#include "storage/ChildRepository.h"
#include "storage/HouseholdRepository.h"

#include <catch2/catch.hpp>
#include <set>

using namespace permanence;
using namespace permanence::test;
using domain::AdopterHousehold;
using domain::Child;
using domain::HouseholdStage;
using storage::HouseholdQuery;
using storage::HouseholdRepository;

namespace {

const domain::Actor worker{QStringLiteral("j.bloggs")};

/// The builder's journey cut short after `steps` of its dates (0: enquiry only).
AdopterHousehold cutAfter(int steps)
{
    AdopterHousehold h = aHousehold().build();
    domain::HouseholdJourney& j = h.journey;
    QDate* dates[] = {&j.informationEvent, &j.registration, &j.infoGivingMeeting,
                      &j.stage1Start,      &j.stage1End,    &j.stage2Start,
                      &j.parCompleted,     &j.panel,        &j.approval};
    for (int i = steps; i < static_cast<int>(std::size(dates)); ++i)
        *dates[i] = QDate();
    return h;
}

/// Households at every stage, with pauses, endings and fast track, some on the query dates.
std::vector<AdopterHousehold> journeyHouseholds()
{
    std::vector<AdopterHousehold> all;
    for (int steps = 0; steps <= 9; ++steps)
        all.push_back(cutAfter(steps));
    // Placed with children (added below): approved 1 Mar 2023 in the builder.
    for (int i = 0; i < 5; ++i)
        all.push_back(cutAfter(9));
    AdopterHousehold h = cutAfter(9);
    h.withdrawal = {d(2022, 4, 1), QStringLiteral("x"), domain::WithdrawalReason::CostOfLiving};
    all.push_back(h);
    h = cutAfter(9);
    h.withdrawal = {d(2023, 6, 1), QStringLiteral("x"), domain::WithdrawalReason::Other};
    h.pauses = {{d(2023, 4, 1), {}, QStringLiteral("Open pause")}};
    all.push_back(h);
    h = cutAfter(9);
    h.deregistered = d(2024, 2, 29);
    h.deregistrationReason = QStringLiteral("Review");
    all.push_back(h);
    h = cutAfter(9);
    h.pauses = {{d(2022, 4, 1), d(2022, 5, 1), QStringLiteral("Medical")},
                {d(2022, 6, 1), d(2022, 6, 15), QStringLiteral("Between")}};
    all.push_back(h);
    h = cutAfter(5);
    h.pauses = {{d(2022, 6, 10), {}, QStringLiteral("Open")}};
    all.push_back(h);
    h = cutAfter(9);
    h.fastTrack = true;
    h.journey.stage1Start = {};
    h.journey.stage1End = {};
    all.push_back(h);
    h = cutAfter(0);
    h.journey.enquiry = {}; // nothing recorded at all
    all.push_back(h);
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i].reference = QStringLiteral("H-%1").arg(i, 3, 10, QLatin1Char('0'));
    return all;
}

/// Children placed with households 10..14 (see journeyHouseholds), including a link dated
/// before the household's approval and one child whose household is still in stage 2.
std::vector<Child> placedChildren(const std::vector<AdopterHousehold>& hs)
{
    int next = 0;
    const auto placed = [&](std::size_t index, ChildBuilder b) {
        Child c = b.reference(QStringLiteral("C-%1").arg(++next)).build();
        c.household = hs[index].id;
        return c;
    };
    return {
        placed(10, aChild().linked(d(2023, 5, 1))),
        placed(11, aChild().linked(d(2023, 5, 1)).matchDecision(d(2023, 6, 1))),
        placed(12,
               aChild().linked(d(2023, 5, 1)).matchDecision(d(2023, 6, 1)).movedIn(d(2023, 7, 1))),
        placed(12, aChild().linked(d(2023, 8, 1))),
        placed(13, aChild().linked(d(2023, 1, 15))), // before the approval
        placed(8, aChild().linked(d(2022, 9, 1))),   // household never approved
        placed(14, aChild().adoptionOrder(d(2023, 12, 1)).movedIn(d(2023, 3, 1))),
    };
}

std::set<qint64> listedIds(HouseholdRepository& repo, HouseholdQuery q)
{
    q.limit = 0;
    q.includeArchived = true;
    auto page = repo.list(q, worker);
    REQUIRE(page);
    std::set<qint64> ids;
    for (const AdopterHousehold& h : *page)
        ids.insert(h.id.value);
    auto count = repo.count(q, worker);
    REQUIRE(count);
    CHECK(*count == static_cast<int>(ids.size()));
    return ids;
}

} // namespace

TEST_CASE("the stage filter in SQL agrees with the domain on every date",
          "[storage][household][list]")
{
    TempDatabase temp;
    HouseholdRepository repo(temp.db());
    std::vector<AdopterHousehold> households = journeyHouseholds();
    REQUIRE(repo.saveAll(households, worker));
    std::vector<Child> children = placedChildren(households);
    REQUIRE(storage::ChildRepository(temp.db()).saveAll(children, worker));

    const QDate on =
        GENERATE(d(2021, 12, 31), d(2022, 2, 1), d(2022, 2, 19), d(2022, 3, 1), d(2022, 4, 1),
                 d(2022, 4, 30), d(2022, 5, 1), d(2022, 6, 1), d(2022, 6, 14), d(2022, 6, 15),
                 d(2023, 2, 28), d(2023, 3, 1), d(2023, 4, 30), d(2023, 5, 1), d(2023, 6, 1),
                 d(2023, 7, 1), d(2024, 2, 28), d(2024, 2, 29), d(2025, 1, 1));
    INFO("on " << on.toString(Qt::ISODate).toStdString());
    HouseholdQuery q;
    q.on = on;
    std::set<qint64> seen;
    for (HouseholdStage stage : domain::allHouseholdStages()) {
        INFO("stage " << domain::householdStageLabel(stage).toStdString());
        q.stage = stage;
        std::set<qint64> expected;
        for (const AdopterHousehold& h : households)
            if (domain::householdStage(h, on, domain::householdPlacements(h.id, children)) == stage)
                expected.insert(h.id.value);
        const std::set<qint64> listed = listedIds(repo, q);
        CHECK(listed == expected);
        seen.insert(listed.cbegin(), listed.cend());
    }
    // Every household is in exactly one stage.
    CHECK(seen.size() == households.size());
}

TEST_CASE("the stage filter combines with the other filters", "[storage][household][list]")
{
    TempDatabase temp;
    HouseholdRepository repo(temp.db());
    std::vector<AdopterHousehold> households = journeyHouseholds();
    households[0].hubCode = QStringLiteral("STOKE");
    households[1].hubCode = QStringLiteral("STOKE");
    REQUIRE(repo.saveAll(households, worker));
    HouseholdQuery q;
    q.on = d(2022, 2, 1);
    q.stage = HouseholdStage::InformationEvent;
    q.hubCode = QStringLiteral("STOKE");
    CHECK(listedIds(repo, q) == std::set<qint64>{households[1].id.value});
}

TEST_CASE("a stage filter without a date is refused", "[storage][household][list]")
{
    TempDatabase temp;
    HouseholdQuery q;
    q.stage = HouseholdStage::Stage1;
    auto page = HouseholdRepository(temp.db()).list(q, worker);
    REQUIRE_FALSE(page);
    CHECK(page.error().code == domain::ErrorCode::Invalid);
    auto count = HouseholdRepository(temp.db()).count(q, worker);
    REQUIRE_FALSE(count);
}

TEST_CASE("a page of households reads its children's placements as the domain works them out",
          "[storage][household][list]")
{
    TempDatabase temp;
    HouseholdRepository repo(temp.db());
    std::vector<AdopterHousehold> households = journeyHouseholds();
    REQUIRE(repo.saveAll(households, worker));
    std::vector<Child> children = placedChildren(households);
    REQUIRE(storage::ChildRepository(temp.db()).saveAll(children, worker));

    std::vector<domain::HouseholdId> ids;
    for (const AdopterHousehold& h : households)
        ids.push_back(h.id);
    auto placements = repo.placements(ids, worker);
    REQUIRE(placements);
    // Households 8 and 10–14 have children; the rest are absent rather than empty.
    CHECK(placements->size() == 6);
    for (const AdopterHousehold& h : households) {
        INFO(h.reference.toStdString());
        const domain::HouseholdPlacements expected = domain::householdPlacements(h.id, children);
        const domain::HouseholdPlacements found = placements->value(h.id.value);
        CHECK(found.firstLinked == expected.firstLinked);
        CHECK(found.firstMatched == expected.firstMatched);
        CHECK(found.firstMovedIn == expected.firstMovedIn);
    }
    // Household 12 has two children: the earliest dates win.
    CHECK(placements->value(households[12].id.value).firstLinked == d(2023, 5, 1));

    auto none = repo.placements({}, worker);
    REQUIRE(none);
    CHECK(none->isEmpty());
}
