#include "storage/ChildQuerySql.h"

#include "domain/FamilyFinding.h"
#include "domain/Person.h"

namespace permanence::storage {

using domain::ErrorCode;
using domain::fail;
using domain::FamilyFindingStatus;

namespace {

/// Builds conditions about facts reached on one date, binding that date each time it is used.
class OnDate
{
public:
    OnDate(QDate on, QVariantList& values) : m_on(sql::date(on)), m_values(values) {}

    /// A fact counts on `on` when it is recorded and dated on or before it (as the domain's
    /// `reached`).
    QString reached(const char* column)
    {
        m_values << m_on;
        return QStringLiteral("(%1 IS NOT NULL AND %1 <= ?)").arg(QLatin1String(column));
    }
    QString notReached(const char* column) { return QStringLiteral("NOT ") + reached(column); }

private:
    QVariant m_on;
    QVariantList& m_values;
};

QString statusCode(FamilyFindingStatus status)
{
    return QString::number(static_cast<int>(status));
}

/// familyFindingStatus() as a CASE: the same rules in the same order, first match wins.
QString statusExpression(OnDate& on)
{
    const std::pair<const char*, FamilyFindingStatus> rules[] = {
        {"c.adoption_order", FamilyFindingStatus::Adopted},
        {"c.plan_change_date", FamilyFindingStatus::PlanChanged},
        {"c.moved_in", FamilyFindingStatus::Placed},
        {"c.match_decision", FamilyFindingStatus::MatchedMovingIn},
        {"c.ff_stop_date", FamilyFindingStatus::Stopped},
        {"c.linked", FamilyFindingStatus::Linked},
        {"c.placement_order", FamilyFindingStatus::ActivelyFamilyFinding},
        {"c.agency_decision", FamilyFindingStatus::AwaitingPlacementOrder},
    };
    QString expression = QStringLiteral("CASE");
    for (const auto& [column, status] : rules)
        expression +=
            QStringLiteral(" WHEN %1 THEN '%2'").arg(on.reached(column), statusCode(status));
    return expression +
           QStringLiteral(" ELSE '%1' END").arg(statusCode(FamilyFindingStatus::NoPlan));
}

/// priorityFlags(child, on).isPriority(): aged 5 or over, in a sibling group, an ethnicity other
/// than White British (known codes only), or a disability.
QString priorityCondition(QDate on, QVariantList& values)
{
    // Aged 5 on `on` exactly when born on or before `on` five years back; QDate clamps 29 Feb
    // to 28 Feb, which gives a 29 February birthday on 1 March as ageInYears() does.
    values << sql::date(on.addYears(-5));
    QStringList codes;
    for (const auto& ethnicity : domain::ethnicities())
        if (domain::isOtherThanWhiteBritish(ethnicity.code)) {
            codes << QStringLiteral("?");
            values << ethnicity.code;
        }
    QString condition = QStringLiteral("((c.date_of_birth IS NOT NULL AND c.date_of_birth <= ?)"
                                       " OR TRIM(c.sibling_group) <> '' OR c.disability = 1");
    if (!codes.isEmpty())
        condition +=
            QStringLiteral(" OR c.ethnicity IN (%1)").arg(codes.join(QStringLiteral(", ")));
    return condition + QLatin1Char(')');
}

} // namespace

domain::Result<sql::Where> childFilter(const ChildQuery& query)
{
    sql::Where where;
    if (!query.includeArchived)
        where.conditions << QStringLiteral("c.archived = 0");
    if (!query.councilCode.isEmpty()) {
        where.conditions << QStringLiteral("c.council_code = ?");
        where.values << query.councilCode;
    }
    if (!query.siblingGroup.isEmpty()) {
        where.conditions << QStringLiteral("c.sibling_group = ?");
        where.values << query.siblingGroup;
    }
    if (query.earlyPermanence)
        where.conditions << (*query.earlyPermanence
                                 ? QStringLiteral("c.early_permanence_placed IS NOT NULL")
                                 : QStringLiteral("c.early_permanence_placed IS NULL"));
    if (const QString text = query.text.trimmed(); !text.isEmpty()) {
        const sql::PrefixRange range = sql::prefixRange(text);
        QStringList any;
        for (const char* column : {"c.forename_search", "c.surname_search",
                                   "c.preferred_name_search", "c.reference_search"})
            any << sql::startsWith(QLatin1String(column), range, where.values);
        where.conditions << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }

    const bool derived = query.status || query.priorityOnly || query.minDaysWaiting > 0;
    if (!derived)
        return where;
    if (!query.on.isValid())
        return fail(ErrorCode::Invalid,
                    tr("Filtering by status, priority or waiting time needs a date."));
    OnDate on(query.on, where.values);
    if (query.status) {
        where.conditions << statusExpression(on) + QStringLiteral(" = ?");
        where.values << statusCode(*query.status);
    }
    if (query.priorityOnly)
        where.conditions << priorityCondition(query.on, where.values);
    if (query.minDaysWaiting > 0) {
        // daysWaitingSincePlacementOrder(child, on) >= N: waiting on `on`, with the order at
        // least N days before it.
        where.conditions << on.notReached("c.match_decision") << on.notReached("c.moved_in")
                         << on.notReached("c.adoption_order") << on.notReached("c.plan_change_date")
                         << QStringLiteral(
                                "(c.placement_order IS NOT NULL AND c.placement_order <= ?)");
        where.values << sql::date(query.on.addDays(-query.minDaysWaiting));
    }
    return where;
}

QString childOrder(const ChildQuery& query)
{
    const Qt::SortOrder o = query.order;
    sql::OrderBy by;
    switch (query.sort) {
    case ChildSort::Reference:
        by.text(QStringLiteral("c.reference_search"), o);
        break;
    case ChildSort::Surname:
        by.text(QStringLiteral("c.surname_search"), o).text(QStringLiteral("c.forename_search"), o);
        break;
    case ChildSort::Forename:
        by.text(QStringLiteral("c.forename_search"), o).text(QStringLiteral("c.surname_search"), o);
        break;
    case ChildSort::DateOfBirth:
        by.date(QStringLiteral("c.date_of_birth"), o);
        break;
    case ChildSort::Council:
        by.text(QStringLiteral("c.council_code"), o)
            .text(QStringLiteral("c.surname_search"), o)
            .text(QStringLiteral("c.forename_search"), o);
        break;
    case ChildSort::EnteredCare:
        by.date(QStringLiteral("c.entered_care"), o);
        break;
    case ChildSort::AgencyDecision:
        by.date(QStringLiteral("c.agency_decision"), o);
        break;
    case ChildSort::PlacementOrder:
        by.date(QStringLiteral("c.placement_order"), o);
        break;
    }
    return by.clause(QStringLiteral("c.id"), o);
}

} // namespace permanence::storage
