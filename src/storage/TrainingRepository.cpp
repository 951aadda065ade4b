#include "storage/TrainingRepository.h"

#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace permanence::storage {

using domain::Actor;
using domain::ErrorCode;
using domain::fail;
using domain::HouseholdId;
using domain::TrainingEvent;
using domain::TrainingEventId;

namespace {

const QString entity = QStringLiteral("training_event");

const QString selectColumns =
    QStringLiteral("e.id, e.kind, e.title, e.start_date, e.end_date, e.trainer");

TrainingEvent readEvent(const QSqlQuery& q)
{
    sql::Reader r(q);
    TrainingEvent e;
    e.id = TrainingEventId{r.id()};
    e.kind = domain::trainingKindFromCode(r.text()).value_or(domain::TrainingKind::Further);
    e.title = r.text();
    e.start = r.date();
    e.end = r.date();
    e.trainer = r.text();
    return e;
}

/// True when the last error of `query` is a foreign key violation: SQLite's extended code
/// SQLITE_CONSTRAINT_FOREIGNKEY (787), PostgreSQL's SQLSTATE 23503.
bool isForeignKeyViolation(const QSqlQuery& query)
{
    const QString code = query.lastError().nativeErrorCode();
    return code == QLatin1String("787") || code == QLatin1String("23503");
}

QString couldNotSave(const QSqlQuery& failed)
{
    if (isForeignKeyViolation(failed))
        return tr("Could not save the training event: a household on the register is not in "
                  "the database.");
    return tr("Could not save the training event.");
}

/// Runs a SELECT of event rows (columns `selectColumns`), then reads their registers.
domain::Result<std::vector<TrainingEvent>> fetch(const Database& db, QSqlQuery& select)
{
    const QString failed = tr("Could not read the training events.");
    if (!sql::exec(select))
        return sql::storageFailure(failed);
    std::vector<TrainingEvent> events;
    while (select.next())
        events.push_back(readEvent(select));
    select.finish();
    if (events.empty())
        return events;

    QList<qint64> ids;
    QHash<qint64, TrainingEvent*> byId;
    for (TrainingEvent& e : events) {
        ids << e.id.value;
        byId.insert(e.id.value, &e);
    }
    const bool read = sql::selectForIds(
        db.connection(),
        QStringLiteral("SELECT event_id, household_id FROM training_attendance WHERE event_id IN "
                       "(%1) ORDER BY event_id, position, household_id"),
        ids, [&](const QSqlQuery& q) {
            if (TrainingEvent* e = byId.value(q.value(0).toLongLong()))
                e->attendees.append(HouseholdId{q.value(1).toLongLong()});
        });
    if (!read)
        return sql::storageFailure(failed);
    return events;
}

/// The statements of one write: the event row, its register, its audit row.
class EventWriter
{
public:
    EventWriter(const Database& db, const Actor& actor)
        : m_insert(db.connection()), m_update(db.connection()), m_clear(db.connection()),
          m_attend(db.connection()), m_at(sql::timestamp()), m_audit(db.connection(), actor, m_at),
          m_userId(actor.userId)
    {
        m_ready =
            m_audit.isReady() &&
            sql::prepare(m_insert,
                         QStringLiteral("INSERT INTO training_event (kind, title, start_date, "
                                        "end_date, trainer, updated_by, updated_at) VALUES (?, "
                                        "?, ?, ?, ?, ?, ?)")) &&
            sql::prepare(m_update, QStringLiteral("UPDATE training_event SET kind = ?, title = ?, "
                                                  "start_date = ?, end_date = ?, trainer = ?, "
                                                  "updated_by = ?, updated_at = ? WHERE id = ?")) &&
            sql::prepare(m_clear,
                         QStringLiteral("DELETE FROM training_attendance WHERE event_id = ?")) &&
            sql::prepare(m_attend, QStringLiteral("INSERT INTO training_attendance (event_id, "
                                                  "household_id, position) VALUES (?, ?, ?)"));
    }

    [[nodiscard]] bool isReady() const { return m_ready; }

