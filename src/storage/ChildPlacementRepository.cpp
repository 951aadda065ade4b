#include "storage/ChildPlacementRepository.h"

#include "storage/AuditTrail.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QHash>
#include <QSqlQuery>

namespace permanence::storage {

using domain::Actor;
using domain::ChildId;
using domain::ChildPlacement;
using domain::ErrorCode;
using domain::fail;
using domain::LinkOutcome;
using domain::LinkRecord;

namespace {

const QString entity = QStringLiteral("child_link");

QString outcomeCode(LinkOutcome o)
{
    switch (o) {
    case LinkOutcome::Current:
        return QStringLiteral("current");
    case LinkOutcome::Ended:
        return QStringLiteral("ended");
    case LinkOutcome::Disrupted:
        return QStringLiteral("disrupted");
    }
    return QStringLiteral("current");
}

LinkOutcome outcomeFromCode(const QString& code)
{
    if (code == QLatin1String("ended"))
        return LinkOutcome::Ended;
    if (code == QLatin1String("disrupted"))
        return LinkOutcome::Disrupted;
    return LinkOutcome::Current;
}

/// Reads the link records of `placements` (one query per chunk of ids), in position order.
bool readLinks(const QSqlDatabase& db, std::vector<ChildPlacement>& placements)
{
    QHash<qint64, ChildPlacement*> byId;
    QList<qint64> ids;
    for (ChildPlacement& p : placements) {
        byId.insert(p.child.id.value, &p);
        ids << p.child.id.value;
    }
    return sql::selectForIds(
        db,
        QStringLiteral("SELECT child_id, household_id, family_finder, introductions_start, "
                       "introductions_end, fee_pence, paying_council, outcome, linked, "
                       "matching_panel, match_decision, ended, end_reason FROM child_link WHERE "
                       "child_id IN (%1) ORDER BY child_id, position"),
        ids, [&](const QSqlQuery& row) {
            sql::Reader r(row);
            ChildPlacement* p = byId.value(r.id());
            if (p == nullptr)
                return;
            LinkRecord l;
            l.household = domain::HouseholdId{r.id()};
            l.familyFinder = r.text();
            l.introductionsStart = r.date();
            l.introductionsEnd = r.date();
            const QVariant pence = r.next();
            const QString council = r.text();
            if (!pence.isNull())
                l.fee = domain::InterAgencyFee{pence.toLongLong(), council};
            l.outcome = outcomeFromCode(r.text());
            l.linked = r.date();
            l.matchingPanel = r.date();
            l.matchDecision = r.date();
            l.ended = r.date();
            l.endReason = r.text();
            p->links.append(l);
        });
}

domain::Result<std::vector<ChildPlacement>>
load(const Database& db, const std::vector<ChildId>& ids, const Actor& actor)
{
    std::vector<ChildPlacement> placements;
    placements.reserve(ids.size());
    const ChildRepository children(db);
    for (ChildId id : ids) {
        auto child = children.get(id, actor);
        if (!child)
            return fail(child.error());
        placements.push_back(ChildPlacement{std::move(*child), {}});
    }
    if (!readLinks(db.connection(), placements))
        return sql::storageFailure(tr("Could not read the links of the children's records."));
    return placements;
}

/// Ids selected by `statement` (no parameters besides the bound `values`).
domain::Result<std::vector<ChildId>> selectIds(const Database& db, const QString& statement,
                                               const QVariantList& values)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!sql::prepare(query, statement))
        return sql::storageFailure(tr("Could not read the current links."));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!sql::exec(query))
        return sql::storageFailure(tr("Could not read the current links."));
    std::vector<ChildId> ids;
    while (query.next())
        ids.push_back(ChildId{query.value(0).toLongLong()});
    return ids;
}

const QString currentCondition =
    QStringLiteral("c.household_id IS NOT NULL AND c.adoption_order IS NULL AND c.archived = 0");

} // namespace

domain::Result<ChildPlacement> ChildPlacementRepository::get(ChildId id, const Actor& actor) const
{
    auto found = load(m_db, {id}, actor);
    if (!found)
        return fail(found.error());
    return std::move(found->front());
}

domain::Result<std::vector<ChildPlacement>>
ChildPlacementRepository::get(const std::vector<ChildId>& ids, const Actor& actor) const
{
    return load(m_db, ids, actor);
}

