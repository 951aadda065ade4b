#include "Builders.h"
#include "domain/Agency.h"

using namespace permanence::domain;
using namespace permanence::test;

namespace {
bool hasRule(const Problems& problems, const QString& rule)
{
    for (const auto& p : problems)
        if (p.rule == rule)
            return true;
    return false;
}
} // namespace

TEST_CASE("agencies of four and of two councils are both valid", "[domain][agency]")
{
    CHECK(validate(aFourCouncilAgency()).empty());
    CHECK(validate(aTwoCouncilAgency()).empty());
}

TEST_CASE("a hub can serve two councils and is found for each", "[domain][agency]")
{
    const Agency a = aFourCouncilAgency();
    REQUIRE(a.hubServing(QStringLiteral("SHROPS")) != nullptr);
    CHECK(a.hubServing(QStringLiteral("SHROPS"))->code == QStringLiteral("SHREWS"));
    CHECK(a.hubServing(QStringLiteral("TELW"))->code == QStringLiteral("SHREWS"));
    CHECK(a.hubServing(QStringLiteral("NOWHERE")) == nullptr);
}

TEST_CASE("agency validation reports every problem at once", "[domain][agency]")
{
    Agency a = aFourCouncilAgency();
    a.name.clear();
    a.councils.append(a.councils.first());
    a.hubs[1].councilCodes = {QStringLiteral("MARS")};
    a.hubs.append({QStringLiteral("C2"), QStringLiteral("Second central"), true, {}});
    const Problems p = validate(a);
    CHECK(hasRule(p, QStringLiteral("agency.name-required")));
    CHECK(hasRule(p, QStringLiteral("agency.council-duplicate")));
    CHECK(hasRule(p, QStringLiteral("agency.hub-unknown-council")));
    CHECK(hasRule(p, QStringLiteral("agency.one-central-hub")));
    CHECK(p.size() >= 4);
}

TEST_CASE("a council cannot be served by two locality hubs", "[domain][agency]")
{
    Agency a = aFourCouncilAgency();
    a.hubs[1].councilCodes.append(QStringLiteral("STAFFS"));
    CHECK(hasRule(validate(a), QStringLiteral("agency.council-two-hubs")));
}
