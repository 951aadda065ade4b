#include "storage/AuditTrail.h"

#include "storage/SqlSupport.h"

namespace permanence::storage {

AuditTrail::AuditTrail(const QSqlDatabase& db, const domain::Actor& actor, QString at)
    : m_insert(db), m_actor(actor.userId), m_at(std::move(at))
{
    m_ready = sql::prepare(m_insert, QStringLiteral("INSERT INTO audit_log (at, actor, action, "
                                                    "entity, entity_id) VALUES (?, ?, ?, ?, ?)"));
}

bool AuditTrail::record(const QString& action, const QString& entity, qint64 entityId)
{
    if (!m_ready)
        return false;
    sql::Binder(m_insert) << m_at << sql::text(m_actor) << action << entity << entityId;
    return sql::exec(m_insert);
}

} // namespace permanence::storage
