#include "storage/HouseholdRepository.h"

#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/HouseholdLists.h"
#include "storage/HouseholdRows.h"
#include "storage/HouseholdStageSql.h"
#include "storage/SqlSupport.h"

#include <QSqlQuery>

namespace permanence::storage {

using domain::Actor;
using domain::AdopterHousehold;
using domain::ErrorCode;
using domain::fail;
using domain::HouseholdId;

namespace {

const QString entity = QStringLiteral("household");

QString couldNotSave(const AdopterHousehold& household, const QSqlQuery& failed)
{
    if (sql::isUniqueViolation(failed))
        return tr("Could not save the household record: the reference %1 is already in use.")
            .arg(household.reference);
    return tr("Could not save the household record.");
}

/// The statements that write households, prepared once per unit of work and re-bound per
/// household, so saveAll costs one prepare per statement however many rows it writes.
class HouseholdWriter
{
public:
    HouseholdWriter(const Database& db, const Actor& actor)
        : m_insert(db.connection()), m_update(db.connection()), m_lists(db.connection()),
          m_at(sql::timestamp()), m_audit(db.connection(), actor, m_at), m_userId(actor.userId)
    {
        const QStringList& columns = rows::householdWriteColumns();
        m_ready = m_audit.isReady() && m_lists.isReady() &&
                  sql::prepare(m_insert, QStringLiteral("INSERT INTO household (%1) VALUES (%2)")
                                             .arg(columns.join(QStringLiteral(", ")),
                                                  sql::placeholders(columns.size()))) &&
                  sql::prepare(m_update, QStringLiteral("UPDATE household SET %1 WHERE id = ?")
                                             .arg(sql::assignments(columns)));
    }

    [[nodiscard]] bool isReady() const { return m_ready; }

