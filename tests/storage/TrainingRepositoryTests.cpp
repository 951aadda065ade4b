#include "Builders.h"
#include "StorageTestSupport.h"
#include "TempDatabase.h"
#include "storage/HouseholdRepository.h"
#include "storage/TrainingRepository.h"

#include <catch2/catch.hpp>

using namespace permanence;
using namespace permanence::test;
using domain::ErrorCode;
using domain::HouseholdId;
using domain::TrainingEvent;
using domain::TrainingEventId;
using domain::TrainingKind;
using storage::TrainingRepository;

namespace {

const domain::Actor worker{QStringLiteral("j.bloggs")};

struct Fixture
{
    TempDatabase temp;
    TrainingRepository repo{temp.db()};
    std::vector<domain::AdopterHousehold> households;

    Fixture()
    {
        for (int i = 0; i < 3; ++i)
            households.push_back(aHousehold().reference(QStringLiteral("H-%1").arg(i)).build());
        REQUIRE(storage::HouseholdRepository(temp.db()).saveAll(households, worker));
    }
    [[nodiscard]] HouseholdId household(int i) const { return households.at(i).id; }

    TrainingEvent saved(TrainingEvent e)
    {
        auto id = repo.insert(e, worker);
        REQUIRE(id);
        e.id = *id;
        return e;
    }
};

TrainingEvent anEvent(TrainingKind kind, QDate start, QDate end = {})
{
    TrainingEvent e;
    e.kind = kind;
    e.title = domain::trainingKindLabel(kind) + QStringLiteral(" ") + start.toString(Qt::ISODate);
    e.start = start;
    e.end = end;
    e.trainer = QStringLiteral("Regional training officer");
    return e;
}

QList<qint64> ids(const std::vector<TrainingEvent>& events)
{
    QList<qint64> out;
    for (const TrainingEvent& e : events)
        out << e.id.value;
    return out;
}

} // namespace

TEST_CASE("a training event round-trips with its register in order", "[storage][training]")
{
    Fixture f;
    for (TrainingKind kind : domain::allTrainingKinds()) {
        TrainingEvent e = anEvent(kind, d(2023, 11, 6), d(2023, 11, 8));
        e.attendees = {f.household(2), f.household(0)};
        e = f.saved(e);
        auto back = f.repo.get(e.id, worker);
        REQUIRE(back);
        CHECK(*back == e);
    }
    TrainingEvent oneDay = f.saved(anEvent(TrainingKind::EarlyPermanence, d(2024, 1, 10)));
    auto back = f.repo.get(oneDay.id, worker);
    REQUIRE(back);
    CHECK_FALSE(back->end.isValid());
    CHECK(back->attendees.isEmpty());
}

TEST_CASE("updating an event replaces its register and is audited", "[storage][training]")
{
    Fixture f;
    TrainingEvent e = anEvent(TrainingKind::Preparation, d(2023, 11, 6), d(2023, 11, 8));
    e.attendees = {f.household(0), f.household(1)};
    e = f.saved(e);
    e.title = QStringLiteral("Preparation, November");
    e.attendees = {f.household(1), f.household(2)};
    REQUIRE(f.repo.update(e, worker));
    auto back = f.repo.get(e.id, worker);
    REQUIRE(back);
    CHECK(*back == e);
    CHECK(scalar(f.temp.db(), QStringLiteral("SELECT COUNT(*) FROM training_attendance")).toInt() ==
          2);
    CHECK(scalar(f.temp.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                             "'training_event' AND actor = 'j.bloggs'"))
              .toInt() == 2);
    CHECK(scalar(f.temp.db(), QStringLiteral("SELECT updated_by FROM training_event")).toString() ==
          QStringLiteral("j.bloggs"));
}

TEST_CASE("events are listed newest first, overlapping the dates asked for", "[storage][training]")
{
    Fixture f;
    const TrainingEvent a = f.saved(anEvent(TrainingKind::Preparation, d(2023, 3, 29),
                                            d(2023, 4, 1))); // ends on the first day of 2023-24
    const TrainingEvent b = f.saved(anEvent(TrainingKind::EarlyPermanence, d(2023, 10, 2)));
    const TrainingEvent c = f.saved(anEvent(TrainingKind::Preparation, d(2024, 3, 31),
                                            d(2024, 4, 2))); // starts on the last day
    const TrainingEvent e = f.saved(anEvent(TrainingKind::Further, d(2024, 4, 1)));

    auto all = f.repo.list({}, {}, worker);
    REQUIRE(all);
    CHECK(ids(*all) == QList<qint64>{e.id.value, c.id.value, b.id.value, a.id.value});

    auto year = f.repo.list(d(2023, 4, 1), d(2024, 3, 31), worker);
    REQUIRE(year);
    CHECK(ids(*year) == QList<qint64>{c.id.value, b.id.value, a.id.value});

    auto from = f.repo.list(d(2023, 4, 2), {}, worker);
    REQUIRE(from);
    CHECK(ids(*from) == QList<qint64>{e.id.value, c.id.value, b.id.value});

    auto to = f.repo.list({}, d(2023, 10, 1), worker);
    REQUIRE(to);
    CHECK(ids(*to) == QList<qint64>{a.id.value});
}

TEST_CASE("the events a household attended are found from the register", "[storage][training]")
{
    Fixture f;
    TrainingEvent prep = anEvent(TrainingKind::Preparation, d(2023, 11, 6), d(2023, 11, 8));
    prep.attendees = {f.household(0), f.household(1)};
    prep = f.saved(prep);
    TrainingEvent ep = anEvent(TrainingKind::EarlyPermanence, d(2023, 12, 1));
    ep.attendees = {f.household(1)};
    ep = f.saved(ep);

    auto first = f.repo.attendedBy(f.household(0), worker);
    REQUIRE(first);
    CHECK(ids(*first) == QList<qint64>{prep.id.value});
    auto second = f.repo.attendedBy(f.household(1), worker);
    REQUIRE(second);
    REQUIRE(second->size() == 2);
    CHECK(second->front() == ep);
    CHECK(second->back() == prep); // the whole register, not only this household
    auto none = f.repo.attendedBy(f.household(2), worker);
    REQUIRE(none);
    CHECK(none->empty());
}

TEST_CASE("a register naming an unknown household is refused whole", "[storage][training]")
{
    Fixture f;
    TrainingEvent e = anEvent(TrainingKind::Preparation, d(2023, 11, 6));
    e.attendees = {f.household(0), HouseholdId{999}};
    auto id = f.repo.insert(e, worker);
    REQUIRE_FALSE(id);
    CHECK(id.error().code == ErrorCode::Storage);
    CHECK(id.error().message.contains(QStringLiteral("register")));
    CHECK(scalar(f.temp.db(), QStringLiteral("SELECT COUNT(*) FROM training_event")).toInt() == 0);
    CHECK(scalar(f.temp.db(), QStringLiteral("SELECT COUNT(*) FROM training_attendance")).toInt() ==
          0);
}

TEST_CASE("a missing training event is not found", "[storage][training]")
{
    Fixture f;
    auto missing = f.repo.get(TrainingEventId{42}, worker);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    TrainingEvent ghost = anEvent(TrainingKind::Preparation, d(2023, 11, 6));
    ghost.id = TrainingEventId{42};
    auto updated = f.repo.update(ghost, worker);
    REQUIRE_FALSE(updated);
    CHECK(updated.error().code == ErrorCode::NotFound);
}
