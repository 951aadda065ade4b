#pragma once

#include "domain/AdopterHousehold.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

// How an AdopterHousehold maps to a household row plus one applicant row per applicant. As in
// ChildRows, each column list, binder and reader share one order.
namespace permanence::storage::rows {

[[nodiscard]] const QStringList& householdWriteColumns();
[[nodiscard]] QString householdSelectList(const QString& alias = QStringLiteral("h"));
int bindHousehold(QSqlQuery& query, const domain::AdopterHousehold& household,
                  const QString& userId, const QString& at);
/// Everything but the applicants, which come from their own table.
[[nodiscard]] domain::AdopterHousehold readHousehold(const QSqlQuery& query);

[[nodiscard]] const QStringList& applicantWriteColumns();
[[nodiscard]] QString applicantSelectList();
int bindApplicant(QSqlQuery& query, qint64 householdId, int position,
                  const domain::Applicant& applicant);
/// Reads the applicantSelectList() columns starting at result column `first`.
[[nodiscard]] domain::Applicant readApplicant(const QSqlQuery& query, int first = 0);

[[nodiscard]] QString relationshipCode(domain::Relationship relationship);
[[nodiscard]] domain::Relationship relationshipFromCode(const QString& code);
[[nodiscard]] QString withdrawalReasonCode(domain::WithdrawalReason reason);
[[nodiscard]] domain::WithdrawalReason withdrawalReasonFromCode(const QString& code);
[[nodiscard]] QString needGradeCode(domain::NeedGrade grade);
[[nodiscard]] domain::NeedGrade needGradeFromCode(const QString& code);

} // namespace permanence::storage::rows
