#include "Builders.h"
#include "StorageTestSupport.h"
#include "TempDatabase.h"
#include "storage/CaseNoteRepository.h"
#include "storage/ChildRepository.h"
#include "storage/HouseholdRepository.h"

#include <QDateTime>
#include <catch2/catch.hpp>

using namespace permanence;
using namespace permanence::test;
using domain::Actor;
using domain::CaseNote;
using domain::CaseNoteId;
using domain::ErrorCode;
using domain::NoteKind;
using storage::CaseNoteRepository;

namespace {

const Actor worker{QStringLiteral("j.bloggs")};

CaseNote aNote(domain::ChildId child, QDate date, const QString& text)
{
    CaseNote note;
    note.child = child;
    note.date = date;
    note.text = text;
    return note;
}

QStringList texts(const std::vector<CaseNote>& notes)
{
    QStringList out;
    for (const auto& n : notes)
        out << n.text;
    return out;
}

} // namespace

TEST_CASE("a case note round-trips every field and is signed by the actor", "[storage][case-note]")
{
    TempDatabase temp;
    auto child = storage::ChildRepository(temp.db()).insert(aChild().build(), worker);
    REQUIRE(child);
    CaseNoteRepository repo(temp.db());

    CaseNote note = aNote(*child, d(2024, 5, 2),
                          QStringLiteral("Visited; settled well.\nNo "
                                         "concerns, \"happy\"."));
    note.kind = NoteKind::ThirdParty;
    note.author = QStringLiteral("someone else"); // storage signs with the actor regardless
    note.recordedAt = QDateTime(d(2024, 5, 3), QTime(9, 15, 30, 250), Qt::UTC);
    auto id = repo.insert(note, worker);
    REQUIRE(id);

    auto loaded = repo.get(*id, worker);
    REQUIRE(loaded);
    note.id = *id;
    note.author = worker.userId;
    CHECK(*loaded == note);
    CHECK(loaded->recordedAt.timeSpec() == Qt::UTC);
    CHECK(scalar(temp.db(), QStringLiteral("SELECT kind FROM case_note")).toString() ==
          QStringLiteral("third-party"));
    CHECK(scalar(temp.db(), QStringLiteral("SELECT recorded_at FROM case_note")).toString() ==
          QStringLiteral("2024-05-03T09:15:30.250Z"));
    CHECK(scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                           "'insert' AND entity = 'case_note' AND entity_id = %1 "
                                           "AND actor = 'j.bloggs'")
                                .arg(id->value))
              .toInt() == 1);
}

TEST_CASE("a note without a time recorded is stamped with now", "[storage][case-note]")
{
    TempDatabase temp;
    auto child = storage::ChildRepository(temp.db()).insert(aChild().build(), worker);
    REQUIRE(child);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    auto id = CaseNoteRepository(temp.db()).insert(
        aNote(*child, d(2024, 1, 1), QStringLiteral("x")), worker);
    REQUIRE(id);
    auto loaded = CaseNoteRepository(temp.db()).get(*id, worker);
    REQUIRE(loaded);
    CHECK(loaded->recordedAt >= before);
    CHECK(loaded->recordedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
}

TEST_CASE("a chronology is newest first by date, then by time recorded", "[storage][case-note]")
{
    TempDatabase temp;
    storage::ChildRepository children(temp.db());
    auto child = children.insert(aChild().build(), worker);
    auto other = children.insert(aChild().reference(QStringLiteral("C-2")).build(), worker);
    REQUIRE(child);
    REQUIRE(other);
    CaseNoteRepository repo(temp.db());
    const auto add = [&](domain::ChildId who, QDate date, int minute, const char* text) {
        CaseNote note = aNote(who, date, QString::fromUtf8(text));
        note.recordedAt = QDateTime(d(2024, 6, 1), QTime(10, minute), Qt::UTC);
        REQUIRE(repo.insert(note, worker));
    };
    add(*child, d(2024, 3, 1), 0, "march");
    add(*child, d(2024, 5, 1), 1, "may, written first");
    add(*child, d(2024, 5, 1), 2, "may, written second");
    add(*other, d(2024, 6, 1), 3, "another child");

    auto notes = repo.forChild(*child, worker);
    REQUIRE(notes);
    CHECK(texts(*notes) == QStringList{QStringLiteral("may, written second"),
                                       QStringLiteral("may, written first"),
                                       QStringLiteral("march")});
    auto none = repo.forHousehold(domain::HouseholdId{1}, worker);
    REQUIRE(none);
    CHECK(none->empty());
}

TEST_CASE("a household's notes are kept apart from children's", "[storage][case-note]")
{
    TempDatabase temp;
    auto household = storage::HouseholdRepository(temp.db()).insert(aHousehold().build(), worker);
    REQUIRE(household);
    CaseNote note;
    note.household = *household;
    note.date = d(2024, 2, 2);
    note.kind = NoteKind::Opinion;
    note.text = QStringLiteral("Strong support network.");
    CaseNoteRepository repo(temp.db());
    REQUIRE(repo.insert(note, worker));
    auto notes = repo.forHousehold(*household, worker);
    REQUIRE(notes);
    REQUIRE(notes->size() == 1);
    CHECK(notes->front().kind == NoteKind::Opinion);
    CHECK_FALSE(notes->front().child.isValid());
}

TEST_CASE("the schema refuses a note with no subject or two", "[storage][case-note]")
{
    TempDatabase temp;
    auto child = storage::ChildRepository(temp.db()).insert(aChild().build(), worker);
    auto household = storage::HouseholdRepository(temp.db()).insert(aHousehold().build(), worker);
    REQUIRE(child);
    REQUIRE(household);
    CaseNoteRepository repo(temp.db());

    CaseNote both = aNote(*child, d(2024, 1, 1), QStringLiteral("x"));
    both.household = *household;
    auto saved = repo.insert(both, worker);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == ErrorCode::Storage);

    auto orphan = repo.insert(aNote({}, d(2024, 1, 1), QStringLiteral("x")), worker);
    REQUIRE_FALSE(orphan);
    CHECK(orphan.error().code == ErrorCode::Storage);

    auto ghost =
        repo.insert(aNote(domain::ChildId{404}, d(2024, 1, 1), QStringLiteral("x")), worker);
    REQUIRE_FALSE(ghost);
    CHECK(ghost.error().code == ErrorCode::Storage);
    CHECK(scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM case_note")).toInt() == 0);
    CHECK(scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                           "'case_note'"))
              .toInt() == 0);
}

TEST_CASE("a missing note is reported as not found", "[storage][case-note]")
{
    TempDatabase temp;
    auto got = CaseNoteRepository(temp.db()).get(CaseNoteId{7}, worker);
    REQUIRE_FALSE(got);
    CHECK(got.error().code == ErrorCode::NotFound);
}
