#include "storage/Migrator.h"

#include "storage/Logging.h"
#include "storage/SqlSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

// The migrations are a Qt resource inside a static library: nothing references its object
// file, so the linker would drop it unless it is initialised by name (outside any namespace).
static void initialiseSqlResources()
{
    Q_INIT_RESOURCE(sql);
}

namespace permanence::storage {

using domain::ErrorCode;
using domain::fail;

namespace {

/// The number a migration file starts with ("0002_households_and_audit.sql" → 2), or 0.
int versionOf(const QString& resourcePath)
{
    const QString name = QFileInfo(resourcePath).fileName();
    const qsizetype underscore = name.indexOf(QLatin1Char('_'));
    bool ok = false;
    const int version = name.left(underscore).toInt(&ok);
    return ok ? version : 0;
}

QString versionKey()
{
    return QStringLiteral("schema_version");
}

domain::Status recordVersion(const QSqlDatabase& db, int version)
{
    // UPDATE, then INSERT if there was no row: portable where UPSERT syntax is not.
    QSqlQuery update(db);
    if (!sql::prepare(update, QStringLiteral("UPDATE schema_meta SET value = ? WHERE key = ?")))
        return sql::storageFailure(tr("Could not record the database version."));
    sql::Binder(update) << QString::number(version) << versionKey();
    if (!sql::exec(update))
        return sql::storageFailure(tr("Could not record the database version."));
    if (update.numRowsAffected() > 0)
        return {};
    QSqlQuery insert(db);
    if (!sql::prepare(insert, QStringLiteral("INSERT INTO schema_meta (key, value) VALUES (?, ?)")))
        return sql::storageFailure(tr("Could not record the database version."));
    sql::Binder(insert) << versionKey() << QString::number(version);
    if (!sql::exec(insert))
        return sql::storageFailure(tr("Could not record the database version."));
    return {};
}

domain::Status apply(QSqlDatabase db, const QString& file, int version)
{
    const QString failed = tr("Could not upgrade the database to version %1.").arg(version);
    QFile script(file);
    if (!script.open(QIODevice::ReadOnly | QIODevice::Text)) {
        sql::logFailure("could not read migration", file);
        return sql::storageFailure(failed);
    }
    const QStringList statements = splitSqlStatements(QString::fromUtf8(script.readAll()));

    // The schema change and the new version number commit together or not at all.
    if (!db.transaction()) {
        sql::logFailure("could not begin a migration", db.lastError().text());
        return sql::storageFailure(failed);
    }
    for (const QString& statement : statements) {
        QSqlQuery query(db);
        if (!sql::exec(query, statement)) {
            sql::logFailure("migration failed", file);
            db.rollback();
            return sql::storageFailure(failed);
        }
    }
    if (auto recorded = recordVersion(db, version); !recorded) {
        db.rollback();
        return recorded;
    }
    if (!db.commit()) {
        sql::logFailure("could not commit a migration", db.lastError().text());
        db.rollback();
        return sql::storageFailure(failed);
    }
    storageLog().info("migrated the database to schema version {}", version);
    return {};
}

} // namespace

QStringList Migrator::migrationFiles()
{
    static const QStringList files = [] {
        initialiseSqlResources();
        const QDir dir(QStringLiteral(":/sql"));
        QStringList paths;
        const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString& name : names)
            paths << dir.filePath(name);
        // Versions are 1, 2, 3… with no gap or duplicate: a gap would skip a schema change.
        for (qsizetype i = 0; i < paths.size(); ++i)
            Q_ASSERT_X(versionOf(paths[i]) == i + 1, "Migrator",
                       "migration files must be numbered 1..N");
        return paths;
    }();
    return files;
}

int Migrator::latestVersion()
{
    const QStringList files = migrationFiles();
    return files.isEmpty() ? 0 : versionOf(files.last());
}

domain::Result<int> Migrator::currentVersion(const QSqlDatabase& db)
{
    if (!db.tables().contains(QStringLiteral("schema_meta")))
        return 0;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!sql::prepare(query, QStringLiteral("SELECT value FROM schema_meta WHERE key = ?")))
        return sql::storageFailure(tr("Could not read the database version."));
    query.bindValue(0, versionKey());
    if (!sql::exec(query))
        return sql::storageFailure(tr("Could not read the database version."));
    if (!query.next())
        return 0;
    bool ok = false;
    const int version = query.value(0).toString().toInt(&ok);
    if (!ok || version < 0) {
        sql::logFailure("unreadable schema version", query.value(0).toString());
        return fail(ErrorCode::NotADatabase, tr("The database version is unreadable."));
    }
    return version;
}

domain::Status Migrator::migrate(const QSqlDatabase& db, int target)
{
    const int latest = latestVersion();
    if (target < 0)
        target = latest;
    if (target > latest)
        return fail(
            ErrorCode::Invalid,
            tr("There is no database version %1; the newest is %2.").arg(target).arg(latest));
    auto current = currentVersion(db);
    if (!current)
        return fail(current.error());
    if (*current > latest)
        return fail(ErrorCode::TooNew,
                    tr("The database was saved by a newer version of Permanence (database version "
                       "%1; this version understands up to %2).")
                        .arg(*current)
                        .arg(latest));
    const QStringList files = migrationFiles();
    for (int version = *current + 1; version <= target; ++version)
        if (auto applied = apply(db, files[version - 1], version); !applied)
            return applied;
    return {};
}

QStringList splitSqlStatements(const QString& script)
{
    enum class State
    {
        Code,
        SingleQuoted,
        DoubleQuoted,
        LineComment,
        BlockComment
    };
    State state = State::Code;
    QStringList statements;
    QString current;
    auto finish = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements << statement;
        current.clear();
    };

    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script[i];
        const QChar next = i + 1 < script.size() ? script[i + 1] : QChar();
        switch (state) {
        case State::Code:
            if (c == QLatin1Char(';')) {
                finish();
            } else if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
                state = State::LineComment;
                ++i;
            } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                state = State::BlockComment;
                current += QLatin1Char(' '); // "a/**/b" is two tokens
                ++i;
            } else {
                if (c == QLatin1Char('\''))
                    state = State::SingleQuoted;
                else if (c == QLatin1Char('"'))
                    state = State::DoubleQuoted;
                current += c;
            }
            break;
        case State::SingleQuoted:
        case State::DoubleQuoted:
            // A doubled quote ('it''s') closes and reopens, which this handles on its own.
            current += c;
            if (c == QLatin1Char(state == State::SingleQuoted ? '\'' : '"'))
                state = State::Code;
            break;
        case State::LineComment:
            if (c == QLatin1Char('\n')) {
                state = State::Code;
                current += c;
            }
            break;
        case State::BlockComment:
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                state = State::Code;
                ++i;
            }
            break;
        }
    }
    finish();
    return statements;
}

} // namespace permanence::storage
