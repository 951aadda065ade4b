#include "Builders.h"
#include "services/TrainingRegister.h"
#include "services/Workspace.h"

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
    HouseholdId household;

    OpenWorkspace()
    {
        auto opened = services::Workspace::open(dir.filePath(QStringLiteral("ws.sqlite")), clock,
                                                Actor{QStringLiteral("tester")});
        REQUIRE(opened);
        ws = std::move(*opened);
        REQUIRE(ws->setAgency(aFourCouncilAgency()));
        auto id = ws->createHousehold(aHousehold().build());
        REQUIRE(id);
        household = *id;
    }
};

TrainingEvent preparation(QList<HouseholdId> attendees)
{
    TrainingEvent e;
    e.kind = TrainingKind::Preparation;
    e.title = QStringLiteral("Preparation, May");
    e.start = d(2024, 5, 1);
    e.end = d(2024, 5, 3);
    e.trainer = QStringLiteral("Regional training officer");
    e.attendees = std::move(attendees);
    return e;
}

} // namespace

TEST_CASE("a training event is validated, saved, announced and read back", "[services][training]")
{
    OpenWorkspace w;
    services::TrainingRegister reg(*w.ws);
    QSignalSpy changed(w.ws.get(), &services::Workspace::householdsChanged);

    TrainingEvent e = preparation({w.household});
    auto id = reg.create(e);
    REQUIRE(id);
    CHECK(changed.count() == 1);
    e.id = *id;
    auto back = reg.event(*id);
    REQUIRE(back);
    CHECK(*back == e);

    auto attended = reg.attendedBy(w.household);
    REQUIRE(attended);
    REQUIRE(attended->size() == 1);
    CHECK(attended->front() == e);
    auto inMay = reg.events(d(2024, 5, 3), d(2024, 5, 31));
    REQUIRE(inMay);
    CHECK(inMay->size() == 1);
    auto inJune = reg.events(d(2024, 6, 1), {});
    REQUIRE(inJune);
    CHECK(inJune->empty());
}

TEST_CASE("an invalid training event is refused with every problem and nothing is written",
          "[services][training]")
{
    OpenWorkspace w;
    services::TrainingRegister reg(*w.ws);
    QSignalSpy changed(w.ws.get(), &services::Workspace::householdsChanged);
    TrainingEvent e = preparation({w.household, w.household});
    e.title.clear();
    e.start = d(2024, 7, 1); // after the workspace's today, with a register
    e.end = d(2024, 7, 3);
    auto id = reg.create(e);
    REQUIRE_FALSE(id);
    CHECK(id.error().code == ErrorCode::Validation);
    CHECK(id.error().problems.size() == 3);
    CHECK(changed.count() == 0);
    auto all = reg.events();
    REQUIRE(all);
    CHECK(all->empty());
}

TEST_CASE("updating a register replaces it and is announced", "[services][training]")
{
    OpenWorkspace w;
    services::TrainingRegister reg(*w.ws);
    auto second = w.ws->createHousehold(aHousehold().reference(QStringLiteral("H-0002")).build());
    REQUIRE(second);
    auto id = reg.create(preparation({w.household}));
    REQUIRE(id);
    QSignalSpy changed(w.ws.get(), &services::Workspace::householdsChanged);

    auto e = reg.event(*id);
    REQUIRE(e);
    e->attendees = {*second};
    REQUIRE(reg.update(*e));
    CHECK(changed.count() == 1);
    auto first = reg.attendedBy(w.household);
    REQUIRE(first);
    CHECK(first->empty());
    auto moved = reg.attendedBy(*second);
    REQUIRE(moved);
    CHECK(moved->size() == 1);

    // The mandatory-module check reads the register the service keeps.
    auto household = w.ws->household(*second);
    REQUIRE(household);
    household->journey.panel = d(2024, 6, 1);
    auto events = reg.attendedBy(*second);
    REQUIRE(events);
    CHECK(missingMandatoryTraining(*household, QList<TrainingEvent>(events->begin(), events->end()),
                                   d(2024, 6, 30))
              .size() == 2);
}

TEST_CASE("saved and unsaved events are kept apart", "[services][training]")
{
    OpenWorkspace w;
    services::TrainingRegister reg(*w.ws);
    TrainingEvent e = preparation({});
    e.id = TrainingEventId{5};
    auto created = reg.create(e);
    REQUIRE_FALSE(created);
    CHECK(created.error().code == ErrorCode::Invalid);
    auto updated = reg.update(preparation({}));
    REQUIRE_FALSE(updated);
    CHECK(updated.error().code == ErrorCode::Invalid);
    e.id = TrainingEventId{99};
    auto missing = reg.update(e);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
}
