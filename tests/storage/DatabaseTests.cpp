#include "Builders.h"
#include "StorageTestSupport.h"
#include "TempDatabase.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace permanence;
using namespace permanence::test;
using domain::ErrorCode;
using storage::Database;
using storage::Migrator;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

bool hasSidecarFiles(const QString& path)
{
    return QFileInfo::exists(path + QStringLiteral("-wal")) ||
           QFileInfo::exists(path + QStringLiteral("-shm")) ||
           QFileInfo::exists(path + QStringLiteral("-journal"));
}

} // namespace

TEST_CASE("opening a missing file creates it and its folder at the newest schema",
          "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/deeper/agency.permanence"));
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK(QFileInfo::exists(path));
    CHECK(db->schemaVersion() == Migrator::latestVersion());
    CHECK(db->path() == QFileInfo(path).absoluteFilePath());
}

TEST_CASE("every connection has foreign keys on and a write-ahead log", "[storage][database]")
{
    TempDatabase temp;
    CHECK(scalar(temp.db(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(temp.db(), QStringLiteral("PRAGMA journal_mode")).toString() ==
          QStringLiteral("wal"));
}

TEST_CASE("each open database has its own named connection", "[storage][database]")
{
    TempDatabase first;
    TempDatabase second;
    CHECK(first.db().connectionName().startsWith(QStringLiteral("permanence-")));
    CHECK(first.db().connectionName() != second.db().connectionName());
    CHECK(first.db().connection().isOpen());
}

TEST_CASE("a moved database keeps its connection and removes it when destroyed",
          "[storage][database]")
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("a.sqlite")));
    REQUIRE(opened);
    const QString name = opened->connectionName();
    {
        Database moved(std::move(*opened));
        CHECK(moved.connectionName() == name);
        CHECK(moved.connection().isOpen());
        CHECK(opened->connectionName().isEmpty());

        auto other = Database::open(dir.filePath(QStringLiteral("b.sqlite")));
        REQUIRE(other);
        const QString otherName = other->connectionName();
        *other = std::move(moved);
        CHECK_FALSE(QSqlDatabase::contains(otherName));
        CHECK(other->connectionName() == name);
    }
    CHECK_FALSE(QSqlDatabase::contains(name));
}

TEST_CASE("a text file is refused as not an SQLite file and left untouched", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    writeFile(path, "These are my notes, not a database.\nSecond line.\n");
    const QByteArray before = checksum(path);

    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::NotADatabase);
    CHECK(db.error().message.contains(QStringLiteral("notes.txt")));
    CHECK(db.error().message.contains(QStringLiteral("not an SQLite file")));
    CHECK(checksum(path) == before);
    CHECK_FALSE(hasSidecarFiles(path));
}

TEST_CASE("a file shorter than the SQLite header is refused", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("short.sqlite"));
    writeFile(path, "SQLite");
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::NotADatabase);
}

TEST_CASE("a damaged SQLite file is refused and left untouched", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        // A real database in rollback mode, big enough to have several pages.
        RawConnection raw(path);
        raw.exec(QStringLiteral("CREATE TABLE t (x TEXT)"));
        for (int i = 0; i < 50; ++i)
            raw.exec(
                QStringLiteral("INSERT INTO t VALUES ('%1')").arg(QString(200, QLatin1Char('x'))));
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    REQUIRE(bytes.size() > 4096);
    // Keep the 100-byte file header, scramble every page after it.
    for (qsizetype i = 100; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>((i * 131 + 7) % 251);
    REQUIRE(file.seek(0));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();
    const QByteArray before = checksum(path);

    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::NotADatabase);
    CHECK(db.error().message.contains(QStringLiteral("damaged.sqlite")));
    CHECK(db.error().message.contains(QStringLiteral("damaged")));
    CHECK(checksum(path) == before);
}

TEST_CASE("a database written by a newer Permanence is refused and left untouched",
          "[storage][database][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    const int future = Migrator::latestVersion() + 1;
    {
        auto db = Database::open(path);
        REQUIRE(db);
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(QStringLiteral("UPDATE schema_meta SET value = '%1' WHERE key = "
                                          "'schema_version'")
                               .arg(future)));
    }
    const QByteArray before = checksum(path);

    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::TooNew);
    CHECK(db.error().message.contains(QString::number(future)));
    CHECK(db.error().message.contains(QString::number(Migrator::latestVersion())));
    CHECK(db.error().message.contains(QStringLiteral("future.sqlite")));
    CHECK(checksum(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".v%1.bak").arg(future)));
}

TEST_CASE("another program's SQLite database is refused and left untouched", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("browser-history.sqlite"));
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("CREATE TABLE visits (url TEXT)"));
    }
    const QByteArray before = checksum(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::NotADatabase);
    CHECK(checksum(path) == before);
}

