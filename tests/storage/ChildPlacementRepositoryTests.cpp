#include "Builders.h"
#include "StorageTestSupport.h"
#include "TempDatabase.h"
#include "storage/ChildPlacementRepository.h"
#include "storage/ChildRepository.h"
#include "storage/HouseholdRepository.h"

#include <catch2/catch.hpp>

using namespace permanence;
using namespace permanence::test;
using domain::Actor;
using domain::ChildPlacement;
using domain::LinkOutcome;
using domain::LinkRecord;
using storage::ChildPlacementRepository;

namespace {

const Actor worker{QStringLiteral("p.shah")};

struct Saved
{
    domain::ChildId child;
    domain::HouseholdId household;
};

Saved saveChildAndHousehold(TempDatabase& temp, const QString& reference = QStringLiteral("C-1"))
{
    auto household = storage::HouseholdRepository(temp.db()).insert(
        aHousehold().reference(QStringLiteral("H-") + reference).build(), worker);
    REQUIRE(household);
    auto child = storage::ChildRepository(temp.db()).insert(aChild()
                                                                .reference(reference)
                                                                .agencyDecision(d(2024, 9, 2))
                                                                .placementOrder(d(2024, 11, 4))
                                                                .build(),
                                                            worker);
    REQUIRE(child);
    return {*child, *household};
}

} // namespace

TEST_CASE("a child's links round-trip with every field", "[storage][placement]")
{
    TempDatabase temp;
    const Saved saved = saveChildAndHousehold(temp);
    ChildPlacementRepository repo(temp.db());
    auto placement = repo.get(saved.child, worker);
    REQUIRE(placement);
    CHECK(placement->links.isEmpty());

    LinkRecord ended;
    ended.household = saved.household;
    ended.familyFinder = QStringLiteral("Priya Shah");
    ended.outcome = LinkOutcome::Ended;
    ended.linked = d(2025, 1, 6);
    ended.matchingPanel = d(2025, 2, 3);
    ended.ended = d(2025, 2, 10);
    ended.endReason = QStringLiteral("Adopters withdrew");
    LinkRecord current;
    current.household = saved.household;
    current.familyFinder = QStringLiteral("Jo Bright");
    current.introductionsStart = d(2025, 4, 1);
    current.fee = domain::InterAgencyFee{3924500, QStringLiteral("STAFFS")};
    placement->links = {ended, current};
    placement->child.household = saved.household;
    placement->child.journey.linked = d(2025, 3, 3);

    REQUIRE(repo.save({*placement}, worker));
    auto back = repo.get(saved.child, worker);
    REQUIRE(back);
    CHECK(back->links == placement->links);
    CHECK(back->child.household == saved.household);
    CHECK(back->child.journey.linked == d(2025, 3, 3));
    CHECK(scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                           "'child_link' AND entity_id = %1")
                                .arg(saved.child.value))
              .toInt() == 1);

    SECTION("saving again replaces the links")
    {
        back->links.removeFirst();
        REQUIRE(repo.save({*back}, worker));
        auto again = repo.get(saved.child, worker);
        REQUIRE(again);
        REQUIRE(again->links.size() == 1);
        CHECK(again->links.front().familyFinder == QStringLiteral("Jo Bright"));
    }
}

TEST_CASE("a group's children are saved all or none", "[storage][placement]")
{
    TempDatabase temp;
    const Saved first = saveChildAndHousehold(temp, QStringLiteral("C-1"));
    const Saved second = saveChildAndHousehold(temp, QStringLiteral("C-2"));
    ChildPlacementRepository repo(temp.db());
    auto placements = repo.get(std::vector{first.child, second.child}, worker);
    REQUIRE(placements);
    REQUIRE(placements->size() == 2);
    for (ChildPlacement& p : *placements) {
        p.child.household = first.household;
        p.child.journey.linked = d(2025, 3, 3);
        LinkRecord l;
        l.household = first.household;
        l.familyFinder = QStringLiteral("Priya Shah");
        p.links = {l};
    }
    // The second child's reference collides with the first's: the database refuses it, and
    // the first child's change must not stay either.
    (*placements)[1].child.reference = QStringLiteral("C-1");
    CHECK_FALSE(repo.save(*placements, worker));
    auto unchanged = repo.get(first.child, worker);
    REQUIRE(unchanged);
    CHECK(unchanged->links.isEmpty());
    CHECK_FALSE(unchanged->child.household.isValid());

    (*placements)[1].child.reference = QStringLiteral("C-2");
    REQUIRE(repo.save(*placements, worker));
    auto current = repo.current(0, 0, worker);
    REQUIRE(current);
    CHECK(current->size() == 2);
    CHECK(repo.currentCount(worker).value_or(-1) == 2);
    auto busy = repo.childrenWith(first.household, worker);
    REQUIRE(busy);
    CHECK(*busy == std::vector{first.child, second.child});
    auto free = repo.childrenWith(second.household, worker);
    REQUIRE(free);
    CHECK(free->empty());
}

TEST_CASE("the current links leave out adopted and archived children", "[storage][placement]")
{
    TempDatabase temp;
    const Saved saved = saveChildAndHousehold(temp);
    ChildPlacementRepository repo(temp.db());
    auto p = repo.get(saved.child, worker);
    REQUIRE(p);
    p->child.household = saved.household;
    p->child.journey.linked = d(2025, 3, 3);
    REQUIRE(repo.save({*p}, worker));
    CHECK(repo.currentCount(worker).value_or(-1) == 1);
    p->child.archived = true;
    REQUIRE(repo.save({*p}, worker));
    CHECK(repo.currentCount(worker).value_or(-1) == 0);
    CHECK(repo.current(0, 10, worker).value().empty());
}
