#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace permanence::storage {

/// Applies the numbered SQL files in resources/sql (compiled in as :/sql/NNNN_name.sql) in
/// order, each in its own transaction, recording the version in the schema_meta table (a table,
/// not PRAGMA user_version, so the same scheme works on PostgreSQL).
class Migrator
{
public:
    /// The newest schema version this build knows.
    [[nodiscard]] static int latestVersion();
    /// The migration files in order (resource paths).
    [[nodiscard]] static QStringList migrationFiles();
    /// Version recorded in the database; 0 for an empty database.
    [[nodiscard]] static domain::Result<int> currentVersion(const QSqlDatabase& db);
    /// Applies every migration after the current version up to `target` (default: latest).
    /// A database newer than this build is refused with ErrorCode::TooNew and left untouched.
    [[nodiscard]] static domain::Status migrate(const QSqlDatabase& db, int target = -1);
};

/// Splits an SQL script into statements on semicolons outside quotes and comments.
[[nodiscard]] QStringList splitSqlStatements(const QString& script);

} // namespace permanence::storage
