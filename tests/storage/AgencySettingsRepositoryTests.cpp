#include "StorageTestSupport.h"
#include "TempDatabase.h"
#include "storage/AgencySettingsRepository.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace permanence;
using namespace permanence::test;
using storage::AgencySettingsRepository;

namespace {
const domain::Actor manager{QStringLiteral("a.manager")};
}

TEST_CASE("a setting never saved reads as absent, so its default applies", "[storage][settings]")
{
    TempDatabase temp;
    AgencySettingsRepository repo(temp.db());
    auto read = repo.get(QStringLiteral("matching.weights"), manager);
    REQUIRE(read);
    CHECK_FALSE(read->has_value());
}

TEST_CASE("a setting round-trips, is replaced by a later save, and every save is audited",
          "[storage][settings]")
{
    TempDatabase temp;
    AgencySettingsRepository repo(temp.db());
    const QString key = QStringLiteral("panels.quorum");
    QJsonObject first{{QStringLiteral("minimum"), 5},
                      {QStringLiteral("roles"), QJsonArray{QStringLiteral("chair")}}};
    REQUIRE(repo.put(key, first, manager));
    auto read = repo.get(key, manager);
    REQUIRE(read);
    REQUIRE(read->has_value());
    CHECK(**read == first);

    QJsonObject second{{QStringLiteral("minimum"), 6}};
    REQUIRE(repo.put(key, second, manager));
    CHECK(**repo.get(key, manager) == second);
    CHECK(scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM agency_setting")).toInt() == 1);
    CHECK(scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                           "'setting:panels.quorum' AND actor = 'a.manager'"))
              .toInt() == 2);

    REQUIRE(repo.remove(key, manager));
    CHECK_FALSE(repo.get(key, manager)->has_value());
}

TEST_CASE("a damaged setting is reported, not silently replaced by a default",
          "[storage][settings]")
{
    TempDatabase temp;
    {
        RawConnection raw(temp.path());
        raw.exec(QStringLiteral("INSERT INTO agency_setting VALUES ('x', 'not json', 's', 't')"));
    }
    AgencySettingsRepository repo(temp.db());
    auto read = repo.get(QStringLiteral("x"), manager);
    REQUIRE_FALSE(read);
    CHECK(read.error().message.contains(QStringLiteral("damaged")));
}
