#include "storage/ChildRepository.h"

#include "storage/AuditTrail.h"
#include "storage/ChildLists.h"
#include "storage/ChildQuerySql.h"
#include "storage/ChildRows.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QSqlQuery>

namespace permanence::storage {

using domain::Actor;
using domain::Child;
using domain::ChildId;
using domain::ErrorCode;
using domain::fail;

namespace {

const QString entity = QStringLiteral("child");

QString insertStatement()
{
    const QStringList& columns = rows::childWriteColumns();
    return QStringLiteral("INSERT INTO child (%1) VALUES (%2)")
        .arg(columns.join(QStringLiteral(", ")), sql::placeholders(columns.size()));
}

QString updateStatement()
{
    return QStringLiteral("UPDATE child SET %1 WHERE id = ?")
        .arg(sql::assignments(rows::childWriteColumns()));
}

QString couldNotSave(const Child& child, const QSqlQuery& failed)
{
    if (sql::isUniqueViolation(failed))
        return tr("Could not save the child record: the reference %1 is already in use.")
            .arg(child.reference);
    return tr("Could not save the child record.");
}

/// Runs a SELECT of child rows, maps every row, then fills in the children's lists.
domain::Result<std::vector<Child>> fetch(const Database& db, QSqlQuery& query)
{
    const QString failed = tr("Could not read the children's records.");
    if (!sql::exec(query))
        return sql::storageFailure(failed);
    std::vector<Child> children;
    while (query.next())
        children.push_back(rows::readChild(query));
    query.finish();
    if (!readChildLists(db.connection(), children))
        return sql::storageFailure(failed);
    return children;
}

} // namespace

domain::Result<Child> ChildRepository::get(ChildId id,
                                           const Actor& /*actor: seam for read audit*/) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!sql::prepare(
            query,
            QStringLiteral("SELECT %1 FROM child c WHERE c.id = ?").arg(rows::childSelectList())))
        return sql::storageFailure(tr("Could not read the child record."));
    query.bindValue(0, id.value);
    auto found = fetch(m_db, query);
    if (!found)
        return fail(found.error());
    if (found->empty())
        return fail(ErrorCode::NotFound, tr("There is no child record with id %1.").arg(id.value));
    return std::move(found->front());
}

domain::Result<std::optional<Child>> ChildRepository::findByReference(const QString& reference,
                                                                      const Actor& /*actor*/) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!sql::prepare(query, QStringLiteral("SELECT %1 FROM child c WHERE c.reference = ?")
                                 .arg(rows::childSelectList())))
        return sql::storageFailure(tr("Could not read the child record."));
    query.bindValue(0, reference);
    auto found = fetch(m_db, query);
    if (!found)
        return fail(found.error());
    if (found->empty())
        return std::optional<Child>();
    return std::optional<Child>(std::move(found->front()));
}

domain::Result<ChildId> ChildRepository::insert(const Child& child, const Actor& actor)
{
    Q_ASSERT_X(!child.id.isValid(), "ChildRepository::insert", "the child is already saved");
    if (child.id.isValid())
        return fail(ErrorCode::Invalid, tr("This child record has already been saved."));

    Transaction transaction(m_db);
    const QString at = sql::timestamp();
    QSqlQuery query(m_db.connection());
    AuditTrail audit(m_db.connection(), actor, at);
    ChildListsWriter lists(m_db.connection());
    if (!transaction.isActive() || !audit.isReady() || !lists.isReady() ||
        !sql::prepare(query, insertStatement()))
        return sql::storageFailure(tr("Could not save the child record."));
    rows::bindChild(query, child, actor.userId, at);
    if (!sql::exec(query))
        return sql::storageFailure(couldNotSave(child, query));
    const ChildId id{query.lastInsertId().toLongLong()};
    if (!lists.write(id.value, child, false) ||
        !audit.record(QStringLiteral("insert"), entity, id.value))
        return sql::storageFailure(tr("Could not save the child record."));
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return id;
}

