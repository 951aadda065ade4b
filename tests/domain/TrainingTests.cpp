#include "Builders.h"
#include "domain/Training.h"

using namespace permanence::domain;
using namespace permanence::test;

namespace {

const HouseholdId household{7};

TrainingEvent anEvent(TrainingKind kind, QDate start, QList<HouseholdId> attendees = {household})
{
    TrainingEvent e;
    e.id = TrainingEventId{1};
    e.kind = kind;
    e.title = trainingKindLabel(kind);
    e.start = start;
    e.end = start;
    e.trainer = QStringLiteral("Regional training officer");
    e.attendees = std::move(attendees);
    return e;
}

AdopterHousehold atPanel(QDate panel)
{
    AdopterHousehold h = aHousehold().build();
    h.id = household;
    h.journey.panel = panel;
    h.journey.approval = panel.addDays(10);
    return h;
}

bool has(const Problems& problems, const QString& rule)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [&](const Problem& p) { return p.rule == rule; });
}

} // namespace

TEST_CASE("a training event needs a title and a start, and ends after it starts",
          "[domain][training]")
{
    const QDate today = d(2024, 6, 30);
    TrainingEvent e = anEvent(TrainingKind::Preparation, d(2024, 5, 1));
    e.end = d(2024, 5, 3);
    CHECK(validate(e, today).empty());

    e.title = QStringLiteral("  ");
    e.start = {};
    const Problems p = validate(e, today);
    CHECK(p.size() == 2);
    CHECK(has(p, QStringLiteral("required")));

    e = anEvent(TrainingKind::Preparation, d(2024, 5, 3));
    e.end = d(2024, 5, 1);
    CHECK(has(validate(e, today), QStringLiteral("training.order")));
    e.end = {}; // a one-day event
    CHECK(validate(e, today).empty());
}

TEST_CASE("events may be planned ahead but attendance is only recorded once they start",
          "[domain][training]")
{
    const QDate today = d(2024, 6, 30);
    TrainingEvent planned = anEvent(TrainingKind::EarlyPermanence, d(2024, 7, 1), {});
    CHECK(validate(planned, today).empty());
    planned.attendees = {household};
    CHECK(has(validate(planned, today), QStringLiteral("training.attendance-in-future")));
    planned.start = today;
    planned.end = today;
    CHECK(validate(planned, today).empty());
}

TEST_CASE("a register lists saved households once each", "[domain][training]")
{
    TrainingEvent e =
        anEvent(TrainingKind::Preparation, d(2024, 5, 1), {household, HouseholdId{}, household});
    const Problems p = validate(e, d(2024, 6, 30));
    CHECK(has(p, QStringLiteral("training.unsaved-household")));
    CHECK(has(p, QStringLiteral("training.duplicate-attendee")));
}

TEST_CASE("panels before October 2023 need no mandatory modules", "[domain][training]")
{
    CHECK(missingMandatoryTraining(atPanel(d(2023, 9, 30)), {}, d(2024, 1, 1)).isEmpty());
    // The first day of October 2023 is the first day the modules are mandatory.
    CHECK(missingMandatoryTraining(atPanel(d(2023, 10, 1)), {}, d(2024, 1, 1)) ==
          QList<TrainingKind>{TrainingKind::EarlyPermanence, TrainingKind::BrothersAndSisters});
}

TEST_CASE("a household reaching panel without a mandatory module is warned", "[domain][training]")
{
    const AdopterHousehold h = atPanel(d(2024, 2, 20));
    const QList<TrainingEvent> events = {
        anEvent(TrainingKind::Preparation, d(2023, 11, 1)),
        anEvent(TrainingKind::EarlyPermanence, d(2023, 12, 1)),
        // On the panel day itself counts; the day after does not.
        anEvent(TrainingKind::BrothersAndSisters, d(2024, 2, 21)),
    };
    CHECK(missingMandatoryTraining(h, events, d(2024, 6, 30)) ==
          QList<TrainingKind>{TrainingKind::BrothersAndSisters});
    QList<TrainingEvent> onTheDay = events;
    onTheDay.last().start = d(2024, 2, 20);
    CHECK(missingMandatoryTraining(h, onTheDay, d(2024, 6, 30)).isEmpty());

    // An event the household was not registered on does not count.
    QList<TrainingEvent> someoneElse = onTheDay;
    someoneElse[1].attendees = {HouseholdId{99}};
    CHECK(missingMandatoryTraining(h, someoneElse, d(2024, 6, 30)) ==
          QList<TrainingKind>{TrainingKind::EarlyPermanence});
}

TEST_CASE("before panel the modules are checked against the date asked about", "[domain][training]")
{
    AdopterHousehold h = atPanel(d(2024, 2, 20));
    h.journey.panel = {};
    h.journey.approval = {};
    const QList<TrainingEvent> events = {anEvent(TrainingKind::EarlyPermanence, d(2024, 1, 10))};
    CHECK(missingMandatoryTraining(h, events, d(2024, 1, 9)) ==
          QList<TrainingKind>{TrainingKind::EarlyPermanence, TrainingKind::BrothersAndSisters});
    CHECK(missingMandatoryTraining(h, events, d(2024, 1, 10)) ==
          QList<TrainingKind>{TrainingKind::BrothersAndSisters});
    // Before October 2023 nothing was mandatory yet.
    CHECK(missingMandatoryTraining(h, events, d(2023, 9, 30)).isEmpty());
    // A panel dated after the date asked about has not happened yet on that date.
    h.journey.panel = d(2024, 3, 1);
    CHECK(missingMandatoryTraining(h, events, d(2024, 1, 10)) ==
          QList<TrainingKind>{TrainingKind::BrothersAndSisters});
}

TEST_CASE("inter-agency households are trained by their own agency", "[domain][training]")
{
    AdopterHousehold h = atPanel(d(2024, 2, 20));
    h.source = AdopterSource::VoluntaryAgency;
    CHECK(missingMandatoryTraining(h, {}, d(2024, 6, 30)).isEmpty());
}

TEST_CASE("training kinds have stable codes", "[domain][training]")
{
    for (TrainingKind k : allTrainingKinds()) {
        CHECK(trainingKindFromCode(trainingKindCode(k)) == k);
        CHECK_FALSE(trainingKindLabel(k).isEmpty());
    }
    CHECK_FALSE(trainingKindFromCode(QStringLiteral("juggling")).has_value());
}
