#include "storage/HouseholdStageSql.h"

namespace permanence::storage {

using domain::HouseholdStage;

namespace {

/// Builds conditions about facts reached on one date, binding that date each time it is used
/// (positional placeholders cannot be shared).
class OnDate
{
public:
    OnDate(QDate on, QVariantList& values) : m_on(sql::date(on)), m_values(values) {}

    QString date()
    {
        m_values << m_on;
        return QStringLiteral("?");
    }
    /// As the domain's `reached`: recorded and dated on or before `on`.
    QString reached(const QString& column)
    {
        return QStringLiteral("(%1 IS NOT NULL AND %1 <= %2)").arg(column, date());
    }
    /// Some child placed with the household has `column` reached.
    QString childReached(const char* column)
    {
        return QStringLiteral("EXISTS (SELECT 1 FROM child c WHERE c.household_id = h.id AND %1)")
            .arg(reached(QStringLiteral("c.") + QLatin1String(column)));
    }

private:
    QVariant m_on;
    QVariantList& m_values;
};

QString stageCode(HouseholdStage stage)
{
    return QString::number(static_cast<int>(stage));
}

} // namespace

QString householdStageCondition(QDate on, HouseholdStage stage, QVariantList& values)
{
    OnDate d(on, values);
    // Each WHEN binds its own dates in the order written, so build them strictly in order.
    QString cases = QStringLiteral("CASE");
    const auto when = [&](const QString& condition, HouseholdStage result) {
        cases += QStringLiteral(" WHEN %1 THEN '%2'").arg(condition, stageCode(result));
    };
    when(d.reached(QStringLiteral("h.deregistered")), HouseholdStage::Deregistered);
    when(d.reached(QStringLiteral("h.withdrawal_date")), HouseholdStage::Withdrawn);
    {
        const QString from = d.reached(QStringLiteral("p.from_date"));
        const QString resumed = d.date();
        when(QStringLiteral("EXISTS (SELECT 1 FROM household_pause p WHERE p.household_id = h.id "
                            "AND %1 AND (p.to_date IS NULL OR p.to_date > %2))")
                 .arg(from, resumed),
             HouseholdStage::Paused);
    }
    const std::pair<const char*, HouseholdStage> placements[] = {
        {"moved_in", HouseholdStage::Placed},
        {"match_decision", HouseholdStage::Matched},
        {"linked", HouseholdStage::Linked},
    };
    for (const auto& [column, result] : placements) {
        const QString approved = d.reached(QStringLiteral("h.approval"));
        when(approved + QStringLiteral(" AND ") + d.childReached(column), result);
    }
    const std::pair<const char*, HouseholdStage> journey[] = {
        {"h.approval", HouseholdStage::ApprovedWaiting},
        {"h.stage2_start", HouseholdStage::Stage2},
        {"h.stage1_end", HouseholdStage::BetweenStages},
        {"h.stage1_start", HouseholdStage::Stage1},
        {"h.registration", HouseholdStage::Registered},
        {"h.information_event", HouseholdStage::InformationEvent},
    };
    for (const auto& [column, result] : journey)
        when(d.reached(QLatin1String(column)), result);
    cases += QStringLiteral(" ELSE '%1' END").arg(stageCode(HouseholdStage::Enquiry));

    values << stageCode(stage);
    return QLatin1Char('(') + cases + QStringLiteral(" = ?)");
}

} // namespace permanence::storage
