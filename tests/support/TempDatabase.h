#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>
#include <memory>

namespace permanence::test {

/// A migrated database in a fresh temporary folder, removed when the test ends.
class TempDatabase
{
public:
    TempDatabase();
    [[nodiscard]] storage::Database& db() { return *m_db; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<storage::Database> m_db;
};

} // namespace permanence::test
