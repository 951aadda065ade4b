#include "presentation/RecentDatabases.h"

#include <QFileInfo>

namespace permanence::presentation {
namespace {

const QString key = QStringLiteral("recentDatabases");

QString normalised(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

QStringList RecentDatabases::paths() const
{
    const QStringList stored =
        m_settings ? m_settings->value(key).toStringList() : QSettings().value(key).toStringList();
    return stored.mid(0, maximum);
}

void RecentDatabases::store(const QStringList& paths)
{
    if (m_settings) {
        m_settings->setValue(key, paths);
        return;
    }
    QSettings settings;
    settings.setValue(key, paths);
}

void RecentDatabases::add(const QString& path)
{
    if (path.isEmpty())
        return;
    const QString absolute = normalised(path);
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, maximum));
}

void RecentDatabases::remove(const QString& path)
{
    QStringList list = paths();
    list.removeAll(normalised(path));
    store(list);
}

void RecentDatabases::removeMissing()
{
    QStringList list = paths();
    list.removeIf([](const QString& p) { return !QFileInfo::exists(p); });
    store(list);
}

void RecentDatabases::clear()
{
    store({});
}

} // namespace permanence::presentation
