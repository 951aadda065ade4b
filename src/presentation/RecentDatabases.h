#pragma once

#include <QSettings>
#include <QStringList>

namespace permanence::presentation {

/// The "Open Recent" list, most recent first, kept in QSettings under "recentDatabases".
/// Paths are stored absolute and each appears once, so opening the same file by two relative
/// paths does not fill the menu with duplicates.
class RecentDatabases
{
public:
    static constexpr int maximum = 8;

    /// Uses the application's default QSettings.
    RecentDatabases() = default;
    /// Uses the given settings (tests pass one on a temporary file).
    explicit RecentDatabases(QSettings* settings) : m_settings(settings) {}

    [[nodiscard]] QStringList paths() const;
    /// Puts `path` first, dropping an older entry for it and anything beyond `maximum`.
    void add(const QString& path);
    void remove(const QString& path);
    /// Forgets entries whose files no longer exist, so the menu does not offer dead ends forever.
    void removeMissing();
    void clear();

private:
    void store(const QStringList& paths);

    QSettings* m_settings = nullptr;
};

} // namespace permanence::presentation
