#include "Builders.h"
#include "TempDatabase.h"
#include "services/Workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace permanence;
using namespace permanence::domain;
using namespace permanence::test;

namespace {

struct OpenWorkspace
{
    QTemporaryDir dir;
    FixedClock clock{d(2024, 6, 30)};
    std::unique_ptr<services::Workspace> ws;

    OpenWorkspace()
    {
        auto opened = services::Workspace::open(dir.filePath(QStringLiteral("ws.sqlite")), clock,
                                                Actor{QStringLiteral("tester")});
        REQUIRE(opened);
        ws = std::move(*opened);
        REQUIRE(ws->setAgency(aFourCouncilAgency()));
    }
};

} // namespace

TEST_CASE("a new database has no agency until one is set", "[services][workspace]")
{
    QTemporaryDir dir;
    FixedClock clock{d(2024, 6, 30)};
    auto ws = services::Workspace::open(dir.filePath(QStringLiteral("new.sqlite")), clock,
                                        Actor::system());
    REQUIRE(ws);
    CHECK_FALSE((*ws)->hasAgency());
    CHECK((*ws)->agency().councils.isEmpty());
}

TEST_CASE("an invalid agency is refused with every problem", "[services][workspace]")
{
    OpenWorkspace w;
    Agency bad = aFourCouncilAgency();
    bad.name.clear();
    bad.councils.clear();
    auto saved = w.ws->setAgency(bad);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == ErrorCode::Validation);
    CHECK(saved.error().problems.size() >= 2);
    CHECK(w.ws->agency() == aFourCouncilAgency());
}

TEST_CASE("a valid child is saved, announced and read back", "[services][workspace]")
{
    OpenWorkspace w;
    QSignalSpy changed(w.ws.get(), &services::Workspace::childrenChanged);
    const Child c = aChild().agencyDecision(d(2022, 1, 10)).placementOrder(d(2022, 3, 15)).build();
    auto id = w.ws->createChild(c);
    REQUIRE(id);
    CHECK(changed.count() == 1);
    auto back = w.ws->child(*id);
    REQUIRE(back);
    Child expected = c;
    expected.id = *id;
    CHECK(*back == expected);
    CHECK(*w.ws->childCount() == 1);
}

TEST_CASE("an invalid child is refused and nothing is written", "[services][workspace]")
{
    OpenWorkspace w;
    QSignalSpy changed(w.ws.get(), &services::Workspace::childrenChanged);
    const Child c = aChild().council(QStringLiteral("MARS")).agencyDecision(d(2024, 7, 1)).build();
    auto id = w.ws->createChild(c);
    REQUIRE_FALSE(id);
    CHECK(id.error().code == ErrorCode::Validation);
    CHECK(id.error().problems.size() == 2);
    CHECK(changed.count() == 0);
    CHECK(*w.ws->childCount() == 0);
}

TEST_CASE("updating a child validates against the agency and today", "[services][workspace]")
{
    OpenWorkspace w;
    auto id = w.ws->createChild(aChild().build());
    REQUIRE(id);
    Child c = *w.ws->child(*id);
    c.journey.agencyDecision = d(2021, 1, 1); // before entering care
    auto updated = w.ws->updateChild(c);
    REQUIRE_FALSE(updated);
    CHECK(updated.error().problems.front().field == QStringLiteral("Agency decision"));
    c.journey.agencyDecision = d(2021, 9, 1);
    REQUIRE(w.ws->updateChild(c));
    CHECK(w.ws->child(*id)->journey.agencyDecision == d(2021, 9, 1));
}

TEST_CASE("households are validated and saved the same way", "[services][workspace]")
{
    OpenWorkspace w;
    QSignalSpy changed(w.ws.get(), &services::Workspace::householdsChanged);
    AdopterHousehold bad = aHousehold().hub(QStringLiteral("NOWHERE")).build();
    REQUIRE_FALSE(w.ws->createHousehold(bad));
    auto id = w.ws->createHousehold(aHousehold().build());
    REQUIRE(id);
    CHECK(changed.count() == 1);
    CHECK(w.ws->household(*id)->displayName() == QStringLiteral("Sam & Priya Holloway"));
    CHECK(*w.ws->householdCount() == 1);
}

TEST_CASE("a file that is not a database is reported, not overwritten", "[services][workspace]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("These are not the records you are looking for.\n");
    }
    FixedClock clock{d(2024, 6, 30)};
    auto ws = services::Workspace::open(path, clock, Actor::system());
    REQUIRE_FALSE(ws);
    CHECK(ws.error().code == ErrorCode::NotADatabase);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArray("These are not the records you are looking for.\n"));
}

TEST_CASE("an agency setting is saved, announced by key and read back", "[services][workspace]")
{
    OpenWorkspace w;
    QSignalSpy changed(w.ws.get(), &services::Workspace::settingChanged);
    CHECK_FALSE(w.ws->setting(QStringLiteral("matching.weights"))->has_value());
    const QJsonObject weights{{QStringLiteral("source"), 30}};
    REQUIRE(w.ws->saveSetting(QStringLiteral("matching.weights"), weights));
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toString() == QStringLiteral("matching.weights"));
    CHECK(**w.ws->setting(QStringLiteral("matching.weights")) == weights);
}
