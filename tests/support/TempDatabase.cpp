#include "TempDatabase.h"

#include <catch2/catch.hpp>

namespace permanence::test {

TempDatabase::TempDatabase() : m_path(m_dir.filePath(QStringLiteral("test.sqlite")))
{
    auto opened = storage::Database::open(m_path);
    if (!opened)
        FAIL("could not open a temporary database: " << opened.error().message.toStdString());
    m_db = std::make_unique<storage::Database>(std::move(*opened));
}

} // namespace permanence::test