TEST_CASE("an empty file is treated as a new database", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    writeFile(path, QByteArray());
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK(db->schemaVersion() == Migrator::latestVersion());
}

TEST_CASE("reopening an up-to-date database keeps its data and makes no backup",
          "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agency.sqlite"));
    domain::ChildId id;
    {
        auto db = Database::open(path);
        REQUIRE(db);
        auto inserted =
            storage::ChildRepository(*db).insert(aChild().build(), domain::Actor::system());
        REQUIRE(inserted);
        id = *inserted;
    }
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK(storage::ChildRepository(*db).get(id, domain::Actor::system()));
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
}

TEST_CASE("a database whose write-ahead log was never folded in opens with its data",
          "[storage][database]")
{
    // Copying the files while the writer is still open is what a crash leaves behind.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.sqlite"));
    const QString crashed = dir.filePath(QStringLiteral("crashed.sqlite"));
    auto db = Database::open(path);
    REQUIRE(db);
    auto id = storage::ChildRepository(*db).insert(aChild().build(), domain::Actor::system());
    REQUIRE(id);
    REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    REQUIRE(QFile::copy(path, crashed));
    REQUIRE(QFile::copy(path + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));

    auto recovered = Database::open(crashed);
    REQUIRE(recovered);
    auto child = storage::ChildRepository(*recovered).get(*id, domain::Actor::system());
    REQUIRE(child);
    CHECK(child->reference == aChild().build().reference);
}

TEST_CASE("a transaction rolls back unless it is committed", "[storage][database]")
{
    TempDatabase temp;
    const auto countSchemaRows = [&] {
        return scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM schema_meta")).toInt();
    };
    const int before = countSchemaRows();
    {
        storage::Transaction transaction(temp.db());
        REQUIRE(transaction.isActive());
        QSqlQuery query(temp.db().connection());
        REQUIRE(
            query.exec(QStringLiteral("INSERT INTO schema_meta (key, value) VALUES ('a', 'b')")));
    }
    CHECK(countSchemaRows() == before);
    {
        storage::Transaction transaction(temp.db());
        QSqlQuery query(temp.db().connection());
        REQUIRE(
            query.exec(QStringLiteral("INSERT INTO schema_meta (key, value) VALUES ('a', 'b')")));
        REQUIRE(transaction.commit());
        CHECK_FALSE(transaction.isActive());
    }
    CHECK(countSchemaRows() == before + 1);
}

TEST_CASE("a transaction inside another is a savepoint: only the outer commit makes it durable",
          "[storage][database][transaction]")
{
    TempDatabase temp;
    storage::ChildRepository repo(temp.db());
    const domain::Actor worker{QStringLiteral("j.bloggs")};
    const auto count = [&temp] {
        return scalar(temp.db(), QStringLiteral("SELECT COUNT(*) FROM child")).toInt();
    };

    SECTION("an outer transaction that is not committed undoes the inner commits")
    {
        {
            storage::Transaction outer(temp.db());
            REQUIRE(outer.isActive());
            REQUIRE(repo.insert(aChild().reference(QStringLiteral("N-1")).build(), worker));
            CHECK(count() == 1);
        }
        CHECK(count() == 0);
    }
    SECTION("an inner transaction rolled back leaves the outer one's work")
    {
        storage::Transaction outer(temp.db());
        REQUIRE(repo.insert(aChild().reference(QStringLiteral("N-1")).build(), worker));
        {
            storage::Transaction inner(temp.db());
            CHECK(inner.isNested());
            REQUIRE(repo.insert(aChild().reference(QStringLiteral("N-2")).build(), worker));
        }
        REQUIRE(outer.commit());
        CHECK(count() == 1);
    }
    SECTION("a failing inner write does not poison the outer transaction")
    {
        storage::Transaction outer(temp.db());
        REQUIRE(repo.insert(aChild().reference(QStringLiteral("N-1")).build(), worker));
        // The same reference again breaks the unique constraint inside the repository's own
        // (nested) transaction.
        CHECK_FALSE(repo.insert(aChild().reference(QStringLiteral("N-1")).build(), worker));
        REQUIRE(repo.insert(aChild().reference(QStringLiteral("N-3")).build(), worker));
        REQUIRE(outer.commit());
        CHECK(count() == 2);
    }
    SECTION("after the outer commit a new transaction is outermost again")
    {
        {
            storage::Transaction outer(temp.db());
            REQUIRE(outer.commit());
        }
        storage::Transaction next(temp.db());
        CHECK_FALSE(next.isNested());
    }
}
