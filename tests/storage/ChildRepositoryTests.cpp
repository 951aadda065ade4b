#include "Builders.h"
#include "StorageTestSupport.h"
#include "TempDatabase.h"
#include "storage/ChildRepository.h"
#include "storage/HouseholdRepository.h"

#include <QElapsedTimer>
#include <catch2/catch.hpp>

using namespace permanence;
using namespace permanence::test;
using domain::Actor;
using domain::Child;
using domain::ChildId;
using domain::ErrorCode;
using storage::ChildQuery;
using storage::ChildRepository;
using storage::ChildSort;

namespace {

const Actor worker{QStringLiteral("j.bloggs")};

QStringList references(const std::vector<Child>& children)
{
    QStringList refs;
    for (const Child& c : children)
        refs << c.reference;
    return refs;
}

QStringList listed(ChildRepository& repo, const ChildQuery& query)
{
    auto page = repo.list(query, worker);
    REQUIRE(page);
    return references(*page);
}

int auditRows(TempDatabase& temp, const QString& action)
{
    return scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                            "'child' AND action = '%1' AND actor = 'j.bloggs'")
                                 .arg(action))
        .toInt();
}

} // namespace

TEST_CASE("a child round-trips every field", "[storage][child]")
{
    TempDatabase temp;
    auto household = storage::HouseholdRepository(temp.db()).insert(aHousehold().build(), worker);
    REQUIRE(household);
    ChildRepository repo(temp.db());

    Child child = aChildWithEveryField(*household);
    auto id = repo.insert(child, worker);
    REQUIRE(id);
    child.id = *id;
    auto loaded = repo.get(*id, worker);
    REQUIRE(loaded);
    CHECK(*loaded == child);

    SECTION("and a child with no optional fields round-trips too")
    {
        Child bare;
        bare.reference = QStringLiteral("C-BARE");
        auto bareId = repo.insert(bare, worker);
        REQUIRE(bareId);
        bare.id = *bareId;
        auto loadedBare = repo.get(*bareId, worker);
        REQUIRE(loadedBare);
        CHECK(*loadedBare == bare);
        CHECK_FALSE(loadedBare->sex.has_value());
        CHECK_FALSE(loadedBare->dateOfBirth.isValid());
    }
}

TEST_CASE("dates are stored as ISO text and booleans as 0 or 1", "[storage][child]")
{
    TempDatabase temp;
    auto id = ChildRepository(temp.db()).insert(aChild().build(), worker);
    REQUIRE(id);
    const auto column = [&](const char* name) {
        return scalar(temp.db(), QStringLiteral("SELECT %1 FROM child WHERE id = %2")
                                     .arg(QLatin1String(name))
                                     .arg(id->value));
    };
    CHECK(column("date_of_birth").toString() == QStringLiteral("2019-03-01"));
    CHECK(column("agency_decision").isNull());
    CHECK(column("archived").toInt() == 0);
    CHECK(column("sex").toString() == QStringLiteral("F"));
    CHECK(column("authority").toString() == QStringLiteral("order"));
    CHECK(column("updated_by").toString() == QStringLiteral("j.bloggs"));
    CHECK(column("updated_at").toString().endsWith(QLatin1Char('Z')));
}

TEST_CASE("updating a child saves every field, stamps it and audits it", "[storage][child]")
{
    TempDatabase temp;
    ChildRepository repo(temp.db());
    auto id = repo.insert(aChild().build(), worker);
    REQUIRE(id);
    CHECK(auditRows(temp, QStringLiteral("insert")) == 1);

    Child changed = aChildWithEveryField();
    changed.id = *id;
    REQUIRE(repo.update(changed, Actor{QStringLiteral("a.manager")}));
    auto loaded = repo.get(*id, worker);
    REQUIRE(loaded);
    CHECK(*loaded == changed);
    CHECK(scalar(temp.db(), QStringLiteral("SELECT updated_by FROM child")).toString() ==
          QStringLiteral("a.manager"));
    CHECK(scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                           "'update' AND entity = 'child' AND entity_id = %1 AND "
                                           "actor = 'a.manager'")
                                .arg(id->value))
              .toInt() == 1);

    // Lists are replaced whole, not appended to.
    changed.healthNeeds.clear();
    changed.contactPlans.removeLast();
    changed.pastPlacements.removeFirst();
    REQUIRE(repo.update(changed, worker));
    auto reloaded = repo.get(*id, worker);
    REQUIRE(reloaded);
    CHECK(*reloaded == changed);
}

TEST_CASE("a missing child is reported as not found", "[storage][child]")
{
    TempDatabase temp;
    ChildRepository repo(temp.db());
    auto got = repo.get(ChildId{404}, worker);
    REQUIRE_FALSE(got);
    CHECK(got.error().code == ErrorCode::NotFound);

    Child ghost = aChild().build();
    ghost.id = ChildId{404};
    auto updated = repo.update(ghost, worker);
    REQUIRE_FALSE(updated);
    CHECK(updated.error().code == ErrorCode::NotFound);
    CHECK(auditRows(temp, QStringLiteral("update")) == 0);

    auto found = repo.findByReference(QStringLiteral("NOPE"), worker);
    REQUIRE(found);
    CHECK_FALSE(found->has_value());
}

