#include "storage/CaseNoteRepository.h"

#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QSqlQuery>

namespace permanence::storage {

using domain::Actor;
using domain::CaseNote;
using domain::CaseNoteId;
using domain::ErrorCode;
using domain::fail;
using domain::NoteKind;

namespace {

const QString entity = QStringLiteral("case_note");

QString kindCode(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Fact:
        return QStringLiteral("fact");
    case NoteKind::Opinion:
        return QStringLiteral("opinion");
    case NoteKind::ThirdParty:
        return QStringLiteral("third-party");
    }
    return QStringLiteral("fact");
}

NoteKind kindFromCode(const QString& code)
{
    if (code == QLatin1String("opinion"))
        return NoteKind::Opinion;
    if (code == QLatin1String("third-party"))
        return NoteKind::ThirdParty;
    return NoteKind::Fact;
}

QString selectList()
{
    return QStringLiteral("id, child_id, household_id, note_date, recorded_at, author, kind, text");
}

CaseNote readNote(const QSqlQuery& query)
{
    sql::Reader r(query);
    CaseNote note;
    note.id = CaseNoteId{r.id()};
    note.child = domain::ChildId{r.id()}; // NULL reads as 0, "none"
    note.household = domain::HouseholdId{r.id()};
    note.date = r.date();
    note.recordedAt = QDateTime::fromString(r.text(), Qt::ISODateWithMs);
    note.author = r.text();
    note.kind = kindFromCode(r.text());
    note.text = r.text();
    return note;
}

domain::Result<std::vector<CaseNote>> fetch(QSqlQuery& query)
{
    if (!sql::exec(query))
        return sql::storageFailure(tr("Could not read the case notes."));
    std::vector<CaseNote> notes;
    while (query.next())
        notes.push_back(readNote(query));
    return notes;
}

/// Newest first: by the date of what happened, then by when it was written; id settles notes
/// recorded in the same millisecond.
domain::Result<std::vector<CaseNote>> chronology(const Database& db, const QString& subjectColumn,
                                                 qint64 subject)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!sql::prepare(query, QStringLiteral("SELECT %1 FROM case_note WHERE %2 = ? ORDER BY "
                                            "note_date DESC, recorded_at DESC, id DESC")
                                 .arg(selectList(), subjectColumn)))
        return sql::storageFailure(tr("Could not read the case notes."));
    query.bindValue(0, subject);
    return fetch(query);
}

} // namespace

domain::Result<CaseNoteId> CaseNoteRepository::insert(const CaseNote& note, const Actor& actor)
{
    Q_ASSERT_X(!note.id.isValid(), "CaseNoteRepository::insert", "the note is already saved");
    if (note.id.isValid())
        return fail(ErrorCode::Invalid, tr("This case note has already been saved."));

    const QString failed = tr("Could not save the case note.");
    Transaction transaction(m_db);
    const QString at = sql::timestamp();
    const QString recordedAt =
        note.recordedAt.isValid() ? note.recordedAt.toUTC().toString(Qt::ISODateWithMs) : at;
    QSqlQuery query(m_db.connection());
    AuditTrail audit(m_db.connection(), actor, at);
    if (!transaction.isActive() || !audit.isReady() ||
        !sql::prepare(query, QStringLiteral("INSERT INTO case_note (child_id, household_id, "
                                            "note_date, recorded_at, author, kind, text) VALUES "
                                            "(?, ?, ?, ?, ?, ?, ?)")))
        return sql::storageFailure(failed);
    sql::Binder(query) << sql::id(note.child.value) << sql::id(note.household.value)
                       << sql::date(note.date) << recordedAt << sql::text(actor.userId)
                       << kindCode(note.kind) << sql::text(note.text);
    if (!sql::exec(query))
        return sql::storageFailure(failed);
    const CaseNoteId id{query.lastInsertId().toLongLong()};
    if (!audit.record(QStringLiteral("insert"), entity, id.value))
        return sql::storageFailure(failed);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return id;
}

domain::Result<CaseNote> CaseNoteRepository::get(CaseNoteId id,
                                                 const Actor& /*actor: seam for read audit*/) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!sql::prepare(query,
                      QStringLiteral("SELECT %1 FROM case_note WHERE id = ?").arg(selectList())))
        return sql::storageFailure(tr("Could not read the case notes."));
    query.bindValue(0, id.value);
    auto found = fetch(query);
    if (!found)
        return fail(found.error());
    if (found->empty())
        return fail(ErrorCode::NotFound, tr("There is no case note with id %1.").arg(id.value));
    return std::move(found->front());
}

domain::Result<std::vector<CaseNote>> CaseNoteRepository::forChild(domain::ChildId child,
                                                                   const Actor& /*actor*/) const
{
    return chronology(m_db, QStringLiteral("child_id"), child.value);
}

domain::Result<std::vector<CaseNote>>
CaseNoteRepository::forHousehold(domain::HouseholdId household, const Actor& /*actor*/) const
{
    return chronology(m_db, QStringLiteral("household_id"), household.value);
}

} // namespace permanence::storage
