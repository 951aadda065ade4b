#include "Builders.h"
#include "services/CaseNotes.h"
#include "services/Chronology.h"
#include "services/Workspace.h"

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
                                                Actor{QStringLiteral("j.bloggs")});
        REQUIRE(opened);
        ws = std::move(*opened);
        REQUIRE(ws->setAgency(aFourCouncilAgency()));
    }
};

bool has(const std::vector<ChronologyEntry>& entries, const QString& event, QDate date)
{
    return std::any_of(entries.begin(), entries.end(), [&](const ChronologyEntry& e) {
        return e.event == event && e.date == date;
    });
}

} // namespace

TEST_CASE("a child's chronology joins the saved journey and the signed notes, newest first",
          "[services][chronology]")
{
    OpenWorkspace w;
    const auto id = w.ws->createChild(aChild()
                                          .enteredCare(d(2021, 6, 1))
                                          .agencyDecision(d(2022, 1, 10))
                                          .placementOrder(d(2022, 3, 15))
                                          .build());
    REQUIRE(id);
    CaseNote note;
    note.child = *id;
    note.date = d(2022, 4, 1);
    note.kind = NoteKind::ThirdParty;
    note.text = QStringLiteral("Health visitor reports good progress.");
    REQUIRE(services::CaseNotes(*w.ws).add(note));

    const auto entries = services::Chronology(*w.ws).forChild(*id);
    REQUIRE(entries);
    REQUIRE(entries->size() == 5); // born, entered care, ADM, placement order, note
    CHECK(entries->front().event == QStringLiteral("Case note (third-party information)"));
    CHECK(entries->front().recordedBy == QStringLiteral("j.bloggs"));
    CHECK(entries->back().event == QStringLiteral("Born"));
    CHECK_FALSE(services::Chronology(*w.ws).forChild(ChildId{999}));
}

TEST_CASE("a household's chronology tells of the children placed with it, and disruptions",
          "[services][chronology]")
{
    OpenWorkspace w;
    const auto household = w.ws->createHousehold(aHousehold().build());
    REQUIRE(household);
    Child placed = aChild()
                       .reference(QStringLiteral("C-1"))
                       .enteredCare(d(2022, 6, 1))
                       .agencyDecision(d(2023, 1, 10))
                       .placementOrder(d(2023, 3, 15))
                       .linked(d(2023, 5, 2))
                       .build();
    placed.household = *household;
    REQUIRE(w.ws->createChild(placed));
    Child disrupted = aChild()
                          .reference(QStringLiteral("C-2"))
                          .named(QStringLiteral("Tom"), QStringLiteral("Reed"))
                          .enteredCare(d(2021, 6, 1))
                          .agencyDecision(d(2022, 1, 10))
                          .placementOrder(d(2022, 3, 15))
                          .build();
    disrupted.pastPlacements.push_back({*household,
                                        d(2023, 4, 1),
                                        d(2023, 5, 1),
                                        d(2023, 5, 20),
                                        d(2023, 8, 1),
                                        QStringLiteral("Needs not met"),
                                        true,
                                        {}});
    REQUIRE(w.ws->createChild(disrupted));

    const auto entries = services::Chronology(*w.ws).forHousehold(*household);
    REQUIRE(entries);
    CHECK(has(*entries, QStringLiteral("Linked with a child"), d(2023, 5, 2)));
    CHECK(has(*entries, QStringLiteral("Placement disrupted before the adoption order"),
              d(2023, 8, 1)));
    CHECK(has(*entries, QStringLiteral("Agency decision: approved as adopters"), d(2023, 3, 1)));
    CHECK(entries->front().date == d(2023, 8, 1));
}