domain::Status ChildRepository::update(const Child& child, const Actor& actor)
{
    Transaction transaction(m_db);
    const QString at = sql::timestamp();
    QSqlQuery query(m_db.connection());
    AuditTrail audit(m_db.connection(), actor, at);
    ChildListsWriter lists(m_db.connection());
    if (!transaction.isActive() || !audit.isReady() || !lists.isReady() ||
        !sql::prepare(query, updateStatement()))
        return sql::storageFailure(tr("Could not save the child record."));
    const int next = rows::bindChild(query, child, actor.userId, at);
    query.bindValue(next, child.id.value);
    if (!sql::exec(query))
        return sql::storageFailure(couldNotSave(child, query));
    if (query.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound,
                    tr("There is no child record with id %1.").arg(child.id.value));
    if (!lists.write(child.id.value, child, true) ||
        !audit.record(QStringLiteral("update"), entity, child.id.value))
        return sql::storageFailure(tr("Could not save the child record."));
    return transaction.commit();
}

domain::Status ChildRepository::saveAll(std::vector<Child>& children, const Actor& actor)
{
    // One transaction, each statement prepared once and re-bound per row: this is what makes
    // 100,000 rows take seconds rather than minutes. Every row gets its own audit entry (same
    // prepared statement), so a child's trail is complete however it was saved.
    Transaction transaction(m_db);
    const QString at = sql::timestamp();
    QSqlQuery insert(m_db.connection());
    QSqlQuery update(m_db.connection());
    AuditTrail audit(m_db.connection(), actor, at);
    ChildListsWriter lists(m_db.connection());
    if (!transaction.isActive() || !audit.isReady() || !lists.isReady() ||
        !sql::prepare(insert, insertStatement()) || !sql::prepare(update, updateStatement()))
        return sql::storageFailure(tr("Could not save the children's records."));

    // New ids are written back only after the commit, so a failure leaves the input unchanged.
    std::vector<qint64> newIds(children.size(), 0);
    for (std::size_t i = 0; i < children.size(); ++i) {
        const Child& child = children[i];
        if (child.id.isValid()) {
            const int next = rows::bindChild(update, child, actor.userId, at);
            update.bindValue(next, child.id.value);
            if (!sql::exec(update))
                return sql::storageFailure(couldNotSave(child, update));
            if (update.numRowsAffected() == 0)
                return fail(ErrorCode::NotFound,
                            tr("There is no child record with id %1.").arg(child.id.value));
            if (!lists.write(child.id.value, child, true) ||
                !audit.record(QStringLiteral("update"), entity, child.id.value))
                return sql::storageFailure(tr("Could not save the children's records."));
        } else {
            rows::bindChild(insert, child, actor.userId, at);
            if (!sql::exec(insert))
                return sql::storageFailure(couldNotSave(child, insert));
            newIds[i] = insert.lastInsertId().toLongLong();
            if (!lists.write(newIds[i], child, false) ||
                !audit.record(QStringLiteral("insert"), entity, newIds[i]))
                return sql::storageFailure(tr("Could not save the children's records."));
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    for (std::size_t i = 0; i < children.size(); ++i)
        if (newIds[i] != 0)
            children[i].id = ChildId{newIds[i]};
    return {};
}

domain::Result<std::vector<Child>> ChildRepository::list(const ChildQuery& query,
                                                         const Actor& /*actor*/) const
{
    auto filter = childFilter(query);
    if (!filter)
        return fail(filter.error());
    const sql::Where& where = *filter;
    QSqlQuery select(m_db.connection());
    select.setForwardOnly(true);
    if (!sql::prepare(select, QStringLiteral("SELECT ") + rows::childSelectList() +
                                  QStringLiteral(" FROM child c") + where.clause() +
                                  childOrder(query) + sql::paging(query.limit)))
        return sql::storageFailure(tr("Could not read the children's records."));
    sql::bindPaging(select, where.bind(select), query.limit, query.offset);
    return fetch(m_db, select);
}

domain::Result<int> ChildRepository::count(const ChildQuery& query, const Actor& /*actor*/) const
{
    auto filter = childFilter(query);
    if (!filter)
        return fail(filter.error());
    const sql::Where& where = *filter;
    QSqlQuery select(m_db.connection());
    select.setForwardOnly(true);
    if (!sql::prepare(select, QStringLiteral("SELECT COUNT(*) FROM child c") + where.clause()))
        return sql::storageFailure(tr("Could not count the children's records."));
    where.bind(select);
    if (!sql::exec(select) || !select.next())
        return sql::storageFailure(tr("Could not count the children's records."));
    return select.value(0).toInt();
}

} // namespace permanence::storage
