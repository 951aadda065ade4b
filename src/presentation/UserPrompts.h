#pragma once

#include <QString>

namespace permanence::presentation {

/// Every modal question the application asks goes through here, so that tests script the
/// answers instead of clicking real dialogs, and so no model or controller opens a widget.
class UserPrompts
{
public:
    virtual ~UserPrompts() = default;

    /// An existing database file to open; empty when the user cancels.
    [[nodiscard]] virtual QString chooseDatabaseToOpen(const QString& startDirectory) = 0;
    /// Where to create a new database; empty when the user cancels. The file may exist: the
    /// caller decides what to do about that (the app refuses to overwrite).
    [[nodiscard]] virtual QString chooseNewDatabasePath(const QString& startDirectory) = 0;
    /// Tells the user that something failed and waits until they acknowledge it.
    virtual void showError(const QString& title, const QString& message) = 0;

protected:
    UserPrompts() = default;
    UserPrompts(const UserPrompts&) = default;
    UserPrompts& operator=(const UserPrompts&) = default;
};

} // namespace permanence::presentation
