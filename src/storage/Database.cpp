#include "storage/Database.h"

#include "storage/Logging.h"
#include "storage/Migrator.h"
#include "storage/SqlSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace permanence::storage {

using domain::ErrorCode;
using domain::fail;

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("permanence-%1").arg(++counter);
}

QString displayPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// Every SQLite 3 file starts with these 16 bytes (the header string and its NUL).
bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static constexpr char magic[] = "SQLite format 3"; // 15 characters + the terminating NUL
    const QByteArray head = file.read(sizeof magic);
    return head == QByteArray(magic, sizeof magic);
}

/// Removes a Qt SQL connection once every handle to it has gone out of scope.
void dropConnection(const QString& name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// What the read-only look at an existing file found.
struct Inspection
{
    int version = 0;
};

/// Looks at an existing file through a read-only connection, so nothing (not even a journal
/// mode) is written before we know the file is ours, intact, and not from a newer Permanence.
domain::Result<Inspection> inspect(const QString& path, const QString& connectionName)
{
    const QString shown = displayPath(path);
    auto notOurs = [&] {
        return fail(ErrorCode::NotADatabase,
                    tr("%1 is not a Permanence database (it is not an SQLite file).").arg(shown));
    };
    auto damaged = [&] {
        return fail(ErrorCode::NotADatabase,
                    tr("%1 is damaged and cannot be opened. Restore it from a backup.").arg(shown));
    };
    if (!hasSqliteHeader(path))
        return notOurs();

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        sql::logFailure("read-only open failed", db.lastError().text());
        return damaged();
    }

    {
        QSqlQuery check(db);
        check.setForwardOnly(true);
        if (!sql::exec(check, QStringLiteral("PRAGMA quick_check")))
            return damaged();
        // quick_check answers one row "ok", or one row per problem found.
        if (!check.next() || check.value(0).toString() != QLatin1String("ok")) {
            sql::logFailure("quick_check failed", check.value(0).toString());
            return damaged();
        }
    }

    auto version = Migrator::currentVersion(db);
    if (!version)
        return damaged();
    if (*version == 0 && !db.tables().isEmpty())
        return fail(ErrorCode::NotADatabase,
                    tr("%1 is not a Permanence database (it holds another program's "
                       "data).")
                        .arg(shown));
    if (*version > Migrator::latestVersion())
        return fail(ErrorCode::TooNew,
                    tr("%1 was saved by a newer version of Permanence (database version "
                       "%2; this version understands up to %3). Update Permanence to "
                       "open it.")
                        .arg(shown)
                        .arg(*version)
                        .arg(Migrator::latestVersion()));
    db.close();
    return Inspection{*version};
}

/// `<path>.v<version>.bak`, or a numbered variant if that exists: never overwrite a backup.
QString backupPath(const QString& path, int version)
{
    const QString base = path + QStringLiteral(".v%1").arg(version);
    QString candidate = base + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QStringLiteral("-%1.bak").arg(n);
    return candidate;
}

domain::Status runPragma(const QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery query(db);
    if (!sql::exec(query, pragma))
        return sql::storageFailure(tr("Could not set up the database connection."));
    return {};
}

} // namespace

