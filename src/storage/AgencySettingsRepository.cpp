#include "storage/AgencySettingsRepository.h"

#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlQuery>

namespace permanence::storage {

namespace {

/// The audit trail names the setting in its entity column (settings have no numeric id).
QString auditEntity(const QString& key)
{
    return QStringLiteral("setting:") + key;
}

} // namespace

domain::Result<std::optional<QJsonObject>>
AgencySettingsRepository::get(const QString& key, const domain::Actor& /*actor*/) const
{
    const QString failed = tr("Could not read the agency's settings.");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!sql::prepare(query, QStringLiteral("SELECT setting_value FROM agency_setting "
                                            "WHERE setting_key = ?")))
        return sql::storageFailure(failed);
    query.bindValue(0, key);
    if (!sql::exec(query))
        return sql::storageFailure(failed);
    if (!query.next())
        return std::optional<QJsonObject>{};
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        sql::logFailure("a setting is not a JSON object", key);
        return sql::storageFailure(
            tr("The saved setting \"%1\" is damaged; it was not used.").arg(key));
    }
    return std::optional<QJsonObject>{document.object()};
}

domain::Status AgencySettingsRepository::put(const QString& key, const QJsonObject& value,
                                             const domain::Actor& actor)
{
    const QString failed = tr("Could not save the agency's settings.");
    Transaction transaction(m_db);
    const QString at = sql::timestamp();
    AuditTrail audit(m_db.connection(), actor, at);
    QSqlQuery remove(m_db.connection());
    QSqlQuery insert(m_db.connection());
    // Delete then insert rather than an upsert: portable to PostgreSQL without ON CONFLICT
    // dialect differences, and the transaction makes it one change.
    if (!transaction.isActive() || !audit.isReady() ||
        !sql::prepare(remove, QStringLiteral("DELETE FROM agency_setting WHERE setting_key = ?")) ||
        !sql::prepare(insert, QStringLiteral("INSERT INTO agency_setting (setting_key, "
                                             "setting_value, updated_by, updated_at) "
                                             "VALUES (?, ?, ?, ?)")))
        return sql::storageFailure(failed);
    remove.bindValue(0, key);
    sql::Binder(insert) << key
                        << QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact))
                        << sql::text(actor.userId) << at;
    if (!sql::exec(remove) || !sql::exec(insert) ||
        !audit.record(QStringLiteral("update"), auditEntity(key), 0))
        return sql::storageFailure(failed);
    return transaction.commit();
}

domain::Status AgencySettingsRepository::remove(const QString& key, const domain::Actor& actor)
{
    const QString failed = tr("Could not save the agency's settings.");
    Transaction transaction(m_db);
    AuditTrail audit(m_db.connection(), actor, sql::timestamp());
    QSqlQuery remove(m_db.connection());
    if (!transaction.isActive() || !audit.isReady() ||
        !sql::prepare(remove, QStringLiteral("DELETE FROM agency_setting WHERE setting_key = ?")))
        return sql::storageFailure(failed);
    remove.bindValue(0, key);
    if (!sql::exec(remove) || !audit.record(QStringLiteral("delete"), auditEntity(key), 0))
        return sql::storageFailure(failed);
    return transaction.commit();
}

} // namespace permanence::storage
