#include "Builders.h"
#include "StorageTestSupport.h"
#include "storage/AgencyRepository.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/Migrator.h"
#include "storage/TrainingRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace permanence;
using namespace permanence::test;
using domain::Actor;
using storage::Database;
using storage::Migrator;
using storage::splitSqlStatements;

namespace {

bool hasColumn(const QSqlDatabase& db, const QString& table, const QString& column)
{
    return db.record(table).contains(column);
}

/// Inserts a child with the columns every schema version since 1 has.
QString version1Child()
{
    return QStringLiteral(
        "INSERT INTO child (reference, forename, surname, date_of_birth, sex, council_code, "
        "entered_care, authority, reference_search, forename_search, surname_search, updated_by, "
        "updated_at) VALUES ('C-0001', 'Ada', 'Fixture', '2019-03-01', 'F', 'PBORO', "
        "'2021-06-01', 'consent', 'c-0001', 'ada', 'fixture', 'system', "
        "'2024-01-01T00:00:00.000Z')");
}

} // namespace

TEST_CASE("SQL scripts split on semicolons outside quotes and comments", "[storage][migration]")
{
    const QString script = QStringLiteral(
        "-- a comment; with a semicolon and an apostrophe's\n"
        "CREATE TABLE t (x TEXT DEFAULT 'a;b', \"odd;name\" INTEGER);\n"
        "/* block; comment\n spanning 'lines' */ INSERT INTO t VALUES ('it''s; fine', 1);\n"
        "INSERT INTO t VALUES ('--not a comment', 2) -- trailing; comment\n"
        ";\n"
        "  ;  \n"
        "SELECT 1");
    const QStringList statements = splitSqlStatements(script);
    REQUIRE(statements.size() == 4);
    CHECK(statements[0] ==
          QStringLiteral("CREATE TABLE t (x TEXT DEFAULT 'a;b', \"odd;name\" INTEGER)"));
    CHECK(statements[1] == QStringLiteral("INSERT INTO t VALUES ('it''s; fine', 1)"));
    CHECK(statements[2].startsWith(QStringLiteral("INSERT INTO t VALUES ('--not a comment', 2)")));
    CHECK(statements[3] == QStringLiteral("SELECT 1"));
}

TEST_CASE("migrations are numbered files from 1 to the newest version", "[storage][migration]")
{
    const QStringList files = Migrator::migrationFiles();
    REQUIRE(files.size() >= 3);
    CHECK(Migrator::latestVersion() == files.size());
    CHECK(files.first() == QStringLiteral(":/sql/0001_agency_and_children.sql"));
    CHECK(files[1] == QStringLiteral(":/sql/0002_households_and_audit.sql"));
    CHECK(files[2] == QStringLiteral(":/sql/0003_child_profile_and_household_terms.sql"));
    REQUIRE(files.size() >= 4);
    CHECK(files[3] == QStringLiteral(":/sql/0004_notes_and_sibling_groups.sql"));
    REQUIRE(files.size() >= 5);
    CHECK(files[4] == QStringLiteral(":/sql/0005_training.sql"));
}

