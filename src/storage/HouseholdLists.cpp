#include "storage/HouseholdLists.h"

#include "storage/HouseholdRows.h"
#include "storage/SqlSupport.h"

#include <QHash>

namespace permanence::storage {

using domain::AdopterHousehold;

HouseholdListsWriter::HouseholdListsWriter(const QSqlDatabase& db)
    : m_deleteApplicants(db), m_deletePauses(db), m_deleteNeeds(db), m_insertApplicant(db),
      m_insertPause(db), m_insertNeed(db)
{
    const QStringList& applicantColumns = rows::applicantWriteColumns();
    m_ready =
        sql::prepare(m_deleteApplicants,
                     QStringLiteral("DELETE FROM applicant WHERE household_id = ?")) &&
        sql::prepare(m_deletePauses,
                     QStringLiteral("DELETE FROM household_pause WHERE household_id = ?")) &&
        sql::prepare(m_deleteNeeds,
                     QStringLiteral("DELETE FROM household_need WHERE household_id = ?")) &&
        sql::prepare(m_insertApplicant, QStringLiteral("INSERT INTO applicant (%1) VALUES (%2)")
                                            .arg(applicantColumns.join(QStringLiteral(", ")),
                                                 sql::placeholders(applicantColumns.size()))) &&
        sql::prepare(m_insertPause,
                     QStringLiteral("INSERT INTO household_pause (household_id, position, "
                                    "from_date, to_date, reason) VALUES (?, ?, ?, ?, ?)")) &&
        sql::prepare(m_insertNeed, QStringLiteral("INSERT INTO household_need (household_id, "
                                                  "category, grade) VALUES (?, ?, ?)"));
}

bool HouseholdListsWriter::run(QSqlQuery& query)
{
    m_last = &query;
    return sql::exec(query);
}

bool HouseholdListsWriter::write(qint64 id, const AdopterHousehold& h, bool replacing)
{
    if (!m_ready)
        return false;
    if (replacing) {
        for (QSqlQuery* clear : {&m_deleteApplicants, &m_deletePauses, &m_deleteNeeds}) {
            clear->bindValue(0, id);
            if (!run(*clear))
                return false;
        }
    }
    for (int i = 0; i < h.applicants.size(); ++i) {
        rows::bindApplicant(m_insertApplicant, id, i, h.applicants[i]);
        if (!run(m_insertApplicant))
            return false;
    }
    for (int i = 0; i < h.pauses.size(); ++i) {
        const auto& pause = h.pauses[i];
        sql::Binder(m_insertPause)
            << id << i << sql::date(pause.from) << sql::date(pause.to) << sql::text(pause.reason);
        if (!run(m_insertPause))
            return false;
    }
    for (auto need = h.terms.needs.cbegin(); need != h.terms.needs.cend(); ++need) {
        sql::Binder(m_insertNeed) << id << sql::text(need.key())
                                  << rows::needGradeCode(need.value());
        if (!run(m_insertNeed))
            return false;
    }
    return true;
}

bool readHouseholdLists(const QSqlDatabase& db, std::vector<AdopterHousehold>& households)
{
    if (households.empty())
        return true;
    QList<qint64> ids;
    QHash<qint64, AdopterHousehold*> byId;
    for (AdopterHousehold& h : households) {
        ids << h.id.value;
        byId.insert(h.id.value, &h);
    }
    const auto owner = [&](const QSqlQuery& q) { return byId.value(q.value(0).toLongLong()); };

    return sql::selectForIds(db,
                             QStringLiteral("SELECT household_id, %1 FROM applicant WHERE "
                                            "household_id IN (%2) ORDER BY household_id, position")
                                 .arg(rows::applicantSelectList(), QStringLiteral("%1")),
                             ids,
                             [&](const QSqlQuery& q) {
                                 if (AdopterHousehold* h = owner(q))
                                     h->applicants.append(rows::readApplicant(q, 1));
                             }) &&
           sql::selectForIds(db,
                             QStringLiteral("SELECT household_id, from_date, to_date, reason FROM "
                                            "household_pause WHERE household_id IN (%1) ORDER BY "
                                            "household_id, position"),
                             ids,
                             [&](const QSqlQuery& q) {
                                 if (AdopterHousehold* h = owner(q))
                                     h->pauses.append({sql::toDate(q.value(1)),
                                                       sql::toDate(q.value(2)),
                                                       q.value(3).toString()});
                             }) &&
           sql::selectForIds(db,
                             QStringLiteral("SELECT household_id, category, grade FROM "
                                            "household_need WHERE household_id IN (%1)"),
                             ids, [&](const QSqlQuery& q) {
                                 if (AdopterHousehold* h = owner(q))
                                     h->terms.needs.insert(
                                         q.value(1).toString(),
                                         rows::needGradeFromCode(q.value(2).toString()));
                             });
}

} // namespace permanence::storage
