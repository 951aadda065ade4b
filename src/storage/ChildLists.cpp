#include "storage/ChildLists.h"

#include "storage/SqlSupport.h"

#include <QHash>

namespace permanence::storage {

using domain::Child;

ChildListsWriter::ChildListsWriter(const QSqlDatabase& db)
    : m_deleteNeeds(db), m_deletePlans(db), m_deletePlacements(db), m_insertNeed(db),
      m_insertPlan(db), m_insertPlacement(db)
{
    m_ready =
        sql::prepare(m_deleteNeeds,
                     QStringLiteral("DELETE FROM child_health_need WHERE child_id = ?")) &&
        sql::prepare(m_deletePlans,
                     QStringLiteral("DELETE FROM child_contact_plan WHERE child_id = ?")) &&
        sql::prepare(m_deletePlacements,
                     QStringLiteral("DELETE FROM child_past_placement WHERE child_id = ?")) &&
        sql::prepare(m_insertNeed, QStringLiteral("INSERT INTO child_health_need (child_id, "
                                                  "position, category) VALUES (?, ?, ?)")) &&
        sql::prepare(m_insertPlan,
                     QStringLiteral("INSERT INTO child_contact_plan (child_id, position, "
                                    "with_whom, how, frequency) VALUES (?, ?, ?, ?, ?)")) &&
        sql::prepare(m_insertPlacement,
                     QStringLiteral("INSERT INTO child_past_placement (child_id, position, "
                                    "household_id, linked, match_decision, moved_in, ended, "
                                    "reason, review_meeting_held, learning) VALUES (?, ?, ?, ?, "
                                    "?, ?, ?, ?, ?, ?)"));
}

bool ChildListsWriter::write(qint64 childId, const Child& c, bool replacing)
{
    if (!m_ready)
        return false;
    if (replacing) {
        for (QSqlQuery* clear : {&m_deleteNeeds, &m_deletePlans, &m_deletePlacements}) {
            clear->bindValue(0, childId);
            if (!sql::exec(*clear))
                return false;
        }
    }
    for (int i = 0; i < c.healthNeeds.size(); ++i) {
        sql::Binder(m_insertNeed) << childId << i << sql::text(c.healthNeeds[i]);
        if (!sql::exec(m_insertNeed))
            return false;
    }
    for (int i = 0; i < c.contactPlans.size(); ++i) {
        const auto& plan = c.contactPlans[i];
        sql::Binder(m_insertPlan) << childId << i << sql::text(plan.withWhom) << sql::text(plan.how)
                                  << sql::text(plan.frequency);
        if (!sql::exec(m_insertPlan))
            return false;
    }
    for (int i = 0; i < c.pastPlacements.size(); ++i) {
        const auto& p = c.pastPlacements[i];
        sql::Binder(m_insertPlacement)
            << childId << i << sql::id(p.household.value) << sql::date(p.linked)
            << sql::date(p.matchDecision) << sql::date(p.movedIn) << sql::date(p.ended)
            << sql::text(p.reason) << sql::flag(p.reviewMeetingHeld) << sql::text(p.learning);
        if (!sql::exec(m_insertPlacement))
            return false;
    }
    return true;
}

bool readChildLists(const QSqlDatabase& db, std::vector<Child>& children)
{
    if (children.empty())
        return true;
    QList<qint64> ids;
    QHash<qint64, Child*> byId;
    for (Child& c : children) {
        ids << c.id.value;
        byId.insert(c.id.value, &c);
    }
    const auto owner = [&](const QSqlQuery& q) { return byId.value(q.value(0).toLongLong()); };

    return sql::selectForIds(db,
                             QStringLiteral("SELECT child_id, category FROM child_health_need "
                                            "WHERE child_id IN (%1) ORDER BY child_id, position"),
                             ids,
                             [&](const QSqlQuery& q) {
                                 if (Child* c = owner(q))
                                     c->healthNeeds << q.value(1).toString();
                             }) &&
           sql::selectForIds(db,
                             QStringLiteral("SELECT child_id, with_whom, how, frequency FROM "
                                            "child_contact_plan WHERE child_id IN (%1) ORDER BY "
                                            "child_id, position"),
                             ids,
                             [&](const QSqlQuery& q) {
                                 if (Child* c = owner(q))
                                     c->contactPlans.append({q.value(1).toString(),
                                                             q.value(2).toString(),
                                                             q.value(3).toString()});
                             }) &&
           sql::selectForIds(
               db,
               QStringLiteral("SELECT child_id, household_id, linked, match_decision, moved_in, "
                              "ended, reason, review_meeting_held, learning FROM "
                              "child_past_placement WHERE child_id IN (%1) ORDER BY child_id, "
                              "position"),
               ids, [&](const QSqlQuery& q) {
                   Child* c = owner(q);
                   if (!c)
                       return;
                   sql::Reader r(q, 1);
                   domain::PastPlacement p;
                   p.household = domain::HouseholdId{r.id()};
                   p.linked = r.date();
                   p.matchDecision = r.date();
                   p.movedIn = r.date();
                   p.ended = r.date();
                   p.reason = r.text();
                   p.reviewMeetingHeld = r.flag();
                   p.learning = r.text();
                   c->pastPlacements.append(p);
               });
}

} // namespace permanence::storage