TEST_CASE("each migration applies on its own to a fresh database", "[storage][migration]")
{
    for (int version = 1; version <= Migrator::latestVersion(); ++version) {
        DYNAMIC_SECTION("up to version " << version)
        {
            QTemporaryDir dir;
            RawConnection raw(dir.filePath(QStringLiteral("fresh.sqlite")));
            REQUIRE(Migrator::currentVersion(raw.db()) == 0);
            REQUIRE(Migrator::migrate(raw.db(), version));
            CHECK(Migrator::currentVersion(raw.db()) == version);

            const QStringList tables = raw.db().tables();
            for (const char* table :
                 {"schema_meta", "agency", "council", "hub", "hub_council", "child"})
                CHECK(tables.contains(QLatin1String(table)));
            const bool v2 = version >= 2;
            CHECK(tables.contains(QStringLiteral("household")) == v2);
            CHECK(tables.contains(QStringLiteral("applicant")) == v2);
            CHECK(tables.contains(QStringLiteral("audit_log")) == v2);
            CHECK(hasColumn(raw.db(), QStringLiteral("child"), QStringLiteral("household_id")) ==
                  v2);
            const bool v3 = version >= 3;
            CHECK(tables.contains(QStringLiteral("child_health_need")) == v3);
            CHECK(tables.contains(QStringLiteral("household_pause")) == v3);
            CHECK(hasColumn(raw.db(), QStringLiteral("child"), QStringLiteral("disability")) == v3);
            CHECK(hasColumn(raw.db(), QStringLiteral("household"),
                            QStringLiteral("relationship")) == v3);
            const bool v4 = version >= 4;
            CHECK(tables.contains(QStringLiteral("case_note")) == v4);
            CHECK(tables.contains(QStringLiteral("sibling_group")) == v4);
            const bool v5 = version >= 5;
            CHECK(tables.contains(QStringLiteral("training_event")) == v5);
            CHECK(tables.contains(QStringLiteral("training_attendance")) == v5);
            CHECK(tables.contains(QStringLiteral("child_link")) == (version >= 8));
        }
    }
}

TEST_CASE("migrating an up-to-date database changes nothing", "[storage][migration]")
{
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(QStringLiteral("fresh.sqlite")));
    REQUIRE(Migrator::migrate(raw.db()));
    REQUIRE(Migrator::migrate(raw.db()));
    CHECK(Migrator::currentVersion(raw.db()) == Migrator::latestVersion());
}

TEST_CASE("there is no migrating past the newest version", "[storage][migration]")
{
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(QStringLiteral("fresh.sqlite")));
    auto migrated = Migrator::migrate(raw.db(), Migrator::latestVersion() + 1);
    REQUIRE_FALSE(migrated);
    CHECK(migrated.error().code == domain::ErrorCode::Invalid);
    CHECK(Migrator::currentVersion(raw.db()) == 0);
}

TEST_CASE("a database from every earlier version upgrades, keeps its data and is backed up",
          "[storage][migration]")
{
    for (int version = 1; version < Migrator::latestVersion(); ++version) {
        DYNAMIC_SECTION("from version " << version)
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("old.sqlite"));
            {
                RawConnection raw(path);
                REQUIRE(Migrator::migrate(raw.db(), version));
                raw.exec(version1Child());
            }
            const QByteArray original = checksum(path);

            auto db = Database::open(path);
            REQUIRE(db);
            CHECK(db->schemaVersion() == Migrator::latestVersion());
            auto child = storage::ChildRepository(*db).findByReference(QStringLiteral("C-0001"),
                                                                       Actor::system());
            REQUIRE(child);
            REQUIRE(child->has_value());
            CHECK((*child)->forename == QStringLiteral("Ada"));
            CHECK((*child)->journey.authority == domain::PlacementAuthority::Consent);
            CHECK_FALSE((*child)->household.isValid());

            const QString backup = path + QStringLiteral(".v%1.bak").arg(version);
            REQUIRE(QFileInfo::exists(backup));
            CHECK(checksum(backup) == original);
            RawConnection old(backup);
            CHECK(Migrator::currentVersion(old.db()) == version);
        }
    }
}

TEST_CASE("an existing backup is never overwritten", "[storage][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        RawConnection raw(path);
        REQUIRE(Migrator::migrate(raw.db(), 1));
    }
    QFile earlier(path + QStringLiteral(".v1.bak"));
    REQUIRE(earlier.open(QIODevice::WriteOnly));
    earlier.write("an earlier backup");
    earlier.close();

    REQUIRE(Database::open(path));
    CHECK(QFileInfo(path + QStringLiteral(".v1.bak")).size() == 17);
    CHECK(QFileInfo::exists(path + QStringLiteral(".v1-2.bak")));
}

