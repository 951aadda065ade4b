#pragma once

#include "domain/AdopterHousehold.h"
#include "domain/Child.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace permanence::test {

/// SHA-256 of a file's bytes, to prove a refused file was left untouched.
[[nodiscard]] QByteArray checksum(const QString& path);
/// A file in tests/data.
[[nodiscard]] QString dataFile(const QString& name);
/// Copies a tests/data fixture into `dir` (writable) and returns the copy's path.
[[nodiscard]] QString copyFixture(const QString& name, const QString& dir);

/// A plain QSQLITE connection with its own name, for building and tampering with files the way
/// an older build (or another program) would, without Database::open's checks and migration.
class RawConnection
{
public:
    explicit RawConnection(const QString& path);
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;
    ~RawConnection();

    [[nodiscard]] QSqlDatabase db() const;
    /// Runs a statement and fails the test if it does not succeed.
    void exec(const QString& statement) const;
    /// The first column of the first row of a query.
    [[nodiscard]] QVariant scalar(const QString& statement) const;

private:
    QString m_name;
};

/// A scalar from the open database (for checking stamps and the audit trail).
[[nodiscard]] QVariant scalar(const storage::Database& db, const QString& statement);

/// A child with every field set to something other than its default.
[[nodiscard]] domain::Child aChildWithEveryField(domain::HouseholdId household = {});
/// An own-agency couple with every field set.
[[nodiscard]] domain::AdopterHousehold aHouseholdWithEveryField();

} // namespace permanence::test
