#pragma once

#include "domain/Person.h"
#include "domain/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <optional>

// Small pieces every repository needs: running statements with logging, and converting domain
// values to and from the column conventions of the schema (ISO date TEXT or NULL, INTEGER 0/1
// booleans, '' for absent text, short codes for enums). Internal to the storage library.
namespace permanence::storage {
/// Messages people read, translated in the "Storage" context.
[[nodiscard]] QString tr(const char* text);
} // namespace permanence::storage

namespace permanence::storage::sql {

/// Prepares `statement`; on failure logs the driver's error and the statement text.
[[nodiscard]] bool prepare(QSqlQuery& query, const QString& statement);
/// Executes a prepared query; on failure logs the driver's error and the statement text.
/// Bound values are never logged: they may be personal data.
[[nodiscard]] bool exec(QSqlQuery& query);
/// Executes a statement without parameters (DDL, pragmas), logging any failure.
[[nodiscard]] bool exec(QSqlQuery& query, const QString& statement);

/// Logs that a storage operation failed for a reason other than a failed statement.
void logFailure(const char* what, const QString& detail);

/// The error returned to callers when the database refuses: plain words, no SQL.
[[nodiscard]] tl::unexpected<domain::Error> storageFailure(const QString& message);
/// True when the last error of `query` is a UNIQUE constraint violation.
[[nodiscard]] bool isUniqueViolation(const QSqlQuery& query);

/// Now in UTC as ISO 8601 with milliseconds, for updated_at and the audit trail.
[[nodiscard]] QString timestamp();

[[nodiscard]] QVariant text(const QString& value); ///< '' for a null string (columns are NOT NULL)
[[nodiscard]] QVariant date(const QDate& value);   ///< 'YYYY-MM-DD' or NULL
[[nodiscard]] QVariant flag(bool value);           ///< 0 / 1
[[nodiscard]] QVariant sex(std::optional<domain::Sex> value); ///< 'M' / 'F' / NULL
[[nodiscard]] QVariant id(qint64 value);                      ///< NULL for 0 ("none")
[[nodiscard]] QString searchKey(const QString& value); ///< case-folded copy for *_search columns

[[nodiscard]] QDate toDate(const QVariant& value);
[[nodiscard]] bool toFlag(const QVariant& value);
[[nodiscard]] std::optional<domain::Sex> toSex(const QVariant& value);

/// Bounds of a prefix search: a value starts with the prefix exactly when lower <= value < upper
/// in code-point order. A range (not LIKE) so SQLite can use the index and '%' or '_' typed by
/// a user need no escaping.
struct PrefixRange
{
    QString lower;
    QString upper;
};
[[nodiscard]] PrefixRange prefixRange(const QString& typed);

/// Binds values to positional placeholders in order, so a row mapper reads as a column list.
class Binder
{
public:
    explicit Binder(QSqlQuery& query) : m_query(query) {}
    Binder& operator<<(const QVariant& value)
    {
        m_query.bindValue(m_index++, value);
        return *this;
    }
    [[nodiscard]] int count() const { return m_index; }

private:
    QSqlQuery& m_query;
    int m_index = 0;
};

/// Reads result columns in order, mirroring Binder.
class Reader
{
public:
    explicit Reader(const QSqlQuery& query, int first = 0) : m_query(query), m_index(first) {}
    [[nodiscard]] QVariant next() { return m_query.value(m_index++); }
    [[nodiscard]] QString text() { return next().toString(); }
    [[nodiscard]] QDate date() { return toDate(next()); }
    [[nodiscard]] bool flag() { return toFlag(next()); }
    [[nodiscard]] int integer() { return next().toInt(); }
    [[nodiscard]] qint64 id() { return next().toLongLong(); }
    [[nodiscard]] std::optional<domain::Sex> sex() { return toSex(next()); }

private:
    const QSqlQuery& m_query;
    int m_index;
};

/// The WHERE clause of a list query, built from optional filters, with its values in order.
struct Where
{
    QStringList conditions;
    QVariantList values;

    [[nodiscard]] QString clause() const; ///< " WHERE a AND b", or "" when nothing filters
    /// Binds the values to placeholders first, first + 1, …; returns the next free index.
    int bind(QSqlQuery& query, int first = 0) const;
};

/// "(column >= ? AND column < ?)" for a prefix search, appending the bounds to `values`.
[[nodiscard]] QString startsWith(const QString& column, const PrefixRange& range,
                                 QVariantList& values);
/// " ORDER BY …" keys for a sort. Date columns sort missing dates last in either direction
/// (SQLite and PostgreSQL disagree on where NULLs go, so say it); `id` always ends the list so
/// equal keys page stably.
struct OrderBy
{
    QStringList keys;
    OrderBy& text(const QString& column, Qt::SortOrder order);
    OrderBy& date(const QString& column, Qt::SortOrder order);
    [[nodiscard]] QString clause(const QString& idColumn, Qt::SortOrder order) const;
};
/// " LIMIT ? OFFSET ?" bound at `index`, or "" for a non-positive limit (every row).
[[nodiscard]] QString paging(int limit);
int bindPaging(QSqlQuery& query, int index, int limit, int offset);

/// Runs `statement`, whose "%1" stands for a list of placeholders, for `ids` in chunks (so a
/// page of records needs one query per table, not one per record), calling `row` for each
/// result row. False, logged, if a query fails.
[[nodiscard]] bool selectForIds(const QSqlDatabase& db, const QString& statement,
                                const QList<qint64>& ids,
                                const std::function<void(const QSqlQuery&)>& row);

/// "?, ?, ?" with `count` placeholders.
[[nodiscard]] QString placeholders(qsizetype count);
/// "a = ?, b = ?" for an UPDATE of `columns`.
[[nodiscard]] QString assignments(const QStringList& columns);

} // namespace permanence::storage::sql
