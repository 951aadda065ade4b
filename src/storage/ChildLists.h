#pragma once

#include "domain/Child.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <vector>

namespace permanence::storage {

/// Writes a child's lists (health needs, contact plans, past placements), each kept in its own
/// table in the order recorded. Prepared once per unit of work, re-bound per child.
class ChildListsWriter
{
public:
    explicit ChildListsWriter(const QSqlDatabase& db);
    [[nodiscard]] bool isReady() const { return m_ready; }
    /// `replacing` clears the child's stored lists first (an update); an insert has none.
    [[nodiscard]] bool write(qint64 childId, const domain::Child& child, bool replacing);

private:
    QSqlQuery m_deleteNeeds;
    QSqlQuery m_deletePlans;
    QSqlQuery m_deletePlacements;
    QSqlQuery m_insertNeed;
    QSqlQuery m_insertPlan;
    QSqlQuery m_insertPlacement;
    bool m_ready = false;
};

/// Fills in the lists of children already read from the child table: one query per table for
/// a whole page.
[[nodiscard]] bool readChildLists(const QSqlDatabase& db, std::vector<domain::Child>& children);

} // namespace permanence::storage