TEST_CASE("the schema version 1 fixture upgrades with its data", "[storage][migration][fixture]")
{
    QTemporaryDir dir;
    const QString path = copyFixture(QStringLiteral("schema-v1.sqlite"), dir.path());
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK(db->schemaVersion() == Migrator::latestVersion());
    CHECK(QFileInfo::exists(path + QStringLiteral(".v1.bak")));

    auto agency = storage::AgencyRepository(*db).load();
    REQUIRE(agency);
    CHECK(agency->name == QStringLiteral("Fixture Adoption Agency"));
    REQUIRE(agency->councils.size() == 2);
    CHECK(agency->hubs.size() == 1);

    auto child =
        storage::ChildRepository(*db).findByReference(QStringLiteral("C-0001"), Actor::system());
    REQUIRE(child);
    REQUIRE(child->has_value());
    CHECK((*child)->surname == QStringLiteral("Fixture"));
    CHECK((*child)->dateOfBirth == d(2019, 3, 1));
    CHECK((*child)->journey.enteredCare == d(2021, 6, 1));
}

TEST_CASE("the schema version 2 to 5 fixtures open with their data",
          "[storage][migration][fixture]")
{
    const int version = GENERATE(2, 3, 4, 5);
    INFO("schema version " << version);
    QTemporaryDir dir;
    const QString path = copyFixture(QStringLiteral("schema-v%1.sqlite").arg(version), dir.path());
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK(db->schemaVersion() == Migrator::latestVersion());
    CHECK(QFileInfo::exists(path + QStringLiteral(".v%1.bak").arg(version)) ==
          (Migrator::latestVersion() > version));

    auto child =
        storage::ChildRepository(*db).findByReference(QStringLiteral("C-0001"), Actor::system());
    REQUIRE(child);
    REQUIRE(child->has_value());
    REQUIRE((*child)->household.isValid());
    auto household = storage::HouseholdRepository(*db).get((*child)->household, Actor::system());
    REQUIRE(household);
    CHECK(household->reference == QStringLiteral("H-0001"));
    REQUIRE(household->applicants.size() == 2);
    CHECK(household->applicants[1].forename == QStringLiteral("Alex"));
    CHECK(household->journey.approval == d(2023, 3, 1));
    CHECK(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt() >= 1);
    if (version >= 3) {
        CHECK((*child)->healthNeeds == QStringList{domain::needCategories().at(2)});
        CHECK(household->relationship == domain::Relationship::UnmarriedCouple);
        REQUIRE(household->pauses.size() == 1);
        CHECK(household->pauses[0].reason == QStringLiteral("Holiday"));
    } else {
        CHECK((*child)->healthNeeds.isEmpty());
        CHECK(household->relationship == domain::Relationship::Married);
    }
    if (version >= 4) {
        CHECK(scalar(*db, QStringLiteral("SELECT text FROM case_note WHERE child_id = %1")
                              .arg((*child)->id.value))
                  .toString() == QStringLiteral("Fixture note."));
        CHECK(scalar(*db, QStringLiteral("SELECT apart_reason FROM sibling_group WHERE "
                                         "reference = 'SG-FIX'"))
                  .toString() == QStringLiteral("Fixture reason."));
    }
    if (version >= 5) {
        auto attended = storage::TrainingRepository(*db).attendedBy(household->id, Actor::system());
        REQUIRE(attended);
        REQUIRE(attended->size() == 1);
        CHECK(attended->front().kind == domain::TrainingKind::EarlyPermanence);
        CHECK(attended->front().start == d(2023, 11, 6));
    }
}

