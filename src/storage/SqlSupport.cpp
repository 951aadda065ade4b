#include "storage/SqlSupport.h"

#include "storage/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QStringList>

namespace permanence::storage {
QString tr(const char* text)
{
    return QCoreApplication::translate("Storage", text);
}
} // namespace permanence::storage

namespace permanence::storage::sql {

namespace {

void logStatementFailure(const char* what, const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    storageLog().error("{} failed: {} [{}] — statement: {}", what, error.text(),
                       error.nativeErrorCode(), query.lastQuery().simplified());
}

} // namespace

bool prepare(QSqlQuery& query, const QString& statement)
{
    if (query.prepare(statement))
        return true;
    const QSqlError error = query.lastError();
    storageLog().error("prepare failed: {} [{}] — statement: {}", error.text(),
                       error.nativeErrorCode(), statement.simplified());
    return false;
}

bool exec(QSqlQuery& query)
{
    if (query.exec())
        return true;
    logStatementFailure("query", query);
    return false;
}

bool exec(QSqlQuery& query, const QString& statement)
{
    if (query.exec(statement))
        return true;
    logStatementFailure("statement", query);
    return false;
}

void logFailure(const char* what, const QString& detail)
{
    storageLog().error("{}: {}", what, detail);
}

tl::unexpected<domain::Error> storageFailure(const QString& message)
{
    return domain::fail(domain::ErrorCode::Storage, message);
}

bool isUniqueViolation(const QSqlQuery& query)
{
    // SQLite's extended code SQLITE_CONSTRAINT_UNIQUE (2067) or PRIMARYKEY (1555); PostgreSQL's
    // SQLSTATE 23505. Qt turns extended result codes on for SQLite.
    const QString code = query.lastError().nativeErrorCode();
    return code == QLatin1String("2067") || code == QLatin1String("1555") ||
           code == QLatin1String("23505");
}

QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant date(const QDate& value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate))
                           : QVariant(QMetaType::fromType<QString>());
}

QVariant flag(bool value)
{
    return QVariant(value ? 1 : 0);
}

QVariant sex(std::optional<domain::Sex> value)
{
    return value ? QVariant(domain::sexCode(*value)) : QVariant(QMetaType::fromType<QString>());
}

QVariant id(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<qint64>());
}

QString searchKey(const QString& value)
{
    // Never null: a null QString binds as NULL, and the search columns are NOT NULL.
    return value.isNull() ? QStringLiteral("") : value.toCaseFolded();
}

QDate toDate(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

bool toFlag(const QVariant& value)
{
    return value.toInt() != 0;
}

std::optional<domain::Sex> toSex(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return domain::sexFromCode(value.toString());
}

PrefixRange prefixRange(const QString& typed)
{
    const QString lower = searchKey(typed);
    // The smallest string greater than every string starting with `lower`: bump its last code
    // point (skipping the surrogate block, which is not a code point of its own).
    QList<uint> points = lower.toUcs4();
    while (!points.isEmpty() && points.last() >= 0x10FFFF)
        points.removeLast();
    if (points.isEmpty())
        return {lower, QString()};
    uint& last = points.last();
    last = (last == 0xD7FF) ? 0xE000 : last + 1;
    return {lower, QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData()),
                                     points.size())};
}

QString Where::clause() const
{
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

int Where::bind(QSqlQuery& query, int first) const
{
    for (const QVariant& value : values)
        query.bindValue(first++, value);
    return first;
}

QString startsWith(const QString& column, const PrefixRange& range, QVariantList& values)
{
    values << range.lower;
    if (range.upper.isNull())
        return QStringLiteral("(%1 >= ?)").arg(column);
    values << range.upper;
    return QStringLiteral("(%1 >= ? AND %1 < ?)").arg(column);
}

namespace {
QString direction(Qt::SortOrder order)
{
    return order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
}
} // namespace

OrderBy& OrderBy::text(const QString& column, Qt::SortOrder order)
{
    keys << column + direction(order);
    return *this;
}

OrderBy& OrderBy::date(const QString& column, Qt::SortOrder order)
{
    keys << QStringLiteral("CASE WHEN %1 IS NULL THEN 1 ELSE 0 END").arg(column)
         << column + direction(order);
    return *this;
}

QString OrderBy::clause(const QString& idColumn, Qt::SortOrder order) const
{
    return QStringLiteral(" ORDER BY ") +
           (keys + QStringList{idColumn + direction(order)}).join(QStringLiteral(", "));
}

QString paging(int limit)
{
    return limit > 0 ? QStringLiteral(" LIMIT ? OFFSET ?") : QString();
}

int bindPaging(QSqlQuery& query, int index, int limit, int offset)
{
    if (limit <= 0)
        return index;
    query.bindValue(index++, limit);
    query.bindValue(index++, qMax(0, offset));
    return index;
}

bool selectForIds(const QSqlDatabase& db, const QString& statement, const QList<qint64>& ids,
                  const std::function<void(const QSqlQuery&)>& row)
{
    // Well under every engine's limit on bound parameters (SQLite's is 32766 since 3.32).
    constexpr qsizetype chunk = 500;
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        const QList<qint64> part = ids.mid(start, chunk);
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!prepare(query, statement.arg(placeholders(part.size()))))
            return false;
        for (qsizetype i = 0; i < part.size(); ++i)
            query.bindValue(static_cast<int>(i), part[i]);
        if (!exec(query))
            return false;
        while (query.next())
            row(query);
    }
    return true;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QString assignments(const QStringList& columns)
{
    QStringList parts;
    parts.reserve(columns.size());
    for (const QString& column : columns)
        parts << column + QStringLiteral(" = ?");
    return parts.join(QStringLiteral(", "));
}

} // namespace permanence::storage::sql
