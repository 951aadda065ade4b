#pragma once

#include "domain/Child.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

// How a Child maps to a row of the child table. The column list, the binder and the reader
// share one order; the round-trip tests catch any drift between them.
namespace permanence::storage::rows {

/// Columns written on insert and update, in bind order (id is not among them).
[[nodiscard]] const QStringList& childWriteColumns();
/// "id, reference, …": the select list that readChild expects, prefixed with `alias.`.
[[nodiscard]] QString childSelectList(const QString& alias = QStringLiteral("c"));

/// Binds every write column (starting at placeholder 0) and returns how many were bound.
int bindChild(QSqlQuery& query, const domain::Child& child, const QString& userId,
              const QString& at);
[[nodiscard]] domain::Child readChild(const QSqlQuery& query);

[[nodiscard]] QString childPlacementAuthorityCode(domain::PlacementAuthority authority);
[[nodiscard]] QString earlyPermanenceKindCode(domain::EarlyPermanenceKind kind);

} // namespace permanence::storage::rows