domain::Result<Database> Database::open(const QString& path)
{
    const QFileInfo info(path);
    const QString shown = displayPath(path);
    if (info.isDir())
        return fail(ErrorCode::Io, tr("%1 is a folder, not a database file.").arg(shown));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(ErrorCode::Io,
                    tr("Could not create the folder %1.").arg(displayPath(info.absolutePath())));

    // The object owns the connection name from here, so every early return removes it.
    Database database(info.absoluteFilePath(), nextConnectionName());
    int version = 0;
    if (info.exists() && info.size() > 0) {
        auto inspected = inspect(database.m_path, database.m_connectionName);
        if (!inspected)
            return fail(inspected.error());
        version = inspected->version;
    }

    {
        QSqlDatabase db = QSqlDatabase::database(database.m_connectionName, false);
        if (!db.isValid())
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database.m_connectionName);
        db.setDatabaseName(database.m_path);
        db.setConnectOptions(QString());
        if (!db.open()) {
            sql::logFailure("open failed", db.lastError().text());
            return fail(ErrorCode::Io, tr("Could not open %1.").arg(shown));
        }
        // Foreign keys are off by default in SQLite and the setting is per connection.
        if (auto on = runPragma(db, QStringLiteral("PRAGMA foreign_keys = ON")); !on)
            return fail(on.error());

        if (version >= 1 && version < Migrator::latestVersion()) {
            // Fold any write-ahead log into the file first, so the copy is complete.
            if (auto folded = runPragma(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                !folded)
                return fail(folded.error());
            const QString backup = backupPath(database.m_path, version);
            if (!QFile::copy(database.m_path, backup))
                return fail(ErrorCode::Io,
                            tr("Could not back up %1 before upgrading it; it was left "
                               "unchanged.")
                                .arg(shown));
            storageLog().info("backed up schema version {} before upgrading", version);
        }
        // WAL only after the version check: switching journal mode writes the file header.
        if (auto wal = runPragma(db, QStringLiteral("PRAGMA journal_mode = WAL")); !wal)
            return fail(wal.error());
    }

    if (auto migrated = Migrator::migrate(database.connection()); !migrated)
        return fail(migrated.error());
    return database;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

Database::Database(Database&& other) noexcept
    : m_path(std::move(other.m_path)), m_connectionName(std::exchange(other.m_connectionName, {}))
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_path = std::move(other.m_path);
        m_connectionName = std::exchange(other.m_connectionName, {});
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    if (QSqlDatabase::contains(m_connectionName))
        dropConnection(m_connectionName);
    m_connectionName.clear();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Migrator::currentVersion(connection()).value_or(0);
}

namespace {

/// How many transactions are open on each connection (by name). Connections are used from one
/// thread only, so a plain map is enough.
QHash<QString, int>& openTransactions()
{
    static QHash<QString, int> depths;
    return depths;
}

QString savepointName(int depth)
{
    return QStringLiteral("permanence_sp%1").arg(depth);
}

bool execSavepoint(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    return sql::exec(query, statement);
}

} // namespace

Transaction::Transaction(const Database& db) : m_db(db.connection())
{
    int& depth = openTransactions()[m_db.connectionName()];
    m_depth = depth;
    if (m_depth == 0) {
        m_active = m_db.transaction();
        if (!m_active)
            sql::logFailure("could not begin a transaction", m_db.lastError().text());
    } else {
        m_active = execSavepoint(m_db, QStringLiteral("SAVEPOINT ") + savepointName(m_depth));
    }
    if (m_active)
        ++depth;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

void Transaction::rollback()
{
    m_active = false;
    --openTransactions()[m_db.connectionName()];
    if (m_depth == 0) {
        if (!m_db.rollback())
            sql::logFailure("rollback failed", m_db.lastError().text());
        return;
    }
    // Undo the savepoint's work, then drop it so the outer transaction carries on cleanly.
    const QString name = savepointName(m_depth);
    if (!execSavepoint(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT ") + name) ||
        !execSavepoint(m_db, QStringLiteral("RELEASE SAVEPOINT ") + name))
        sql::logFailure("rollback to a savepoint failed", name);
}

domain::Status Transaction::commit()
{
    if (!m_active)
        return sql::storageFailure(tr("The change could not be saved."));
    if (m_depth > 0) {
        if (!execSavepoint(m_db, QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_depth))) {
            rollback();
            return sql::storageFailure(tr("The change could not be saved."));
        }
        m_active = false;
        --openTransactions()[m_db.connectionName()];
        return {};
    }
    m_active = false;
    --openTransactions()[m_db.connectionName()];
    if (!m_db.commit()) {
        sql::logFailure("commit failed", m_db.lastError().text());
        if (!m_db.rollback())
            sql::logFailure("rollback after a failed commit failed", m_db.lastError().text());
        return sql::storageFailure(tr("The change could not be saved."));
    }
    return {};
}

} // namespace permanence::storage
