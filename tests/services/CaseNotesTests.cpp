#include "Builders.h"
#include "services/CaseNotes.h"
#include "services/Workspace.h"

#include <QDateTime>
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

CaseNote aNote(QDate date, const QString& text)
{
    CaseNote note;
    note.date = date;
    note.text = text;
    return note;
}

} // namespace

TEST_CASE("a note is signed and timed by the service, saved and announced",
          "[services][case-notes]")
{
    OpenWorkspace w;
    auto child = w.ws->createChild(aChild().build());
    REQUIRE(child);
    services::CaseNotes notes(*w.ws);
    QSignalSpy childrenChanged(w.ws.get(), &services::Workspace::childrenChanged);
    QSignalSpy householdsChanged(w.ws.get(), &services::Workspace::householdsChanged);

    CaseNote note = aNote(d(2024, 6, 30), QStringLiteral("Life story work began."));
    note.child = *child;
    note.kind = NoteKind::Opinion;
    note.author = QStringLiteral("typed by someone");
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    auto id = notes.add(note);
    REQUIRE(id);
    CHECK(childrenChanged.count() == 1);
    CHECK(householdsChanged.count() == 0);

    auto chronology = notes.forChild(*child);
    REQUIRE(chronology);
    REQUIRE(chronology->size() == 1);
    const CaseNote& saved = chronology->front();
    CHECK(saved.id == *id);
    CHECK(saved.author == QStringLiteral("tester"));
    CHECK(saved.recordedAt >= before);
    CHECK(saved.recordedAt <= QDateTime::currentDateTimeUtc());
    CHECK(saved.kind == NoteKind::Opinion);
    CHECK(saved.text == note.text);
}

TEST_CASE("a household's note announces a household change", "[services][case-notes]")
{
    OpenWorkspace w;
    auto household = w.ws->createHousehold(aHousehold().build());
    REQUIRE(household);
    QSignalSpy householdsChanged(w.ws.get(), &services::Workspace::householdsChanged);
    CaseNote note = aNote(d(2024, 6, 1), QStringLiteral("Second visit."));
    note.household = *household;
    services::CaseNotes notes(*w.ws);
    REQUIRE(notes.add(note));
    CHECK(householdsChanged.count() == 1);
    CHECK(notes.forHousehold(*household)->size() == 1);
}

TEST_CASE("an invalid note is refused with every problem and nothing is written",
          "[services][case-notes]")
{
    OpenWorkspace w;
    services::CaseNotes notes(*w.ws);
    QSignalSpy changed(w.ws.get(), &services::Workspace::childrenChanged);
    auto refused = notes.add(aNote(d(2024, 7, 1), QStringLiteral("  "))); // future, empty, no one
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Validation);
    CHECK(refused.error().problems.size() == 3);
    CHECK(changed.count() == 0);
}

TEST_CASE("a note on a child who does not exist is not found", "[services][case-notes]")
{
    OpenWorkspace w;
    CaseNote note = aNote(d(2024, 6, 1), QStringLiteral("Hello."));
    note.child = ChildId{404};
    auto refused = services::CaseNotes(*w.ws).add(note);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotFound);
}

TEST_CASE("a chronology is newest first", "[services][case-notes]")
{
    OpenWorkspace w;
    auto child = w.ws->createChild(aChild().build());
    REQUIRE(child);
    services::CaseNotes notes(*w.ws);
    for (const auto& [date, text] :
         {std::pair{d(2024, 1, 1), "first"}, std::pair{d(2024, 3, 1), "third"},
          std::pair{d(2024, 2, 1), "second"}}) {
        CaseNote note = aNote(date, QString::fromUtf8(text));
        note.child = *child;
        REQUIRE(notes.add(note));
    }
    auto chronology = notes.forChild(*child);
    REQUIRE(chronology);
    REQUIRE(chronology->size() == 3);
    CHECK(chronology->at(0).text == QStringLiteral("third"));
    CHECK(chronology->at(1).text == QStringLiteral("second"));
    CHECK(chronology->at(2).text == QStringLiteral("first"));
}