    [[nodiscard]] domain::Result<qint64> write(const TrainingEvent& e)
    {
        const bool updating = e.id.isValid();
        qint64 id = e.id.value;
        QSqlQuery& row = updating ? m_update : m_insert;
        sql::Binder b(row);
        b << domain::trainingKindCode(e.kind) << sql::text(e.title) << sql::date(e.start)
          << sql::date(e.end) << sql::text(e.trainer) << sql::text(m_userId) << m_at;
        if (updating)
            b << id;
        if (!sql::exec(row))
            return sql::storageFailure(couldNotSave(row));
        if (updating && row.numRowsAffected() == 0)
            return fail(ErrorCode::NotFound, tr("There is no training event with id %1.").arg(id));
        if (!updating)
            id = row.lastInsertId().toLongLong();
        // The register has no identity outside its event, so replacing it whole is exact.
        if (updating) {
            m_clear.bindValue(0, id);
            if (!sql::exec(m_clear))
                return sql::storageFailure(couldNotSave(m_clear));
        }
        for (int i = 0; i < e.attendees.size(); ++i) {
            sql::Binder(m_attend) << id << e.attendees[i].value << i;
            if (!sql::exec(m_attend))
                return sql::storageFailure(couldNotSave(m_attend));
        }
        if (!m_audit.record(updating ? QStringLiteral("update") : QStringLiteral("insert"), entity,
                            id))
            return sql::storageFailure(tr("Could not save the training event."));
        return id;
    }

private:
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_clear;
    QSqlQuery m_attend;
    QString m_at;
    AuditTrail m_audit;
    QString m_userId;
    bool m_ready = false;
};

} // namespace

domain::Result<std::vector<TrainingEvent>>
TrainingRepository::list(QDate from, QDate to, const Actor& /*actor: seam for read audit*/) const
{
    sql::Where where;
    // Overlap: the event ends on or after `from` and starts on or before `to`.
    if (from.isValid()) {
        where.conditions << QStringLiteral("COALESCE(e.end_date, e.start_date) >= ?");
        where.values << sql::date(from);
    }
    if (to.isValid()) {
        where.conditions << QStringLiteral("e.start_date <= ?");
        where.values << sql::date(to);
    }
    QSqlQuery select(m_db.connection());
    select.setForwardOnly(true);
    if (!sql::prepare(select, QStringLiteral("SELECT %1 FROM training_event e").arg(selectColumns) +
                                  where.clause() +
                                  QStringLiteral(" ORDER BY e.start_date DESC, e.id DESC")))
        return sql::storageFailure(tr("Could not read the training events."));
    where.bind(select);
    return fetch(m_db, select);
}

domain::Result<TrainingEvent> TrainingRepository::get(TrainingEventId id,
                                                      const Actor& /*actor*/) const
{
    QSqlQuery select(m_db.connection());
    select.setForwardOnly(true);
    if (!sql::prepare(
            select,
            QStringLiteral("SELECT %1 FROM training_event e WHERE e.id = ?").arg(selectColumns)))
        return sql::storageFailure(tr("Could not read the training event."));
    select.bindValue(0, id.value);
    auto found = fetch(m_db, select);
    if (!found)
        return fail(found.error());
    if (found->empty())
        return fail(ErrorCode::NotFound,
                    tr("There is no training event with id %1.").arg(id.value));
    return std::move(found->front());
}

domain::Result<std::vector<TrainingEvent>>
TrainingRepository::attendedBy(HouseholdId household, const Actor& /*actor*/) const
{
    QSqlQuery select(m_db.connection());
    select.setForwardOnly(true);
    if (!sql::prepare(select,
                      QStringLiteral("SELECT %1 FROM training_event e WHERE e.id IN (SELECT "
                                     "a.event_id FROM training_attendance a WHERE "
                                     "a.household_id = ?) ORDER BY e.start_date DESC, e.id DESC")
                          .arg(selectColumns)))
        return sql::storageFailure(tr("Could not read the training events."));
    select.bindValue(0, household.value);
    return fetch(m_db, select);
}

domain::Result<TrainingEventId> TrainingRepository::insert(const TrainingEvent& event,
                                                           const Actor& actor)
{
    Q_ASSERT_X(!event.id.isValid(), "TrainingRepository::insert", "already saved");
    if (event.id.isValid())
        return fail(ErrorCode::Invalid, tr("This training event has already been saved."));
    Transaction transaction(m_db);
    EventWriter writer(m_db, actor);
    if (!transaction.isActive() || !writer.isReady())
        return sql::storageFailure(tr("Could not save the training event."));
    auto id = writer.write(event);
    if (!id)
        return fail(id.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return TrainingEventId{*id};
}

domain::Status TrainingRepository::update(const TrainingEvent& event, const Actor& actor)
{
    if (!event.id.isValid())
        return fail(ErrorCode::Invalid, tr("This training event has not been saved yet."));
    Transaction transaction(m_db);
    EventWriter writer(m_db, actor);
    if (!transaction.isActive() || !writer.isReady())
        return sql::storageFailure(tr("Could not save the training event."));
    if (auto written = writer.write(event); !written)
        return fail(written.error());
    return transaction.commit();
}

} // namespace permanence::storage
