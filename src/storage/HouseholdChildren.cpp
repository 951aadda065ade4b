#include "storage/HouseholdChildren.h"

#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QSqlQuery>

namespace permanence::storage {

domain::Result<std::vector<domain::ChildId>>
HouseholdChildren::of(domain::HouseholdId household, const domain::Actor& /*actor*/) const
{
    const QString failed = tr("Could not read the children placed with this household.");
    QSqlQuery select(m_db.connection());
    select.setForwardOnly(true);
    if (!sql::prepare(select, QStringLiteral("SELECT id FROM child WHERE household_id = ? "
                                             "UNION SELECT child_id FROM child_past_placement "
                                             "WHERE household_id = ? ORDER BY 1")))
        return sql::storageFailure(failed);
    sql::Binder(select) << household.value << household.value;
    if (!sql::exec(select))
        return sql::storageFailure(failed);
    std::vector<domain::ChildId> ids;
    while (select.next())
        ids.push_back(domain::ChildId{select.value(0).toLongLong()});
    return ids;
}

} // namespace permanence::storage
