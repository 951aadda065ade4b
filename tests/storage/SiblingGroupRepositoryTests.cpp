#include "StorageTestSupport.h"
#include "TempDatabase.h"
#include "storage/SiblingGroupRepository.h"

#include <catch2/catch.hpp>

using namespace permanence;
using namespace permanence::test;
using domain::Actor;
using domain::SiblingGroup;
using storage::SiblingGroupRepository;

namespace {

const Actor worker{QStringLiteral("j.bloggs")};

int audited(TempDatabase& temp, const char* action)
{
    return scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                            "'sibling_group' AND action = '%1'")
                                 .arg(QLatin1String(action)))
        .toInt();
}

} // namespace

TEST_CASE("a group with no record is not found, which is not an error", "[storage][sibling-group]")
{
    TempDatabase temp;
    auto found = SiblingGroupRepository(temp.db()).find(QStringLiteral("SG-1"), worker);
    REQUIRE(found);
    CHECK_FALSE(found->has_value());
}

TEST_CASE("a sibling group round-trips, then updates in place by reference",
          "[storage][sibling-group]")
{
    TempDatabase temp;
    SiblingGroupRepository repo(temp.db());
    SiblingGroup group{QStringLiteral("SG-1"), true, QString(), QStringLiteral("Three sisters.")};
    REQUIRE(repo.save(group, worker));
    auto found = repo.find(QStringLiteral("SG-1"), worker);
    REQUIRE(found);
    REQUIRE(found->has_value());
    CHECK(**found == group);
    CHECK(audited(temp, "insert") == 1);

    group.placeTogether = false;
    group.apartReason = QStringLiteral("The eldest's needs are met best on her own.");
    REQUIRE(repo.save(group, Actor{QStringLiteral("a.manager")}));
    found = repo.find(QStringLiteral("SG-1"), worker);
    REQUIRE(found);
    REQUIRE(found->has_value());
    CHECK(**found == group);
    CHECK(scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM sibling_group")).toInt() == 1);
    CHECK(scalar(temp.db(), QStringLiteral("SELECT updated_by FROM sibling_group")).toString() ==
          QStringLiteral("a.manager"));
    CHECK(scalar(temp.db(), QStringLiteral("SELECT place_together FROM sibling_group")).toInt() ==
          0);
    CHECK(audited(temp, "update") == 1);
}

TEST_CASE("sibling group references are exact", "[storage][sibling-group]")
{
    TempDatabase temp;
    SiblingGroupRepository repo(temp.db());
    REQUIRE(repo.save(SiblingGroup{QStringLiteral("SG-1"), true, {}, {}}, worker));
    REQUIRE(repo.save(SiblingGroup{QStringLiteral("SG-2"), true, {}, QStringLiteral("b")}, worker));
    auto two = repo.find(QStringLiteral("SG-2"), worker);
    REQUIRE(two);
    REQUIRE(two->has_value());
    CHECK((*two)->notes == QStringLiteral("b"));
    auto other = repo.find(QStringLiteral("sg-1"), worker);
    REQUIRE(other);
    CHECK_FALSE(other->has_value());
}
