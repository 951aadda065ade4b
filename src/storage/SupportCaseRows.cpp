#include "storage/SupportCaseRows.h"

#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QSqlQuery>

namespace permanence::storage::support_rows {

using namespace permanence::domain;

namespace {

const QStringList detailTables = {
    QStringLiteral("support_child"),        QStringLiteral("support_assessment"),
    QStringLiteral("support_plan_service"), QStringLiteral("support_fund_application"),
    QStringLiteral("postbox_agreement"),    QStringLiteral("postbox_item")};

QVariant pence(std::optional<Pence> value)
{
    return value ? QVariant(*value) : QVariant();
}

/// Runs one SELECT over the detail table for every case id, handing each row to `row` with the
/// case it belongs to.
bool readTable(const Database& db, const QHash<qint64, SupportCase*>& cases, const QString& sql,
               const std::function<void(SupportCase&, sql::Reader&)>& row)
{
    return sql::selectForIds(db.connection(), sql, cases.keys(), [&](const QSqlQuery& q) {
        if (SupportCase* sc = cases.value(q.value(0).toLongLong())) {
            sql::Reader r(q, 1);
            row(*sc, r);
        }
    });
}

bool exec(QSqlQuery& q, const QString& statement, const QVariantList& values)
{
    if (!sql::prepare(q, statement))
        return false;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    return sql::exec(q);
}

bool writeDetails(const Database& db, qint64 id, const SupportCase& sc)
{
    QSqlQuery q(db.connection());
    for (int i = 0; i < sc.children.size(); ++i) {
        const SupportChild& c = sc.children[i];
        if (!exec(q,
                  QStringLiteral("INSERT INTO support_child (case_id, number, child_id, name, "
                                 "date_of_birth, adoption_order, placing_authority) VALUES (?, ?, "
                                 "?, ?, ?, ?, ?)"),
                  {id, c.number, sql::id(c.record.value), sql::text(c.name),
                   sql::date(c.dateOfBirth), sql::date(c.adoptionOrder),
                   sql::text(c.placingAuthority)}))
            return false;
    }
    for (int i = 0; i < sc.assessments.size(); ++i) {
        const NeedsAssessment& a = sc.assessments[i];
        if (!exec(q,
                  QStringLiteral("INSERT INTO support_assessment (case_id, position, started_date, "
                                 "completed_date, outcome) VALUES (?, ?, ?, ?, ?)"),
                  {id, i, sql::date(a.started), sql::date(a.completed), sql::text(a.outcome)}))
            return false;
        for (int j = 0; j < a.plan.size(); ++j) {
            const SupportPlanService& s = a.plan[j];
            if (!exec(q,
                      QStringLiteral("INSERT INTO support_plan_service (case_id, "
                                     "assessment_position, position, service, provider, "
                                     "start_date, end_date) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {id, i, j, sql::text(s.service), sql::text(s.provider), sql::date(s.start),
                       sql::date(s.end)}))
                return false;
        }
    }
    for (int i = 0; i < sc.fundApplications.size(); ++i) {
        const SupportFundApplication& f = sc.fundApplications[i];
        if (!exec(q,
                  QStringLiteral("INSERT INTO support_fund_application (case_id, position, "
                                 "applied_date, child_number, fund_type, provider, requested, "
                                 "approved, financial_year, match_funding, match_funded_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {id, i, sql::date(f.applied), f.childNumber, fundTypeCode(f.type),
                   sql::text(f.provider), f.requested, pence(f.approved), f.financialYear.startYear,
                   f.matchFunding, sql::text(f.matchFundedBy)}))
            return false;
    }
    for (int i = 0; i < sc.postBox.size(); ++i) {
        const PostBoxAgreement& p = sc.postBox[i];
        if (!exec(q,
                  QStringLiteral("INSERT INTO postbox_agreement (case_id, position, "
                                 "birth_relative, direction, every_months, start_date, "
                                 "ended_date) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {id, i, sql::text(p.birthRelative), postBoxDirectionCode(p.direction),
                   p.everyMonths, sql::date(p.start), sql::date(p.ended)}))
            return false;
        for (int j = 0; j < p.items.size(); ++j) {
            const PostBoxItem& item = p.items[j];
            if (!exec(q,
                      QStringLiteral("INSERT INTO postbox_item (case_id, agreement_position, "
                                     "position, received_date, from_party, exchanged_date) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"),
                      {id, i, j, sql::date(item.received), postBoxPartyCode(item.from),
                       sql::date(item.exchanged)}))
                return false;
        }
    }
    return true;
}

} // namespace

bool readDetails(const Database& db, const QHash<qint64, SupportCase*>& cases)
{
    if (cases.isEmpty())
        return true;
    return readTable(db, cases,
                     QStringLiteral("SELECT case_id, number, child_id, name, date_of_birth, "
                                    "adoption_order, placing_authority FROM support_child WHERE "
                                    "case_id IN (%1) ORDER BY case_id, number"),
                     [](SupportCase& sc, sql::Reader& r) {
                         SupportChild c;
                         c.number = r.integer();
                         c.record = ChildId{r.id()};
                         c.name = r.text();
                         c.dateOfBirth = r.date();
                         c.adoptionOrder = r.date();
                         c.placingAuthority = r.text();
                         sc.children << c;
                     }) &&
           readTable(db, cases,
                     QStringLiteral("SELECT case_id, started_date, completed_date, outcome FROM "
                                    "support_assessment WHERE case_id IN (%1) ORDER BY case_id, "
                                    "position"),
                     [](SupportCase& sc, sql::Reader& r) {
                         NeedsAssessment a;
                         a.started = r.date();
                         a.completed = r.date();
                         a.outcome = r.text();
                         sc.assessments << a;
                     }) &&
           readTable(db, cases,
                     QStringLiteral("SELECT case_id, assessment_position, service, provider, "
                                    "start_date, end_date FROM support_plan_service WHERE case_id "
                                    "IN (%1) ORDER BY case_id, assessment_position, position"),
                     [](SupportCase& sc, sql::Reader& r) {
                         const int at = r.integer();
                         SupportPlanService s;
                         s.service = r.text();
                         s.provider = r.text();
                         s.start = r.date();
                         s.end = r.date();
                         if (at >= 0 && at < sc.assessments.size())
                             sc.assessments[at].plan << s;
                     }) &&
           readTable(db, cases,
                     QStringLiteral("SELECT case_id, applied_date, child_number, fund_type, "
                                    "provider, requested, approved, financial_year, "
                                    "match_funding, match_funded_by FROM support_fund_application "
                                    "WHERE case_id IN (%1) ORDER BY case_id, position"),
                     [](SupportCase& sc, sql::Reader& r) {
                         SupportFundApplication f;
                         f.applied = r.date();
                         f.childNumber = r.integer();
                         f.type = fundTypeFromCode(r.text()).value_or(FundType::Therapy);
                         f.provider = r.text();
                         f.requested = r.id();
                         const QVariant approved = r.next();
                         if (!approved.isNull())
                             f.approved = approved.toLongLong();
                         f.financialYear = ReportingYear{r.integer()};
                         f.matchFunding = r.id();
                         f.matchFundedBy = r.text();
                         sc.fundApplications << f;
                     }) &&
           readTable(db, cases,
                     QStringLiteral("SELECT case_id, birth_relative, direction, every_months, "
                                    "start_date, ended_date FROM postbox_agreement WHERE case_id "
                                    "IN (%1) ORDER BY case_id, position"),
                     [](SupportCase& sc, sql::Reader& r) {
                         PostBoxAgreement p;
                         p.birthRelative = r.text();
                         p.direction = postBoxDirectionFromCode(r.text()).value_or(
                             PostBoxDirection::BothWays);
                         p.everyMonths = r.integer();
                         p.start = r.date();
                         p.ended = r.date();
                         sc.postBox << p;
                     }) &&
           readTable(db, cases,
                     QStringLiteral("SELECT case_id, agreement_position, received_date, "
                                    "from_party, exchanged_date FROM postbox_item WHERE case_id "
                                    "IN (%1) ORDER BY case_id, agreement_position, position"),
                     [](SupportCase& sc, sql::Reader& r) {
                         const int at = r.integer();
                         PostBoxItem item;
                         item.received = r.date();
                         item.from =
                             postBoxPartyFromCode(r.text()).value_or(PostBoxParty::AdoptiveFamily);
                         item.exchanged = r.date();
                         if (at >= 0 && at < sc.postBox.size())
                             sc.postBox[at].items << item;
                     });
}

Result<qint64> write(const Database& db, const SupportCase& sc, const Actor& actor)
{
    const QString failed = tr("Could not save the support case.");
    const QString at = sql::timestamp();
    AuditTrail audit(db.connection(), actor, at);
    if (!audit.isReady())
        return sql::storageFailure(failed);
    const bool updating = sc.id.isValid();
    QVariantList values = {sql::id(sc.household.value),    sql::text(sc.familyName),
                           sql::text(sc.hubCode),          sql::date(sc.referral),
                           referralSourceCode(sc.source),  sql::text(sc.worker),
                           sql::text(sc.residenceCouncil), sql::date(sc.closed),
                           sql::text(actor.userId),        at};
    QSqlQuery row(db.connection());
    if (updating) {
        values << sc.id.value;
        if (!exec(row,
                  QStringLiteral("UPDATE support_case SET household_id = ?, family_name = ?, "
                                 "hub_code = ?, referral_date = ?, referral_source = ?, worker = "
                                 "?, residence_council = ?, closed_date = ?, updated_by = ?, "
                                 "updated_at = ? WHERE id = ?"),
                  values))
            return sql::storageFailure(failed);
        if (row.numRowsAffected() == 0)
            return fail(ErrorCode::NotFound,
                        tr("There is no support case with id %1.").arg(sc.id.value));
    } else if (!exec(row,
                     QStringLiteral("INSERT INTO support_case (household_id, family_name, "
                                    "hub_code, referral_date, referral_source, worker, "
                                    "residence_council, closed_date, updated_by, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     values)) {
        return sql::storageFailure(failed);
    }
    const qint64 id = updating ? sc.id.value : row.lastInsertId().toLongLong();
    // Detail rows have no identity outside their case, so replacing them whole is exact; the
    // service refuses an edit that would drop any of them (records are kept).
    if (updating) {
        QSqlQuery clear(db.connection());
        for (const QString& table : detailTables)
            if (!exec(clear, QStringLiteral("DELETE FROM %1 WHERE case_id = ?").arg(table), {id}))
                return sql::storageFailure(failed);
    }
    if (!writeDetails(db, id, sc))
        return sql::storageFailure(failed);
    if (!audit.record(updating ? QStringLiteral("update") : QStringLiteral("insert"),
                      QStringLiteral("support_case"), id))
        return sql::storageFailure(failed);
    return id;
}

} // namespace permanence::storage::support_rows
