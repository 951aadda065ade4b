#pragma once

#include "domain/Actor.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace permanence::storage {

/// Appends rows to audit_log inside the caller's transaction. The statement is prepared once,
/// so a bulk save can record every row without re-preparing. Records ids and codes only.
class AuditTrail
{
public:
    /// `at` is the timestamp the whole unit of work is stamped with.
    AuditTrail(const QSqlDatabase& db, const domain::Actor& actor, QString at);

    [[nodiscard]] bool isReady() const { return m_ready; }
    /// `action` is "insert" or "update", `entity` "child", "household" or "agency".
    [[nodiscard]] bool record(const QString& action, const QString& entity, qint64 entityId);

private:
    QSqlQuery m_insert;
    QString m_actor;
    QString m_at;
    bool m_ready = false;
};

} // namespace permanence::storage