// Writes tests/data/schema-vN.sqlite. Run by hand once per released schema version
// (`test_storage "[.fixtures]"`), then commit the files: later builds must keep opening them.
// Plain SQL on purpose, so the fixtures stay what that version wrote whatever the repositories
// become.
TEST_CASE("write the fixture databases", "[.fixtures]")
{
    const auto make = [](int version, const QStringList& statements) {
        const QString path = dataFile(QStringLiteral("schema-v%1.sqlite").arg(version));
        QFile::remove(path);
        RawConnection raw(path);
        raw.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        REQUIRE(Migrator::migrate(raw.db(), version));
        for (const QString& statement : statements)
            raw.exec(statement);
        // Smallest file: small pages, compacted, rollback journal (so no -wal beside it).
        raw.exec(QStringLiteral("PRAGMA page_size = 512"));
        raw.exec(QStringLiteral("VACUUM"));
    };
    const QStringList agency = {
        QStringLiteral("INSERT INTO agency (id, name, updated_by, updated_at) VALUES (1, 'Fixture "
                       "Adoption Agency', 'system', '2024-01-01T00:00:00.000Z')"),
        QStringLiteral("INSERT INTO council (code, name, position) VALUES ('PBORO', "
                       "'Peterborough City Council', 0), ('CAMBS', 'Cambridgeshire County "
                       "Council', 1)"),
        QStringLiteral("INSERT INTO hub (code, name, central, position) VALUES ('HUNTS', "
                       "'Huntingdon Hub', 0, 0)"),
        QStringLiteral("INSERT INTO hub_council (hub_code, council_code, position) VALUES "
                       "('HUNTS', 'PBORO', 0), ('HUNTS', 'CAMBS', 1)"),
    };
    make(1, agency + QStringList{version1Child()});
    QStringList v2 = agency;
    v2 << QStringLiteral(
              "INSERT INTO household (id, reference, source, hub_code, enquiry, approval, "
              "max_children, min_age, max_age, reference_search, updated_by, updated_at) VALUES "
              "(1, 'H-0001', 'own', 'HUNTS', '2022-01-10', '2023-03-01', 2, 0, 6, 'h-0001', "
              "'system', '2024-01-01T00:00:00.000Z')")
       << QStringLiteral(
              "INSERT INTO applicant (household_id, position, forename, surname, date_of_birth, "
              "sex, forename_search, surname_search) VALUES (1, 0, 'Sam', 'Fixture', "
              "'1985-05-12', 'M', 'sam', 'fixture'), (1, 1, 'Alex', 'Fixture', '1986-06-13', "
              "'F', 'alex', 'fixture')")
       << QStringLiteral(
              "INSERT INTO child (reference, forename, surname, date_of_birth, sex, "
              "council_code, entered_care, household_id, reference_search, forename_search, "
              "surname_search, updated_by, updated_at) VALUES ('C-0001', 'Ada', 'Fixture', "
              "'2019-03-01', 'F', 'PBORO', '2021-06-01', 1, 'c-0001', 'ada', 'fixture', "
              "'system', '2024-01-01T00:00:00.000Z')")
       << QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES "
                         "('2024-01-01T00:00:00.000Z', 'system', 'insert', 'household', 1)");
    make(2, v2);

    QStringList v3 = v2;
    v3 << QStringLiteral("UPDATE household SET relationship = 'unmarried' WHERE id = 1")
       << QStringLiteral("INSERT INTO household_pause (household_id, position, from_date, "
                         "to_date, reason) VALUES (1, 0, '2022-08-01', '2022-08-21', 'Holiday')")
       << QStringLiteral("INSERT INTO child_health_need (child_id, position, category) SELECT id, "
                         "0, '%1' FROM child")
              .arg(domain::needCategories().at(2));
    make(3, v3);

    QStringList v4 = v3;
    v4 << QStringLiteral("UPDATE child SET sibling_group = 'SG-FIX'")
       << QStringLiteral("INSERT INTO sibling_group (reference, place_together, apart_reason, "
                         "notes, updated_by, updated_at) VALUES ('SG-FIX', 0, 'Fixture reason.', "
                         "'', 'system', '2024-01-01T00:00:00.000Z')")
       << QStringLiteral("INSERT INTO case_note (child_id, note_date, recorded_at, author, kind, "
                         "text) SELECT id, '2023-04-01', '2024-01-01T00:00:00.000Z', 'system', "
                         "'fact', 'Fixture note.' FROM child");
    make(4, v4);

    QStringList v5 = v4;
    v5 << QStringLiteral("INSERT INTO training_event (id, kind, title, start_date, end_date, "
                         "trainer, updated_by, updated_at) VALUES (1, 'early-permanence', "
                         "'Fixture module', '2023-11-06', NULL, 'Fixture trainer', 'system', "
                         "'2024-01-01T00:00:00.000Z')")
       << QStringLiteral("INSERT INTO training_attendance (event_id, household_id, position) "
                         "VALUES (1, 1, 0)");
    make(5, v5);
}
