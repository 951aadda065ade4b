#include "StringMakers.h"
#include "presentation/RecentDatabases.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using permanence::presentation::RecentDatabases;

namespace {

QString touch(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    return path;
}

} // namespace

TEST_CASE("recent databases are listed most recent first, once each, at most eight",
          "[presentation][recent]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    RecentDatabases recent(&settings);
    CHECK(recent.paths().isEmpty());

    const QString a = touch(dir, QStringLiteral("a.sqlite"));
    const QString b = touch(dir, QStringLiteral("b.sqlite"));
    recent.add(a);
    recent.add(b);
    CHECK(recent.paths() == QStringList{b, a});

    // Reopening moves it to the top instead of listing it twice, whatever the spelling.
    recent.add(QDir(dir.path()).filePath(QStringLiteral("./a.sqlite")));
    CHECK(recent.paths() == QStringList{a, b});

    for (int i = 0; i < 10; ++i)
        recent.add(touch(dir, QStringLiteral("n%1.sqlite").arg(i)));
    CHECK(recent.paths().size() == RecentDatabases::maximum);
    CHECK(recent.paths().constFirst() == dir.filePath(QStringLiteral("n9.sqlite")));
    CHECK_FALSE(recent.paths().contains(a));

    recent.remove(dir.filePath(QStringLiteral("n9.sqlite")));
    CHECK(recent.paths().constFirst() == dir.filePath(QStringLiteral("n8.sqlite")));

    recent.clear();
    CHECK(recent.paths().isEmpty());
}

TEST_CASE("missing recent databases can be forgotten", "[presentation][recent]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    RecentDatabases recent(&settings);
    const QString kept = touch(dir, QStringLiteral("kept.sqlite"));
    const QString gone = touch(dir, QStringLiteral("gone.sqlite"));
    recent.add(kept);
    recent.add(gone);
    REQUIRE(QFile::remove(gone));

    recent.removeMissing();
    CHECK(recent.paths() == QStringList{kept});
}
