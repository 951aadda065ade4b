#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace permanence::storage {

/// An open Permanence database. Opening checks the file, turns on foreign keys and WAL, and
/// brings the schema up to date (backing the file up first). The connection is a named Qt SQL
/// connection owned by this object; nothing keeps a QSqlDatabase member for long.
class Database
{
public:
    /// Opens (creating if missing) the SQLite database at `path` and migrates it.
    /// Refuses, and leaves untouched: a file that is not SQLite, a damaged file, a database
    /// written by a newer Permanence. Errors name the file and the problem.
    [[nodiscard]] static domain::Result<Database> open(const QString& path);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString connectionName() const { return m_connectionName; }
    [[nodiscard]] QSqlDatabase connection() const; ///< looked up by name each time
    [[nodiscard]] int schemaVersion() const;

private:
    Database(QString path, QString connectionName);
    void close();

    QString m_path;
    QString m_connectionName;
};

/// One unit of work: begins on construction, rolls back on destruction unless committed.
///
/// Transactions nest: one begun while another is open on the same connection is a SAVEPOINT
/// inside it, so a use case that spans aggregates (record a panel's decision and the child's
/// match date) wraps the repositories' own transactions in one outer unit of work. An inner
/// commit releases the savepoint; nothing is durable until the outermost commit, and an outer
/// transaction that is not committed undoes the inner ones too.
class Transaction
{
public:
    explicit Transaction(const Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool isNested() const { return m_depth > 0; }
    [[nodiscard]] domain::Status commit();

private:
    void rollback();

    QSqlDatabase m_db;
    int m_depth = 0; ///< 0 for the outermost transaction, n for the n-th savepoint inside it
    bool m_active = false;
};

} // namespace permanence::storage
