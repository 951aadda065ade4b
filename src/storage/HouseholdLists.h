#pragma once

#include "domain/AdopterHousehold.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <vector>

namespace permanence::storage {

/// Writes a household's lists: applicants (in order), assessment pauses (in order) and the
/// graded needs it can meet. Prepared once per unit of work, re-bound per household.
class HouseholdListsWriter
{
public:
    explicit HouseholdListsWriter(const QSqlDatabase& db);
    [[nodiscard]] bool isReady() const { return m_ready; }
    /// `replacing` clears the stored lists first (an update). The lists have no identity of
    /// their own outside the household, so replacing them whole is exact.
    [[nodiscard]] bool write(qint64 householdId, const domain::AdopterHousehold& household,
                             bool replacing);
    /// The statement that last failed, for telling a duplicate apart from other failures.
    [[nodiscard]] const QSqlQuery& lastQuery() const { return *m_last; }

private:
    [[nodiscard]] bool run(QSqlQuery& query);

    QSqlQuery m_deleteApplicants;
    QSqlQuery m_deletePauses;
    QSqlQuery m_deleteNeeds;
    QSqlQuery m_insertApplicant;
    QSqlQuery m_insertPause;
    QSqlQuery m_insertNeed;
    const QSqlQuery* m_last = &m_insertApplicant;
    bool m_ready = false;
};

/// Fills in the lists of households already read from the household table, one query per
/// table for a whole page.
[[nodiscard]] bool readHouseholdLists(const QSqlDatabase& db,
                                      std::vector<domain::AdopterHousehold>& households);

} // namespace permanence::storage
