#include "storage/AgencyRepository.h"

#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QHash>
#include <QSqlQuery>

namespace permanence::storage {

using domain::Agency;
using domain::ErrorCode;
using domain::fail;

namespace {

/// The agency is a single row; its id is fixed so the audit trail can name it.
constexpr qint64 agencyRowId = 1;

} // namespace

domain::Result<Agency> AgencyRepository::load() const
{
    const QString failed = tr("Could not read the agency's configuration.");
    const QSqlDatabase db = m_db.connection();
    Agency agency;

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!sql::prepare(query, QStringLiteral("SELECT name FROM agency WHERE id = ?")))
        return sql::storageFailure(failed);
    query.bindValue(0, agencyRowId);
    if (!sql::exec(query))
        return sql::storageFailure(failed);
    if (!query.next())
        return fail(ErrorCode::NotFound, tr("The agency has not been set up in this database."));
    agency.name = query.value(0).toString();

    if (!sql::exec(query, QStringLiteral("SELECT code, name FROM council ORDER BY position")))
        return sql::storageFailure(failed);
    while (query.next())
        agency.councils.append({query.value(0).toString(), query.value(1).toString()});

    if (!sql::exec(query, QStringLiteral("SELECT code, name, central FROM hub ORDER BY position")))
        return sql::storageFailure(failed);
    QHash<QString, qsizetype> hubIndex;
    while (query.next()) {
        hubIndex.insert(query.value(0).toString(), agency.hubs.size());
        agency.hubs.append({query.value(0).toString(),
                            query.value(1).toString(),
                            sql::toFlag(query.value(2)),
                            {}});
    }

    if (!sql::exec(query, QStringLiteral("SELECT hub_code, council_code FROM hub_council "
                                         "ORDER BY hub_code, position")))
        return sql::storageFailure(failed);
    while (query.next()) {
        const auto found = hubIndex.constFind(query.value(0).toString());
        if (found != hubIndex.constEnd())
            agency.hubs[*found].councilCodes << query.value(1).toString();
    }
    return agency;
}

domain::Status AgencyRepository::save(const Agency& agency, const domain::Actor& actor)
{
    const QString failed = tr("Could not save the agency's configuration.");
    Transaction transaction(m_db);
    const QSqlDatabase db = m_db.connection();
    const QString at = sql::timestamp();
    AuditTrail audit(db, actor, at);
    if (!transaction.isActive() || !audit.isReady())
        return sql::storageFailure(failed);

    // The configuration is replaced as a whole: it is small, and this keeps the stored order
    // exactly the order given. Children keep their council codes (no foreign key to council).
    QSqlQuery query(db);
    for (const char* table : {"hub_council", "hub", "council"})
        if (!sql::exec(query, QStringLiteral("DELETE FROM ") + QLatin1String(table)))
            return sql::storageFailure(failed);

    if (!sql::prepare(query, QStringLiteral("UPDATE agency SET name = ?, updated_by = ?, "
                                            "updated_at = ? WHERE id = ?")))
        return sql::storageFailure(failed);
    sql::Binder(query) << sql::text(agency.name) << sql::text(actor.userId) << at << agencyRowId;
    if (!sql::exec(query))
        return sql::storageFailure(failed);
    const bool existed = query.numRowsAffected() > 0;
    if (!existed) {
        if (!sql::prepare(query, QStringLiteral("INSERT INTO agency (id, name, updated_by, "
                                                "updated_at) VALUES (?, ?, ?, ?)")))
            return sql::storageFailure(failed);
        sql::Binder(query) << agencyRowId << sql::text(agency.name) << sql::text(actor.userId)
                           << at;
        if (!sql::exec(query))
            return sql::storageFailure(failed);
    }

    if (!sql::prepare(
            query, QStringLiteral("INSERT INTO council (code, name, position) VALUES (?, ?, ?)")))
        return sql::storageFailure(failed);
    for (int i = 0; i < agency.councils.size(); ++i) {
        const auto& council = agency.councils[i];
        sql::Binder(query) << sql::text(council.code) << sql::text(council.name) << i;
        if (!sql::exec(query))
            return sql::storageFailure(failed);
    }

    QSqlQuery link(db);
    if (!sql::prepare(query, QStringLiteral("INSERT INTO hub (code, name, central, position) "
                                            "VALUES (?, ?, ?, ?)")) ||
        !sql::prepare(link, QStringLiteral("INSERT INTO hub_council (hub_code, council_code, "
                                           "position) VALUES (?, ?, ?)")))
        return sql::storageFailure(failed);
    for (int i = 0; i < agency.hubs.size(); ++i) {
        const auto& hub = agency.hubs[i];
        sql::Binder(query) << sql::text(hub.code) << sql::text(hub.name) << sql::flag(hub.central)
                           << i;
        if (!sql::exec(query))
            return sql::storageFailure(failed);
        for (int j = 0; j < hub.councilCodes.size(); ++j) {
            sql::Binder(link) << sql::text(hub.code) << sql::text(hub.councilCodes[j]) << j;
            if (!sql::exec(link))
                return sql::storageFailure(failed);
        }
    }

    if (!audit.record(existed ? QStringLiteral("update") : QStringLiteral("insert"),
                      QStringLiteral("agency"), agencyRowId))
        return sql::storageFailure(failed);
    return transaction.commit();
}

} // namespace permanence::storage
