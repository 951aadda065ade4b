#include "Builders.h"
#include "StorageTestSupport.h"
#include "TempDatabase.h"
#include "domain/FamilyFinding.h"
#include "storage/ChildRepository.h"

#include <catch2/catch.hpp>
#include <set>

using namespace permanence;
using namespace permanence::test;
using domain::Child;
using domain::FamilyFindingStatus;
using storage::ChildQuery;
using storage::ChildRepository;

namespace {

const domain::Actor worker{QStringLiteral("j.bloggs")};

/// Children at every stage of the journey, some on the boundary dates the tests query on.
std::vector<Child> journeyChildren()
{
    std::vector<Child> all;
    const auto add = [&](ChildBuilder b) {
        all.push_back(b.reference(QStringLiteral("C-%1").arg(all.size())).build());
        return &all.back();
    };
    add(aChild());
    add(aChild().agencyDecision(d(2022, 1, 10)));
    add(aChild().agencyDecision(d(2022, 1, 10)).placementOrder(d(2022, 3, 1)));
    add(aChild()
            .agencyDecision(d(2022, 1, 10))
            .placementOrder(d(2022, 3, 1))
            .linked(d(2022, 6, 1)));
    add(aChild()
            .agencyDecision(d(2022, 1, 10))
            .placementOrder(d(2022, 3, 1))
            .linked(d(2022, 6, 1))
            .matchDecision(d(2022, 7, 1)));
    add(aChild()
            .agencyDecision(d(2022, 1, 10))
            .placementOrder(d(2022, 3, 1))
            .linked(d(2022, 6, 1))
            .matchDecision(d(2022, 7, 1))
            .movedIn(d(2022, 8, 1)));
    add(aChild()
            .agencyDecision(d(2022, 1, 10))
            .placementOrder(d(2022, 3, 1))
            .linked(d(2022, 6, 1))
            .matchDecision(d(2022, 7, 1))
            .movedIn(d(2022, 8, 1))
            .adoptionOrder(d(2023, 1, 1)));
    Child* stopped = add(aChild()
                             .agencyDecision(d(2022, 1, 10))
                             .placementOrder(d(2022, 2, 1))
                             .linked(d(2022, 4, 1)));
    stopped->familyFindingStop = {d(2022, 5, 1), QStringLiteral("Ongoing assessment")};
    Child* changed = add(aChild().agencyDecision(d(2022, 1, 10)).placementOrder(d(2022, 2, 1)));
    changed->planChange = {d(2022, 9, 1), QStringLiteral("Court"), QStringLiteral("SGO")};
    Child* consent = add(aChild()
                             .agencyDecision(d(2021, 9, 1))
                             .placementOrder(d(2021, 10, 1))
                             .earlyPermanence(d(2021, 11, 1)));
    consent->journey.authority = domain::PlacementAuthority::Consent;
    // Priority characteristics, one each.
    add(aChild().bornOn(d(2016, 2, 29))); // five on 1 Mar 2021
    add(aChild().siblingGroup(QStringLiteral("SG1")));
    add(aChild().ethnicity(QStringLiteral("MWBC")));
    add(aChild().ethnicity(QStringLiteral("NOBT"))); // not counted
    Child* disabled = add(aChild());
    disabled->disability = true;
    return all;
}

std::set<qint64> listedIds(ChildRepository& repo, ChildQuery q)
{
    q.limit = 0;
    q.includeArchived = true;
    auto page = repo.list(q, worker);
    REQUIRE(page);
    std::set<qint64> ids;
    for (const Child& c : *page)
        ids.insert(c.id.value);
    auto count = repo.count(q, worker);
    REQUIRE(count);
    CHECK(*count == static_cast<int>(ids.size()));
    return ids;
}

template <typename Predicate>
std::set<qint64> expectedIds(const std::vector<Child>& children, Predicate keep)
{
    std::set<qint64> ids;
    for (const Child& c : children)
        if (keep(c))
            ids.insert(c.id.value);
    return ids;
}

} // namespace

TEST_CASE("derived child filters in SQL agree with the domain on every date",
          "[storage][child][list]")
{
    TempDatabase temp;
    ChildRepository repo(temp.db());
    std::vector<Child> children = journeyChildren();
    REQUIRE(repo.saveAll(children, worker));

    const QDate on = GENERATE(d(2021, 2, 28), d(2021, 3, 1), d(2022, 3, 1), d(2022, 6, 1),
                              d(2022, 7, 15), d(2022, 12, 31), d(2024, 2, 29));
    INFO("on " << on.toString(Qt::ISODate).toStdString());
    ChildQuery q;
    q.on = on;

    for (FamilyFindingStatus status :
         {FamilyFindingStatus::NoPlan, FamilyFindingStatus::AwaitingPlacementOrder,
          FamilyFindingStatus::ActivelyFamilyFinding, FamilyFindingStatus::Linked,
          FamilyFindingStatus::MatchedMovingIn, FamilyFindingStatus::Placed,
          FamilyFindingStatus::Adopted, FamilyFindingStatus::Stopped,
          FamilyFindingStatus::PlanChanged}) {
        INFO("status " << static_cast<int>(status));
        q.status = status;
        CHECK(listedIds(repo, q) == expectedIds(children, [&](const Child& c) {
                  return domain::familyFindingStatus(c, on) == status;
              }));
    }
    q.status.reset();

    q.priorityOnly = true;
    CHECK(listedIds(repo, q) == expectedIds(children, [&](const Child& c) {
              return domain::priorityFlags(c, on).isPriority();
          }));
    q.priorityOnly = false;

    for (int days : {1, 30, 120, 365}) {
        INFO("waiting at least " << days << " days");
        q.minDaysWaiting = days;
        CHECK(listedIds(repo, q) == expectedIds(children, [&](const Child& c) {
                  const auto waiting = domain::daysWaitingSincePlacementOrder(c, on);
                  return waiting && *waiting >= days;
              }));
    }
}

TEST_CASE("children are filtered by sibling group and early permanence", "[storage][child][list]")
{
    TempDatabase temp;
    ChildRepository repo(temp.db());
    std::vector<Child> children = journeyChildren();
    REQUIRE(repo.saveAll(children, worker));
    ChildQuery q;
    q.siblingGroup = QStringLiteral("SG1");
    CHECK(listedIds(repo, q) == std::set<qint64>{children[11].id.value});
    q.siblingGroup.clear();
    q.earlyPermanence = true;
    CHECK(listedIds(repo, q) == std::set<qint64>{children[9].id.value});
    q.earlyPermanence = false;
    CHECK(listedIds(repo, q).size() == children.size() - 1);
}

TEST_CASE("a derived filter without a date is refused", "[storage][child][list]")
{
    TempDatabase temp;
    ChildQuery q;
    q.priorityOnly = true;
    auto page = ChildRepository(temp.db()).list(q, worker);
    REQUIRE_FALSE(page);
    CHECK(page.error().code == domain::ErrorCode::Invalid);
}
