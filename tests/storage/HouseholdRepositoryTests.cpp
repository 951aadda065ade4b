#include "Builders.h"
#include "StorageTestSupport.h"
#include "TempDatabase.h"
#include "storage/HouseholdRepository.h"

#include <QElapsedTimer>
#include <catch2/catch.hpp>

using namespace permanence;
using namespace permanence::test;
using domain::Actor;
using domain::AdopterHousehold;
using domain::AdopterSource;
using domain::ErrorCode;
using domain::HouseholdId;
using storage::HouseholdQuery;
using storage::HouseholdRepository;
using storage::HouseholdSort;

namespace {

const Actor worker{QStringLiteral("j.bloggs")};

QStringList listed(HouseholdRepository& repo, const HouseholdQuery& query)
{
    auto page = repo.list(query, worker);
    REQUIRE(page);
    QStringList refs;
    for (const AdopterHousehold& h : *page)
        refs << h.reference;
    return refs;
}

AdopterHousehold saved(HouseholdRepository& repo, AdopterHousehold h)
{
    auto id = repo.insert(h, worker);
    REQUIRE(id);
    h.id = *id;
    return h;
}

} // namespace

TEST_CASE("a household round-trips every field", "[storage][household]")
{
    TempDatabase temp;
    HouseholdRepository repo(temp.db());

    SECTION("a couple, applicants in order")
    {
        const AdopterHousehold h = saved(repo, aHouseholdWithEveryField());
        auto loaded = repo.get(h.id, worker);
        REQUIRE(loaded);
        CHECK(*loaded == h);
        REQUIRE(loaded->applicants.size() == 2);
        CHECK(loaded->applicants[0].forename == QStringLiteral("Sam"));
    }
    SECTION("a single applicant")
    {
        const AdopterHousehold h = saved(
            repo, aHousehold().single(QStringLiteral("Jo"), QStringLiteral("Bright")).build());
        auto loaded = repo.get(h.id, worker);
        REQUIRE(loaded);
        CHECK(*loaded == h);
    }
    SECTION("an inter-agency household approved elsewhere")
    {
        const AdopterHousehold h = saved(
            repo, aHousehold()
                      .reference(QStringLiteral("H-VAA"))
                      .from(AdopterSource::VoluntaryAgency, QStringLiteral("Adoption Matters"))
                      .build());
        auto loaded = repo.get(h.id, worker);
        REQUIRE(loaded);
        CHECK(*loaded == h);
        CHECK(loaded->hubCode.isEmpty());
        CHECK(loaded->sourceAgency == QStringLiteral("Adoption Matters"));
        CHECK(scalar(temp.db(), QStringLiteral("SELECT source FROM household")).toString() ==
              QStringLiteral("vaa"));
    }
    CHECK(scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                           "'household' AND action = 'insert' AND actor = "
                                           "'j.bloggs'"))
              .toInt() == 1);
}

TEST_CASE("updating a household replaces its applicants and audits it", "[storage][household]")
{
    TempDatabase temp;
    HouseholdRepository repo(temp.db());
    AdopterHousehold h = saved(repo, aHousehold().build());
    h.applicants.removeLast();
    h.applicants[0].surname = QStringLiteral("Holloway-Reed");
    h.withdrawal = {d(2023, 6, 1), QStringLiteral("Moved abroad")};
    REQUIRE(repo.update(h, worker));
    auto loaded = repo.get(h.id, worker);
    REQUIRE(loaded);
    CHECK(*loaded == h);
    CHECK(scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM applicant")).toInt() == 1);
    CHECK(scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                           "'household' AND action = 'update' AND entity_id = %1")
                                .arg(h.id.value))
              .toInt() == 1);
}

TEST_CASE("a missing household is reported as not found", "[storage][household]")
{
    TempDatabase temp;
    HouseholdRepository repo(temp.db());
    auto got = repo.get(HouseholdId{7}, worker);
    REQUIRE_FALSE(got);
    CHECK(got.error().code == ErrorCode::NotFound);
    AdopterHousehold ghost = aHousehold().build();
    ghost.id = HouseholdId{7};
    auto updated = repo.update(ghost, worker);
    REQUIRE_FALSE(updated);
    CHECK(updated.error().code == ErrorCode::NotFound);
}

TEST_CASE("saving many households is all or nothing", "[storage][household]")
{
    TempDatabase temp;
    HouseholdRepository repo(temp.db());
    std::vector<AdopterHousehold> batch{aHousehold().reference(QStringLiteral("H-1")).build(),
                                        aHousehold().reference(QStringLiteral("H-2")).build()};
    REQUIRE(repo.saveAll(batch, worker));
    CHECK(batch[0].id.isValid());
    CHECK(batch[1].id.isValid());

    std::vector<AdopterHousehold> clash{aHousehold().reference(QStringLiteral("H-3")).build(),
                                        aHousehold().reference(QStringLiteral("H-1")).build()};
    auto failed = repo.saveAll(clash, worker);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::Storage);
    CHECK_FALSE(clash[0].id.isValid());
    CHECK(*repo.count(HouseholdQuery{}, worker) == 2);
    CHECK(scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM applicant")).toInt() == 4);
    CHECK(scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt() == 2);
}

