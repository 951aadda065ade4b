#include "storage/SiblingGroupRepository.h"

#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QSqlQuery>

namespace permanence::storage {

using domain::Actor;
using domain::fail;
using domain::SiblingGroup;

namespace {
const QString entity = QStringLiteral("sibling_group");
} // namespace

domain::Result<std::optional<SiblingGroup>>
SiblingGroupRepository::find(const QString& reference,
                             const Actor& /*actor: seam for read audit*/) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!sql::prepare(query, QStringLiteral("SELECT reference, place_together, apart_reason, "
                                            "notes FROM sibling_group WHERE reference = ?")))
        return sql::storageFailure(tr("Could not read the sibling group."));
    query.bindValue(0, reference);
    if (!sql::exec(query))
        return sql::storageFailure(tr("Could not read the sibling group."));
    if (!query.next())
        return std::optional<SiblingGroup>();
    sql::Reader r(query);
    SiblingGroup group;
    group.reference = r.text();
    group.placeTogether = r.flag();
    group.apartReason = r.text();
    group.notes = r.text();
    return std::optional<SiblingGroup>(std::move(group));
}

domain::Status SiblingGroupRepository::save(const SiblingGroup& group, const Actor& actor)
{
    const QString failed = tr("Could not save the sibling group.");
    Transaction transaction(m_db);
    const QString at = sql::timestamp();
    AuditTrail audit(m_db.connection(), actor, at);
    QSqlQuery existing(m_db.connection());
    existing.setForwardOnly(true);
    if (!transaction.isActive() || !audit.isReady() ||
        !sql::prepare(existing, QStringLiteral("SELECT id FROM sibling_group WHERE reference = ?")))
        return sql::storageFailure(failed);
    existing.bindValue(0, group.reference);
    if (!sql::exec(existing))
        return sql::storageFailure(failed);
    // Look up, then UPDATE or INSERT: portable where UPSERT syntax is not, and the audit row
    // needs the id either way.
    const qint64 foundId = existing.next() ? existing.value(0).toLongLong() : 0;
    existing.finish();

    QSqlQuery write(m_db.connection());
    if (foundId > 0) {
        if (!sql::prepare(write, QStringLiteral("UPDATE sibling_group SET place_together = ?, "
                                                "apart_reason = ?, notes = ?, updated_by = ?, "
                                                "updated_at = ? WHERE id = ?")))
            return sql::storageFailure(failed);
        sql::Binder(write) << sql::flag(group.placeTogether) << sql::text(group.apartReason)
                           << sql::text(group.notes) << sql::text(actor.userId) << at << foundId;
    } else {
        if (!sql::prepare(write, QStringLiteral("INSERT INTO sibling_group (reference, "
                                                "place_together, apart_reason, notes, "
                                                "updated_by, updated_at) VALUES "
                                                "(?, ?, ?, ?, ?, ?)")))
            return sql::storageFailure(failed);
        sql::Binder(write) << sql::text(group.reference) << sql::flag(group.placeTogether)
                           << sql::text(group.apartReason) << sql::text(group.notes)
                           << sql::text(actor.userId) << at;
    }
    if (!sql::exec(write))
        return sql::storageFailure(failed);
    const qint64 id = foundId > 0 ? foundId : write.lastInsertId().toLongLong();
    if (!audit.record(foundId > 0 ? QStringLiteral("update") : QStringLiteral("insert"), entity,
                      id))
        return sql::storageFailure(failed);
    return transaction.commit();
}

} // namespace permanence::storage