TEST_CASE("a child is found by its exact reference", "[storage][child]")
{
    TempDatabase temp;
    ChildRepository repo(temp.db());
    REQUIRE(repo.insert(aChild().reference(QStringLiteral("C-77")).build(), worker));
    auto found = repo.findByReference(QStringLiteral("C-77"), worker);
    REQUIRE(found);
    REQUIRE(found->has_value());
    CHECK((*found)->reference == QStringLiteral("C-77"));
}

TEST_CASE("a second child with the same reference is refused", "[storage][child]")
{
    TempDatabase temp;
    ChildRepository repo(temp.db());
    REQUIRE(repo.insert(aChild().build(), worker));
    auto again = repo.insert(aChild().build(), worker);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Storage);
    CHECK(again.error().message.contains(QStringLiteral("C-0001")));
    CHECK(auditRows(temp, QStringLiteral("insert")) == 1);
}

TEST_CASE("a child cannot point at a household that does not exist", "[storage][child]")
{
    TempDatabase temp;
    Child child = aChild().build();
    child.household = domain::HouseholdId{99};
    auto id = ChildRepository(temp.db()).insert(child, worker);
    REQUIRE_FALSE(id);
    CHECK(id.error().code == ErrorCode::Storage);
}

TEST_CASE("saving many children inserts and updates them together", "[storage][child]")
{
    TempDatabase temp;
    ChildRepository repo(temp.db());
    auto existing = repo.insert(aChild().reference(QStringLiteral("C-1")).build(), worker);
    REQUIRE(existing);

    std::vector<Child> batch{aChild()
                                 .reference(QStringLiteral("C-1"))
                                 .named(QStringLiteral("New"), QStringLiteral("Name"))
                                 .build(),
                             aChild().reference(QStringLiteral("C-2")).build(),
                             aChild().reference(QStringLiteral("C-3")).build()};
    batch[0].id = *existing;
    REQUIRE(repo.saveAll(batch, worker));
    CHECK(batch[0].id == *existing);
    CHECK(batch[1].id.isValid());
    CHECK(batch[2].id.isValid());
    CHECK(batch[1].id != batch[2].id);
    for (const Child& c : batch) {
        auto loaded = repo.get(c.id, worker);
        REQUIRE(loaded);
        CHECK(*loaded == c);
    }
    CHECK(auditRows(temp, QStringLiteral("insert")) == 3);
    CHECK(auditRows(temp, QStringLiteral("update")) == 1);
}

TEST_CASE("saving many children is all or nothing", "[storage][child]")
{
    TempDatabase temp;
    ChildRepository repo(temp.db());
    std::vector<Child> batch{aChild().reference(QStringLiteral("C-1")).build(),
                             aChild().reference(QStringLiteral("C-2")).build(),
                             aChild().reference(QStringLiteral("C-1")).build()};
    auto saved = repo.saveAll(batch, worker);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == ErrorCode::Storage);
    for (const Child& c : batch)
        CHECK_FALSE(c.id.isValid());
    auto count = repo.count(ChildQuery{}, worker);
    REQUIRE(count);
    CHECK(*count == 0);
    CHECK(scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt() == 0);
}