TEST_CASE("households are filtered, searched, sorted and paged in SQL",
          "[storage][household][list]")
{
    TempDatabase temp;
    HouseholdRepository repo(temp.db());
    domain::HouseholdJourney noApproval;
    noApproval.enquiry = d(2023, 9, 1);
    std::vector<AdopterHousehold> households{
        aHousehold().reference(QStringLiteral("H-001")).build(), // Sam & Priya Holloway, SHREWS
        aHousehold()
            .reference(QStringLiteral("H-002"))
            .single(QStringLiteral("Jo"), QStringLiteral("bright"))
            .hub(QStringLiteral("UTTOX"))
            .journey(noApproval)
            .build(),
        aHousehold()
            .reference(QStringLiteral("H-003"))
            .single(QStringLiteral("Priyanka"), QStringLiteral("Adams"))
            .from(AdopterSource::OtherRegionalAgency, QStringLiteral("Adopt North"))
            .build(),
        aHousehold()
            .reference(QStringLiteral("R-004"))
            .single(QStringLiteral("Kim"), QStringLiteral("Zed"))
            .build(),
        aHousehold()
            .reference(QStringLiteral("H-005"))
            .single(QStringLiteral("Gone"), QStringLiteral("Away"))
            .build(),
    };
    households[4].archived = true;
    REQUIRE(repo.saveAll(households, worker));

    HouseholdQuery q;
    SECTION("archived households are left out unless asked for")
    {
        CHECK(listed(repo, q) == QStringList{QStringLiteral("H-001"), QStringLiteral("H-002"),
                                             QStringLiteral("H-003"), QStringLiteral("R-004")});
        q.includeArchived = true;
        CHECK(*repo.count(q, worker) == 5);
    }
    SECTION("text matches the reference or any applicant's forename or surname")
    {
        q.text = QStringLiteral("PRIYA"); // second applicant of H-001, first of H-003
        CHECK(listed(repo, q) == QStringList{QStringLiteral("H-001"), QStringLiteral("H-003")});
        q.text = QStringLiteral("bri");
        CHECK(listed(repo, q) == QStringList{QStringLiteral("H-002")});
        q.text = QStringLiteral("r-");
        CHECK(listed(repo, q) == QStringList{QStringLiteral("R-004")});
        CHECK(*repo.count(q, worker) == 1);
    }
    SECTION("hub and source filters")
    {
        q.hubCode = QStringLiteral("UTTOX");
        CHECK(listed(repo, q) == QStringList{QStringLiteral("H-002")});
        q.hubCode.clear();
        q.source = AdopterSource::OtherRegionalAgency;
        CHECK(listed(repo, q) == QStringList{QStringLiteral("H-003")});
    }
    SECTION("name sort follows the first applicant's surname then forename")
    {
        q.sort = HouseholdSort::Name;
        CHECK(listed(repo, q) == QStringList{QStringLiteral("H-003"), QStringLiteral("H-002"),
                                             QStringLiteral("H-001"), QStringLiteral("R-004")});
        q.order = Qt::DescendingOrder;
        CHECK(listed(repo, q).first() == QStringLiteral("R-004"));
    }
    SECTION("source sort puts own-agency households first")
    {
        q.sort = HouseholdSort::Source;
        CHECK(listed(repo, q).last() == QStringLiteral("H-003"));
    }
    SECTION("approval sort puts households not yet approved last")
    {
        q.sort = HouseholdSort::Approval;
        CHECK(listed(repo, q).last() == QStringLiteral("H-002"));
        q.order = Qt::DescendingOrder;
        CHECK(listed(repo, q).last() == QStringLiteral("H-002"));
    }
    SECTION("pages are stable and count ignores paging")
    {
        q.sort = HouseholdSort::Hub;
        q.limit = 3;
        const QStringList first = listed(repo, q);
        q.offset = 3;
        const QStringList second = listed(repo, q);
        CHECK(first.size() == 3);
        CHECK(second.size() == 1);
        q.offset = 0;
        q.limit = 0;
        CHECK(first + second == listed(repo, q));
        CHECK(*repo.count(q, worker) == 4);
    }
}

TEST_CASE("saving 30,000 households in one call is fast", "[.benchmark][storage][household]")
{
    TempDatabase temp;
    std::vector<AdopterHousehold> households(30'000, aHouseholdWithEveryField());
    for (std::size_t i = 0; i < households.size(); ++i)
        households[i].reference = QStringLiteral("H-%1").arg(i);
    QElapsedTimer timer;
    timer.start();
    REQUIRE(HouseholdRepository(temp.db()).saveAll(households, worker));
    WARN("saveAll of 30,000 households took " << timer.elapsed() << " ms");
}
