#include "Builders.h"
#include "StorageTestSupport.h"
#include "TempDatabase.h"
#include "storage/AgencyRepository.h"

#include <catch2/catch.hpp>

using namespace permanence;
using namespace permanence::test;
using domain::Actor;
using domain::ErrorCode;
using storage::AgencyRepository;

TEST_CASE("a new database has no agency yet", "[storage][agency]")
{
    TempDatabase temp;
    auto agency = AgencyRepository(temp.db()).load();
    REQUIRE_FALSE(agency);
    CHECK(agency.error().code == ErrorCode::NotFound);
}

TEST_CASE("an agency round-trips its councils and hubs in order", "[storage][agency]")
{
    TempDatabase temp;
    AgencyRepository repo(temp.db());
    const domain::Agency agency = GENERATE(aFourCouncilAgency(), aTwoCouncilAgency());
    REQUIRE(repo.save(agency, Actor::system()));
    auto loaded = repo.load();
    REQUIRE(loaded);
    CHECK(*loaded == agency);
}

TEST_CASE("saving an agency again replaces its configuration and audits both saves",
          "[storage][agency]")
{
    TempDatabase temp;
    AgencyRepository repo(temp.db());
    REQUIRE(repo.save(aFourCouncilAgency(), Actor{QStringLiteral("admin")}));
    REQUIRE(repo.save(aTwoCouncilAgency(), Actor{QStringLiteral("admin")}));
    auto loaded = repo.load();
    REQUIRE(loaded);
    CHECK(*loaded == aTwoCouncilAgency());
    CHECK(scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM agency")).toInt() == 1);
    CHECK(scalar(temp.db(), QStringLiteral("SELECT updated_by FROM agency")).toString() ==
          QStringLiteral("admin"));
    CHECK(scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                           "'agency' AND actor = 'admin'"))
              .toInt() == 2);
    CHECK(scalar(temp.db(), QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC"))
              .toString() == QStringLiteral("update"));
}

TEST_CASE("a hub serving an unknown council is refused and nothing changes", "[storage][agency]")
{
    TempDatabase temp;
    AgencyRepository repo(temp.db());
    REQUIRE(repo.save(aTwoCouncilAgency(), Actor::system()));
    domain::Agency broken = aFourCouncilAgency();
    broken.hubs[1].councilCodes = {QStringLiteral("NOWHERE")};
    auto saved = repo.save(broken, Actor::system());
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == ErrorCode::Storage);
    CHECK(*repo.load() == aTwoCouncilAgency());
}
