#include "storage/SearchRecords.h"

#include "domain/Dates.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace permanence::storage {

using domain::SearchKind;
using domain::SearchRecord;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SearchRecords", text);
}

QString joined(const QStringList& parts)
{
    QStringList present;
    for (const QString& part : parts)
        if (!part.trimmed().isEmpty())
            present << part.trimmed();
    return present.join(QStringLiteral(" · "));
}

domain::Status addChildren(const Database& db, std::vector<SearchRecord>& out)
{
    QSqlQuery select(db.connection());
    select.setForwardOnly(true);
    if (!sql::prepare(select,
                      QStringLiteral("SELECT id, reference, forename, surname, "
                                     "preferred_name, date_of_birth, archived FROM child")) ||
        !sql::exec(select))
        return sql::storageFailure(tr("Could not read the children for searching."));
    while (select.next()) {
        SearchRecord r;
        r.kind = SearchKind::Child;
        r.id = select.value(0).toLongLong();
        r.reference = select.value(1).toString();
        const QString forename = select.value(2).toString();
        const QString surname = select.value(3).toString();
        const QString preferred = select.value(4).toString();
        const QString known = preferred.isEmpty() ? forename : preferred;
        r.title = QStringLiteral("%1 %2").arg(known, surname).trimmed();
        const QDate born = sql::toDate(select.value(5));
        r.detail = joined(
            {r.reference,
             preferred.isEmpty() || preferred == forename ? QString()
                                                          : tr("legal forename %1").arg(forename),
             born.isValid() ? tr("born %1").arg(domain::formatDate(born)) : QString()});
        r.names = {forename, surname, preferred};
        r.archived = select.value(6).toInt() != 0;
        out.push_back(std::move(r));
    }
    return {};
}

domain::Status addHouseholds(const Database& db, std::vector<SearchRecord>& out)
{
    QSqlQuery select(db.connection());
    select.setForwardOnly(true);
    if (!sql::prepare(select,
                      QStringLiteral("SELECT h.id, h.reference, h.archived, a.forename, a.surname "
                                     "FROM household h LEFT JOIN applicant a "
                                     "ON a.household_id = h.id ORDER BY h.id, a.position")) ||
        !sql::exec(select))
        return sql::storageFailure(tr("Could not read the households for searching."));
    QStringList forenames;
    QStringList surnames;
    const auto finish = [&] {
        if (out.empty() || out.back().kind != SearchKind::Household)
            return;
        SearchRecord& r = out.back();
        // "Natalie & Sanjay Shaw" when the applicants share a surname, else each in full.
        if (surnames.size() == 2 && surnames[0] == surnames[1])
            r.title = QStringLiteral("%1 & %2 %3").arg(forenames[0], forenames[1], surnames[0]);
        else {
            QStringList people;
            for (qsizetype i = 0; i < forenames.size(); ++i)
                people << QStringLiteral("%1 %2").arg(forenames[i], surnames[i]).trimmed();
            r.title = people.join(QStringLiteral(" & "));
        }
        if (r.title.isEmpty())
            r.title = r.reference;
        r.detail = joined({r.reference, tr("adopter household")});
        r.names = forenames + surnames;
        forenames.clear();
        surnames.clear();
    };
    qint64 current = -1;
    while (select.next()) {
        const qint64 id = select.value(0).toLongLong();
        if (id != current) {
            finish();
            SearchRecord r;
            r.kind = SearchKind::Household;
            r.id = id;
            r.reference = select.value(1).toString();
            r.archived = select.value(2).toInt() != 0;
            out.push_back(std::move(r));
            current = id;
        }
        if (!select.value(3).isNull()) {
            forenames << select.value(3).toString();
            surnames << select.value(4).toString();
        }
    }
    finish();
    return {};
}

} // namespace

domain::Result<std::vector<SearchRecord>> loadSearchRecords(const Database& db,
                                                            const domain::Actor& /*actor*/)
{
    std::vector<SearchRecord> records;
    if (auto children = addChildren(db, records); !children)
        return domain::fail(children.error());
    if (auto households = addHouseholds(db, records); !households)
        return domain::fail(households.error());
    return records;
}

} // namespace permanence::storage
