#pragma once

#include "Builders.h"
#include "exchange/ChildCsvImport.h"
#include "services/Workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <memory>

namespace permanence::test {

/// A workspace on a fresh database, today 30 Jun 2024, with the four-council agency.
struct ImportWorkspace
{
    QTemporaryDir dir;
    domain::FixedClock clock{d(2024, 6, 30)};
    std::unique_ptr<services::Workspace> ws;

    ImportWorkspace()
    {
        auto opened = services::Workspace::open(dir.filePath(QStringLiteral("ws.sqlite")), clock,
                                                domain::Actor{QStringLiteral("importer")});
        REQUIRE(opened);
        ws = std::move(*opened);
        REQUIRE(ws->setAgency(aFourCouncilAgency()));
    }

    /// Writes `bytes` to a file in the temporary folder and returns its path.
    QString file(const QByteArray& bytes, const QString& name = QStringLiteral("import.csv"))
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(f.write(bytes) == bytes.size());
        return path;
    }

    exchange::ImportReport import(const QString& path)
    {
        auto report = exchange::importChildren(*ws, path);
        REQUIRE(report);
        return *report;
    }

    exchange::ImportReport importText(const QString& text) { return import(file(text.toUtf8())); }

    int count()
    {
        storage::ChildQuery all;
        all.includeArchived = true;
        auto n = ws->childCount(all);
        REQUIRE(n);
        return *n;
    }

    domain::Child byReference(const QString& reference)
    {
        storage::ChildQuery q;
        q.text = reference;
        q.includeArchived = true;
        auto found = ws->children(q);
        REQUIRE(found);
        for (const auto& c : *found)
            if (c.reference == reference)
                return c;
        FAIL("no child " << reference.toStdString());
        return {};
    }
};

/// A file in tests/data/import.
inline QString importData(const QString& name)
{
    return QStringLiteral(PERMANENCE_TEST_DATA_DIR "/import/") + name;
}

/// The header with the required columns only, and a valid row for it.
inline QString minimalHeader()
{
    return QStringLiteral("reference,council,forename,surname,date_of_birth,sex,ethnicity");
}
inline QString minimalRow(int n)
{
    return QStringLiteral("C-%1,STAFFS,Child%1,Surname%2,2019-03-01,F,WBRI")
        .arg(n, 5, 10, QLatin1Char('0'))
        .arg(n % 97);
}

} // namespace permanence::test