TEST_CASE("children are filtered, searched by prefix, sorted and paged in SQL",
          "[storage][child][list]")
{
    TempDatabase temp;
    ChildRepository repo(temp.db());
    std::vector<Child> children{
        aChild()
            .reference(QStringLiteral("C-001"))
            .named(QStringLiteral("Ellie"), QStringLiteral("Marsh"))
            .council(QStringLiteral("STAFFS"))
            .bornOn(d(2019, 3, 1))
            .build(),
        aChild()
            .reference(QStringLiteral("C-002"))
            .named(QStringLiteral("Tom"), QStringLiteral("Ashby"))
            .council(QStringLiteral("STOKE"))
            .bornOn(d(2017, 1, 1))
            .build(),
        aChild()
            .reference(QStringLiteral("C-003"))
            .named(QStringLiteral("Amira"), QStringLiteral("marshall"))
            .council(QStringLiteral("STAFFS"))
            .bornOn(d(2020, 5, 5))
            .build(),
        aChild()
            .reference(QStringLiteral("X-100"))
            .named(QStringLiteral("Zac"), QStringLiteral("Young"))
            .council(QStringLiteral("TELW"))
            .build(),
        aChild()
            .reference(QStringLiteral("C-005"))
            .named(QStringLiteral("Ben"), QStringLiteral("Ellison"))
            .council(QStringLiteral("STAFFS"))
            .build(),
        aChild()
            .reference(QStringLiteral("C-006"))
            .named(QStringLiteral("Old"), QStringLiteral("Archive"))
            .council(QStringLiteral("STAFFS"))
            .build(),
        aChild()
            .reference(QStringLiteral("C_%7"))
            .named(QStringLiteral("Pat"), QStringLiteral("Percent"))
            .council(QStringLiteral("SHROPS"))
            .build(),
    };
    children[0].preferredName = QStringLiteral("Elle");
    children[3].dateOfBirth = QDate(); // no date of birth: sorts last either way
    children[5].archived = true;
    REQUIRE(repo.saveAll(children, worker));

    ChildQuery q;
    q.sort = ChildSort::Reference;

    SECTION("archived children are left out unless asked for")
    {
        CHECK(listed(repo, q).size() == 6);
        q.includeArchived = true;
        CHECK(listed(repo, q).size() == 7);
    }
    SECTION("a council filter keeps that council's children")
    {
        q.councilCode = QStringLiteral("STAFFS");
        CHECK(listed(repo, q) == QStringList{QStringLiteral("C-001"), QStringLiteral("C-003"),
                                             QStringLiteral("C-005")});
        CHECK(*repo.count(q, worker) == 3);
    }
    SECTION(
        "text matches the start of a forename, surname, preferred name or reference in any case")
    {
        q.text = QStringLiteral("MARSH");
        CHECK(listed(repo, q) == QStringList{QStringLiteral("C-001"), QStringLiteral("C-003")});
        q.text = QStringLiteral("ell");
        CHECK(listed(repo, q) == QStringList{QStringLiteral("C-001"), QStringLiteral("C-005")});
        q.text = QStringLiteral("x-1");
        CHECK(listed(repo, q) == QStringList{QStringLiteral("X-100")});
        q.text = QStringLiteral("shall"); // inside a word, not at its start
        CHECK(listed(repo, q).isEmpty());
    }
    SECTION("wildcard characters typed in the search are matched literally")
    {
        q.text = QStringLiteral("c_%");
        CHECK(listed(repo, q) == QStringList{QStringLiteral("C_%7")});
        q.text = QStringLiteral("%");
        CHECK(listed(repo, q).isEmpty());
    }
    SECTION("surname sort ignores case and reverses")
    {
        q.sort = ChildSort::Surname;
        CHECK(listed(repo, q) == QStringList{QStringLiteral("C-002"), QStringLiteral("C-005"),
                                             QStringLiteral("C-001"), QStringLiteral("C-003"),
                                             QStringLiteral("C_%7"), QStringLiteral("X-100")});
        q.order = Qt::DescendingOrder;
        CHECK(listed(repo, q).first() == QStringLiteral("X-100"));
    }
    SECTION("a date sort puts missing dates last in both directions")
    {
        q.sort = ChildSort::DateOfBirth;
        CHECK(listed(repo, q).first() == QStringLiteral("C-002"));
        CHECK(listed(repo, q).last() == QStringLiteral("X-100"));
        q.order = Qt::DescendingOrder;
        CHECK(listed(repo, q).first() == QStringLiteral("C-003"));
        CHECK(listed(repo, q).last() == QStringLiteral("X-100"));
    }
    SECTION("pages follow each other without gaps or repeats and count ignores paging")
    {
        q.sort = ChildSort::Council; // ties within a council break on name, then id
        q.limit = 4;
        const QStringList first = listed(repo, q);
        q.offset = 4;
        const QStringList second = listed(repo, q);
        CHECK(first.size() == 4);
        CHECK(second.size() == 2);
        q.offset = 0;
        q.limit = 0; // every row
        CHECK(first + second == listed(repo, q));
        q.limit = 1;
        CHECK(*repo.count(q, worker) == 6);
    }
}

TEST_CASE("saving 100,000 children in one call is fast", "[.benchmark][storage][child]")
{
    TempDatabase temp;
    std::vector<Child> children;
    children.reserve(100'000);
    for (int i = 0; i < 100'000; ++i)
        children.push_back(aChildWithEveryField());
    for (int i = 0; i < 100'000; ++i)
        children[static_cast<std::size_t>(i)].reference =
            QStringLiteral("C-%1").arg(i, 6, 10, QLatin1Char('0'));
    QElapsedTimer timer;
    timer.start();
    REQUIRE(ChildRepository(temp.db()).saveAll(children, worker));
    const auto elapsed = timer.elapsed();
    WARN("saveAll of 100,000 children took " << elapsed << " ms");
    CHECK(elapsed < 30'000);

    ChildQuery q;
    q.includeArchived = true;
    q.text = QStringLiteral("nowak");
    timer.restart();
    auto page = ChildRepository(temp.db()).list(q, worker);
    REQUIRE(page);
    CHECK(page->size() == 200);
    WARN("first page of a prefix search took " << timer.elapsed() << " ms");
}