    /// Inserts or updates one household with its lists; returns its id.
    [[nodiscard]] domain::Result<qint64> write(const AdopterHousehold& h)
    {
        qint64 id = h.id.value;
        if (h.id.isValid()) {
            const int next = rows::bindHousehold(m_update, h, m_userId, m_at);
            m_update.bindValue(next, id);
            if (!sql::exec(m_update))
                return sql::storageFailure(couldNotSave(h, m_update));
            if (m_update.numRowsAffected() == 0)
                return fail(ErrorCode::NotFound,
                            tr("There is no household record with id %1.").arg(id));
        } else {
            rows::bindHousehold(m_insert, h, m_userId, m_at);
            if (!sql::exec(m_insert))
                return sql::storageFailure(couldNotSave(h, m_insert));
            id = m_insert.lastInsertId().toLongLong();
        }
        if (!m_lists.write(id, h, h.id.isValid()))
            return sql::storageFailure(couldNotSave(h, m_lists.lastQuery()));
        if (!m_audit.record(h.id.isValid() ? QStringLiteral("update") : QStringLiteral("insert"),
                            entity, id))
            return sql::storageFailure(tr("Could not save the household record."));
        return id;
    }

private:
    QSqlQuery m_insert;
    QSqlQuery m_update;
    HouseholdListsWriter m_lists;
    QString m_at;
    AuditTrail m_audit;
    QString m_userId;
    bool m_ready = false;
};

sql::Where filterFor(const HouseholdQuery& query)
{
    sql::Where where;
    if (!query.includeArchived)
        where.conditions << QStringLiteral("h.archived = 0");
    if (!query.hubCode.isEmpty()) {
        where.conditions << QStringLiteral("h.hub_code = ?");
        where.values << query.hubCode;
    }
    if (query.source) {
        where.conditions << QStringLiteral("h.source = ?");
        where.values << domain::adopterSourceCode(*query.source);
    }
    if (const QString text = query.text.trimmed(); !text.isEmpty()) {
        const sql::PrefixRange range = sql::prefixRange(text);
        const QString byReference =
            sql::startsWith(QStringLiteral("h.reference_search"), range, where.values);
        // IN rather than a correlated EXISTS: the subquery is driven by the applicant name
        // indexes instead of running once per household.
        const QString byForename =
            sql::startsWith(QStringLiteral("a.forename_search"), range, where.values);
        const QString bySurname =
            sql::startsWith(QStringLiteral("a.surname_search"), range, where.values);
        where.conditions << QStringLiteral("(%1 OR h.id IN (SELECT a.household_id FROM applicant "
                                           "a WHERE %2 OR %3))")
                                .arg(byReference, byForename, bySurname);
    }
    if (query.stage && query.on.isValid())
        where.conditions << householdStageCondition(query.on, *query.stage, where.values);
    return where;
}

QString orderFor(const HouseholdQuery& query)
{
    const Qt::SortOrder o = query.order;
    sql::OrderBy by;
    switch (query.sort) {
    case HouseholdSort::Reference:
        by.text(QStringLiteral("h.reference_search"), o);
        break;
    case HouseholdSort::Name:
        // The first applicant's name; COALESCE keeps a household without applicants in order.
        by.text(QStringLiteral("COALESCE(fa.surname_search, '')"), o)
            .text(QStringLiteral("COALESCE(fa.forename_search, '')"), o);
        break;
    case HouseholdSort::Hub:
        by.text(QStringLiteral("h.hub_code"), o).text(QStringLiteral("h.reference_search"), o);
        break;
    case HouseholdSort::Source:
        // 'own' < 'raa' < 'vaa' is also the order children are placed in (003 §5.1).
        by.text(QStringLiteral("h.source"), o).text(QStringLiteral("h.reference_search"), o);
        break;
    case HouseholdSort::Enquiry:
        by.date(QStringLiteral("h.enquiry"), o);
        break;
    case HouseholdSort::Approval:
        by.date(QStringLiteral("h.approval"), o);
        break;
    }
    return by.clause(QStringLiteral("h.id"), o);
}

/// Runs a SELECT of household rows, then fills in each household's lists.
domain::Result<std::vector<AdopterHousehold>> fetch(const Database& db, QSqlQuery& select)
{
    const QString failed = tr("Could not read the households' records.");
    if (!sql::exec(select))
        return sql::storageFailure(failed);
    std::vector<AdopterHousehold> households;
    while (select.next())
        households.push_back(rows::readHousehold(select));
    select.finish();
    if (!readHouseholdLists(db.connection(), households))
        return sql::storageFailure(failed);
    return households;
}

/// The stage is derived on a date (domain/HouseholdStage.h), so a stage filter needs one.
domain::Status checkSupported(const HouseholdQuery& query)
{
    if (query.stage && !query.on.isValid())
        return fail(ErrorCode::Invalid, tr("Filtering households by stage needs a date."));
    return {};
}

} // namespace

domain::Result<AdopterHousehold>
HouseholdRepository::get(HouseholdId id, const Actor& /*actor: seam for read audit*/) const
{
    QSqlQuery select(m_db.connection());
    select.setForwardOnly(true);
    if (!sql::prepare(select, QStringLiteral("SELECT %1 FROM household h WHERE h.id = ?")
                                  .arg(rows::householdSelectList())))
        return sql::storageFailure(tr("Could not read the household record."));
    select.bindValue(0, id.value);
    auto found = fetch(m_db, select);
    if (!found)
        return fail(found.error());
    if (found->empty())
        return fail(ErrorCode::NotFound,
                    tr("There is no household record with id %1.").arg(id.value));
    return std::move(found->front());
}

domain::Result<HouseholdId> HouseholdRepository::insert(const AdopterHousehold& household,
                                                        const Actor& actor)
{
    Q_ASSERT_X(!household.id.isValid(), "HouseholdRepository::insert", "already saved");
    if (household.id.isValid())
        return fail(ErrorCode::Invalid, tr("This household record has already been saved."));
    Transaction transaction(m_db);
    HouseholdWriter writer(m_db, actor);
    if (!transaction.isActive() || !writer.isReady())
        return sql::storageFailure(tr("Could not save the household record."));
    auto id = writer.write(household);
    if (!id)
        return fail(id.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return HouseholdId{*id};
}

domain::Status HouseholdRepository::update(const AdopterHousehold& household, const Actor& actor)
{
    Transaction transaction(m_db);
    HouseholdWriter writer(m_db, actor);
    if (!transaction.isActive() || !writer.isReady())
        return sql::storageFailure(tr("Could not save the household record."));
    if (auto written = writer.write(household); !written)
        return fail(written.error());
    return transaction.commit();
}

domain::Status HouseholdRepository::saveAll(std::vector<AdopterHousehold>& households,
                                            const Actor& actor)
{
    // Same shape as ChildRepository::saveAll: one transaction, statements prepared once, one
    // audit row per household, new ids written back only once everything has committed.
    Transaction transaction(m_db);
    HouseholdWriter writer(m_db, actor);
    if (!transaction.isActive() || !writer.isReady())
        return sql::storageFailure(tr("Could not save the households' records."));
    std::vector<qint64> ids;
    ids.reserve(households.size());
    for (const AdopterHousehold& h : households) {
        auto id = writer.write(h);
        if (!id)
            return fail(id.error());
        ids.push_back(*id);
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    for (std::size_t i = 0; i < households.size(); ++i)
        households[i].id = HouseholdId{ids[i]};
    return {};
}

domain::Result<std::vector<AdopterHousehold>>
HouseholdRepository::list(const HouseholdQuery& query, const Actor& /*actor*/) const
{
    if (auto supported = checkSupported(query); !supported)
        return fail(supported.error());
    const sql::Where where = filterFor(query);
    QSqlQuery select(m_db.connection());
    select.setForwardOnly(true);
    if (!sql::prepare(select, QStringLiteral("SELECT ") + rows::householdSelectList() +
                                  QStringLiteral(" FROM household h LEFT JOIN applicant fa ON "
                                                 "fa.household_id = h.id AND fa.position = 0") +
                                  where.clause() + orderFor(query) + sql::paging(query.limit)))
        return sql::storageFailure(tr("Could not read the households' records."));
    sql::bindPaging(select, where.bind(select), query.limit, query.offset);
    return fetch(m_db, select);
}

domain::Result<int> HouseholdRepository::count(const HouseholdQuery& query,
                                               const Actor& /*actor*/) const
{
    if (auto supported = checkSupported(query); !supported)
        return fail(supported.error());
    const sql::Where where = filterFor(query);
    QSqlQuery select(m_db.connection());
    select.setForwardOnly(true);
    if (!sql::prepare(select, QStringLiteral("SELECT COUNT(*) FROM household h") + where.clause()))
        return sql::storageFailure(tr("Could not count the households' records."));
    where.bind(select);
    if (!sql::exec(select) || !select.next())
        return sql::storageFailure(tr("Could not count the households' records."));
    return select.value(0).toInt();
}

domain::Result<QHash<qint64, domain::HouseholdPlacements>>
HouseholdRepository::placements(const std::vector<domain::HouseholdId>& households,
                                const Actor& /*actor*/) const
{
    QHash<qint64, domain::HouseholdPlacements> found;
    if (households.empty())
        return found;
    QSqlQuery select(m_db.connection());
    select.setForwardOnly(true);
    // MIN over ISO date text is the earliest date; NULLs are ignored, as the domain ignores
    // children without the date.
    const QString statement =
        QStringLiteral("SELECT household_id, MIN(linked), MIN(match_decision), MIN(moved_in) "
                       "FROM child WHERE household_id IN (%1) GROUP BY household_id")
            .arg(sql::placeholders(static_cast<qsizetype>(households.size())));
    if (!sql::prepare(select, statement))
        return sql::storageFailure(tr("Could not read the households' placements."));
    for (const domain::HouseholdId id : households)
        select.addBindValue(id.value);
    if (!sql::exec(select))
        return sql::storageFailure(tr("Could not read the households' placements."));
    while (select.next()) {
        domain::HouseholdPlacements p;
        p.firstLinked = sql::toDate(select.value(1));
        p.firstMatched = sql::toDate(select.value(2));
        p.firstMovedIn = sql::toDate(select.value(3));
        found.insert(select.value(0).toLongLong(), p);
    }
    return found;
}

} // namespace permanence::storage
