#include "storage/DuplicateCandidates.h"

#include "domain/AdopterHousehold.h"
#include "domain/Dates.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QHash>
#include <QSqlQuery>

namespace permanence::storage {

using domain::SearchKind;

namespace {

/// "(reference_search = ? OR date_of_birth IN (?, ?))" with its values; the dates that are not
/// valid are left out.
QString matchCondition(const QString& referenceColumn, const QString& birthColumn,
                       const QString& reference, const QList<QDate>& birthDates,
                       QVariantList& values)
{
    QStringList either;
    if (!reference.trimmed().isEmpty()) {
        either << referenceColumn + QStringLiteral(" = ?");
        values << sql::searchKey(reference.trimmed());
    }
    QList<QDate> dates;
    for (const QDate& date : birthDates)
        if (date.isValid() && !dates.contains(date))
            dates << date;
    if (!dates.isEmpty()) {
        either << birthColumn + QStringLiteral(" IN (") + sql::placeholders(dates.size()) +
                      QLatin1Char(')');
        for (const QDate& date : dates)
            values << sql::date(date);
    }
    return either.isEmpty()
               ? QString()
               : QLatin1Char('(') + either.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace

domain::Result<std::vector<DuplicateCandidate>>
DuplicateCandidates::children(const QString& reference, const QList<QDate>& birthDates,
                              const domain::Actor& /*actor*/) const
{
    std::vector<DuplicateCandidate> found;
    QVariantList values;
    const QString condition =
        matchCondition(QStringLiteral("reference_search"), QStringLiteral("date_of_birth"),
                       reference, birthDates, values);
    if (condition.isEmpty())
        return found;
    QSqlQuery select(m_db.connection());
    select.setForwardOnly(true);
    if (!sql::prepare(select, QStringLiteral("SELECT id, reference, forename, surname, "
                                             "preferred_name, date_of_birth, council_code, "
                                             "archived FROM child WHERE ") +
                                  condition + QStringLiteral(" ORDER BY id")))
        return sql::storageFailure(tr("Could not look for existing records of this child."));
    for (int i = 0; i < values.size(); ++i)
        select.bindValue(i, values[i]);
    if (!sql::exec(select))
        return sql::storageFailure(tr("Could not look for existing records of this child."));
    while (select.next()) {
        sql::Reader row(select);
        DuplicateCandidate c;
        c.record.kind = SearchKind::Child;
        c.record.id = row.id();
        c.record.reference = row.text();
        domain::PersonIdentity person;
        person.forename = row.text();
        person.surname = row.text();
        person.preferredName = row.text();
        person.dateOfBirth = row.date();
        const QString council = row.text();
        c.record.archived = row.flag();
        const QString known =
            person.preferredName.isEmpty() ? person.forename : person.preferredName;
        c.record.title = QString(known + QLatin1Char(' ') + person.surname).trimmed();
        QStringList detail{c.record.reference};
        if (person.dateOfBirth.isValid())
            detail << tr("born %1").arg(domain::formatDate(person.dateOfBirth));
        if (!council.isEmpty())
            detail << council;
        c.record.detail = detail.join(QStringLiteral(" · "));
        c.people.push_back(std::move(person));
        found.push_back(std::move(c));
    }
    return found;
}

domain::Result<std::vector<DuplicateCandidate>>
DuplicateCandidates::households(const QString& reference, const QList<QDate>& birthDates,
                                const domain::Actor& /*actor*/) const
{
    std::vector<DuplicateCandidate> found;
    QVariantList values;
    const QString condition =
        matchCondition(QStringLiteral("h.reference_search"), QStringLiteral("m.date_of_birth"),
                       reference, birthDates, values);
    if (condition.isEmpty())
        return found;
    // The households that match, then every applicant of each (the title names them all).
    QSqlQuery select(m_db.connection());
    select.setForwardOnly(true);
    if (!sql::prepare(select,
                      QStringLiteral("SELECT h.id, h.reference, h.archived, a.forename, "
                                     "a.surname, a.date_of_birth FROM household h "
                                     "JOIN applicant a ON a.household_id = h.id "
                                     "WHERE h.id IN (SELECT h.id FROM household h "
                                     "LEFT JOIN applicant m ON m.household_id = h.id WHERE ") +
                          condition + QStringLiteral(") ORDER BY h.id, a.position")))
        return sql::storageFailure(tr("Could not look for existing records of this household."));
    for (int i = 0; i < values.size(); ++i)
        select.bindValue(i, values[i]);
    if (!sql::exec(select))
        return sql::storageFailure(tr("Could not look for existing records of this household."));
    domain::AdopterHousehold current;
    const auto finish = [&] {
        if (found.empty())
            return;
        DuplicateCandidate& c = found.back();
        c.record.title = current.displayName();
        QStringList detail{c.record.reference, tr("adopter household")};
        c.record.detail = detail.join(QStringLiteral(" · "));
    };
    while (select.next()) {
        const qint64 id = select.value(0).toLongLong();
        if (found.empty() || found.back().record.id != id) {
            finish();
            DuplicateCandidate c;
            c.record.kind = SearchKind::Household;
            c.record.id = id;
            c.record.reference = select.value(1).toString();
            c.record.archived = sql::toFlag(select.value(2));
            current = {};
            current.reference = c.record.reference;
            found.push_back(std::move(c));
        }
        sql::Reader row(select, 3);
        domain::Applicant applicant;
        applicant.forename = row.text();
        applicant.surname = row.text();
        applicant.dateOfBirth = row.date();
        current.applicants.append(applicant);
        found.back().people.push_back(
            {applicant.forename, applicant.surname, {}, applicant.dateOfBirth});
    }
    finish();
    return found;
}

} // namespace permanence::storage
