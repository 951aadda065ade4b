#include "storage/SupportCaseRepository.h"

#include "storage/Database.h"
#include "storage/SqlSupport.h"
#include "storage/SupportCaseRows.h"

#include <QHash>
#include <QSqlQuery>

namespace permanence::storage {

using domain::Actor;
using domain::ErrorCode;
using domain::fail;
using domain::SupportCase;
using domain::SupportCaseId;

namespace {

const QString caseColumns =
    QStringLiteral("c.id, c.household_id, c.family_name, c.hub_code, c.referral_date, "
                   "c.referral_source, c.worker, c.residence_council, c.closed_date");

SupportCase readCase(const QSqlQuery& q)
{
    sql::Reader r(q);
    SupportCase sc;
    sc.id = SupportCaseId{r.id()};
    sc.household = domain::HouseholdId{r.id()};
    sc.familyName = r.text();
    sc.hubCode = r.text();
    sc.referral = r.date();
    sc.source = domain::referralSourceFromCode(r.text()).value_or(domain::ReferralSource::Other);
    sc.worker = r.text();
    sc.residenceCouncil = r.text();
    sc.closed = r.date();
    return sc;
}

sql::Where whereOf(const SupportCaseQuery& query)
{
    sql::Where where;
    if (!query.hubCode.isEmpty()) {
        where.conditions << QStringLiteral("c.hub_code = ?");
        where.values << query.hubCode;
    }
    if (!query.worker.isEmpty()) {
        where.conditions << QStringLiteral("c.worker = ?");
        where.values << query.worker;
    }
    if (query.openOnly)
        where.conditions << QStringLiteral("c.closed_date IS NULL");
    return where;
}

/// Runs a SELECT of whole case rows (columns `caseColumns`), then reads their detail tables.
domain::Result<std::vector<SupportCase>> fetch(const Database& db, QSqlQuery& select)
{
    const QString failed = tr("Could not read the support cases.");
    if (!sql::exec(select))
        return sql::storageFailure(failed);
    std::vector<SupportCase> cases;
    while (select.next())
        cases.push_back(readCase(select));
    select.finish();
    QHash<qint64, SupportCase*> byId;
    for (SupportCase& sc : cases)
        byId.insert(sc.id.value, &sc);
    if (!support_rows::readDetails(db, byId))
        return sql::storageFailure(failed);
    return cases;
}

} // namespace

domain::Result<std::vector<SupportCaseSummary>>
SupportCaseRepository::list(const SupportCaseQuery& query,
                            const Actor& /*actor: seam for read audit*/) const
{
    const sql::Where where = whereOf(query);
    QSqlQuery select(m_db.connection());
    select.setForwardOnly(true);
    if (!sql::prepare(
            select, QStringLiteral("SELECT c.id, c.family_name, c.hub_code, c.worker, "
                                   "c.referral_date, c.closed_date, (SELECT COUNT(*) FROM "
                                   "support_child k WHERE k.case_id = c.id) FROM support_case c") +
                        where.clause() +
                        QStringLiteral(" ORDER BY c.referral_date DESC, c.id DESC") +
                        sql::paging(query.limit)))
        return sql::storageFailure(tr("Could not read the support cases."));
    const int next = where.bind(select);
    sql::bindPaging(select, next, query.limit, query.offset);
    if (!sql::exec(select))
        return sql::storageFailure(tr("Could not read the support cases."));
    std::vector<SupportCaseSummary> rows;
    while (select.next()) {
        sql::Reader r(select);
        SupportCaseSummary s;
        s.id = SupportCaseId{r.id()};
        s.familyName = r.text();
        s.hubCode = r.text();
        s.worker = r.text();
        s.referral = r.date();
        s.closed = r.date();
        s.children = r.integer();
        rows.push_back(s);
    }
    return rows;
}

domain::Result<int> SupportCaseRepository::count(const SupportCaseQuery& query,
                                                 const Actor& /*actor*/) const
{
    const sql::Where where = whereOf(query);
    QSqlQuery select(m_db.connection());
    select.setForwardOnly(true);
    if (!sql::prepare(select,
                      QStringLiteral("SELECT COUNT(*) FROM support_case c") + where.clause()))
        return sql::storageFailure(tr("Could not count the support cases."));
    where.bind(select);
    if (!sql::exec(select) || !select.next())
        return sql::storageFailure(tr("Could not count the support cases."));
    return select.value(0).toInt();
}

domain::Result<SupportCase> SupportCaseRepository::get(SupportCaseId id,
                                                       const Actor& /*actor*/) const
{
    QSqlQuery select(m_db.connection());
    select.setForwardOnly(true);
    if (!sql::prepare(
            select,
            QStringLiteral("SELECT %1 FROM support_case c WHERE c.id = ?").arg(caseColumns)))
        return sql::storageFailure(tr("Could not read the support case."));
    select.bindValue(0, id.value);
    auto found = fetch(m_db, select);
    if (!found)
        return fail(found.error());
    if (found->empty())
        return fail(ErrorCode::NotFound, tr("There is no support case with id %1.").arg(id.value));
    return std::move(found->front());
}

domain::Result<std::vector<SupportCase>>
SupportCaseRepository::openCases(const Actor& /*actor*/) const
{
    QSqlQuery select(m_db.connection());
    select.setForwardOnly(true);
    if (!sql::prepare(select, QStringLiteral("SELECT %1 FROM support_case c WHERE c.closed_date "
                                             "IS NULL ORDER BY c.referral_date, c.id")
                                  .arg(caseColumns)))
        return sql::storageFailure(tr("Could not read the support cases."));
    return fetch(m_db, select);
}

domain::Result<SupportCaseId> SupportCaseRepository::insert(const SupportCase& sc,
                                                            const Actor& actor)
{
    Q_ASSERT_X(!sc.id.isValid(), "SupportCaseRepository::insert", "already saved");
    if (sc.id.isValid())
        return fail(ErrorCode::Invalid, tr("This support case has already been saved."));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return sql::storageFailure(tr("Could not save the support case."));
    auto id = support_rows::write(m_db, sc, actor);
    if (!id)
        return fail(id.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return SupportCaseId{*id};
}

domain::Status SupportCaseRepository::update(const SupportCase& sc, const Actor& actor)
{
    if (!sc.id.isValid())
        return fail(ErrorCode::Invalid, tr("This support case has not been saved yet."));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return sql::storageFailure(tr("Could not save the support case."));
    if (auto written = support_rows::write(m_db, sc, actor); !written)
        return fail(written.error());
    return transaction.commit();
}

} // namespace permanence::storage