domain::Status ChildPlacementRepository::save(const std::vector<ChildPlacement>& placements,
                                              const Actor& actor)
{
    const QString failed = tr("Could not save the links of the children's records.");
    Transaction transaction(m_db);
    const QString at = sql::timestamp();
    QSqlQuery clear(m_db.connection());
    QSqlQuery insert(m_db.connection());
    AuditTrail audit(m_db.connection(), actor, at);
    if (!transaction.isActive() || !audit.isReady() ||
        !sql::prepare(clear, QStringLiteral("DELETE FROM child_link WHERE child_id = ?")) ||
        !sql::prepare(insert,
                      QStringLiteral("INSERT INTO child_link (child_id, position, household_id, "
                                     "family_finder, introductions_start, introductions_end, "
                                     "fee_pence, paying_council, outcome, linked, "
                                     "matching_panel, match_decision, ended, end_reason, "
                                     "updated_by, updated_at) VALUES (%1)")
                          .arg(sql::placeholders(16))))
        return sql::storageFailure(failed);

    // The child rows first, as a savepoint inside this transaction: a refusal there undoes
    // the whole unit of work.
    std::vector<domain::Child> children;
    children.reserve(placements.size());
    for (const ChildPlacement& p : placements) {
        Q_ASSERT_X(p.child.id.isValid(), "ChildPlacementRepository::save", "unsaved child");
        if (!p.child.id.isValid())
            return fail(ErrorCode::Invalid, tr("Save the child's record before linking it."));
        children.push_back(p.child);
    }
    if (auto saved = ChildRepository(m_db).saveAll(children, actor); !saved)
        return saved;

    for (const ChildPlacement& p : placements) {
        const qint64 childId = p.child.id.value;
        clear.bindValue(0, childId);
        if (!sql::exec(clear))
            return sql::storageFailure(failed);
        for (int i = 0; i < p.links.size(); ++i) {
            const LinkRecord& l = p.links.at(i);
            sql::Binder(insert) << childId << i << sql::id(l.household.value)
                                << sql::text(l.familyFinder) << sql::date(l.introductionsStart)
                                << sql::date(l.introductionsEnd)
                                << (l.fee ? QVariant(l.fee->pence) : QVariant())
                                << sql::text(l.fee ? l.fee->payingCouncil : QString())
                                << outcomeCode(l.outcome) << sql::date(l.linked)
                                << sql::date(l.matchingPanel) << sql::date(l.matchDecision)
                                << sql::date(l.ended) << sql::text(l.endReason)
                                << sql::text(actor.userId) << at;
            if (!sql::exec(insert))
                return sql::storageFailure(failed);
        }
        if (!audit.record(QStringLiteral("update"), entity, childId))
            return sql::storageFailure(failed);
    }
    return transaction.commit();
}

domain::Result<std::vector<ChildPlacement>>
ChildPlacementRepository::current(int offset, int limit, const Actor& actor) const
{
    QVariantList values;
    QString statement = QStringLiteral("SELECT c.id FROM child c WHERE ") + currentCondition +
                        QStringLiteral(" ORDER BY c.linked, c.id");
    if (limit > 0) {
        statement += QStringLiteral(" LIMIT ? OFFSET ?");
        values << limit << offset;
    }
    auto ids = selectIds(m_db, statement, values);
    if (!ids)
        return fail(ids.error());
    return load(m_db, *ids, actor);
}

domain::Result<int> ChildPlacementRepository::currentCount(const Actor& /*actor*/) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!sql::prepare(query,
                      QStringLiteral("SELECT COUNT(*) FROM child c WHERE ") + currentCondition) ||
        !sql::exec(query) || !query.next())
        return sql::storageFailure(tr("Could not count the current links."));
    return query.value(0).toInt();
}

domain::Result<std::vector<ChildId>>
ChildPlacementRepository::childrenWith(domain::HouseholdId household, const Actor& /*actor*/) const
{
    return selectIds(m_db,
                     QStringLiteral("SELECT c.id FROM child c WHERE c.household_id = ? AND "
                                    "c.adoption_order IS NULL AND c.plan_change_date IS NULL AND "
                                    "c.archived = 0 ORDER BY c.id"),
                     {household.value});
}

} // namespace permanence::storage
