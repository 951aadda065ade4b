#pragma once

#include "domain/LikelyDuplicate.h"

#include <QString>
#include <vector>

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

    /// What to do with a record's unsaved changes when its form is closing.
    enum class UnsavedChanges
    {
        Save,
        Discard,
        KeepEditing
    };
    /// Asks about the unsaved changes to `record` ("Amir & Sarah Khan"). Not pure so that
    /// existing scripted prompts keep compiling; the default keeps the form open, which never
    /// loses typed work.
    [[nodiscard]] virtual UnsavedChanges askUnsavedChanges(const QString& record)
    {
        Q_UNUSED(record);
        return UnsavedChanges::KeepEditing;
    }

    /// Asks to confirm a step that is hard to take back (archiving a child): `question` says
    /// what will happen, `action` labels the button that does it ("Archive"). The default
    /// answers no, so scripted prompts that do not know the question never take the step.
    [[nodiscard]] virtual bool confirm(const QString& title, const QString& question,
                                       const QString& action)
    {
        Q_UNUSED(title);
        Q_UNUSED(question);
        Q_UNUSED(action);
        return false;
    }
    /// A spreadsheet (CSV) file of children to import; empty when the user cancels.
    [[nodiscard]] virtual QString chooseChildrenToImport(const QString& startDirectory)
    {
        Q_UNUSED(startDirectory);
        return {};
    }

    /// Where to save a document the app writes (a PDF, a calendar file): `suggestedPath` is
    /// the proposed file, `filter` a file-dialog filter such as "PDF files (*.pdf)". Empty
    /// when the user cancels.
    [[nodiscard]] virtual QString
    chooseFileToSave(const QString& title, const QString& suggestedPath, const QString& filter)
    {
        Q_UNUSED(title);
        Q_UNUSED(suggestedPath);
        Q_UNUSED(filter);
        return {};
    }

    /// What to do when a record about to be created may already exist.
    struct DuplicateAnswer
    {
        enum class Action
        {
            CreateNew,    ///< none of them: create the new record
            OpenExisting, ///< it is `index` in the list: open that record instead
            KeepEditing   ///< not sure yet: create nothing, keep the form open
        };
        Action action = Action::KeepEditing;
        int index = -1;
    };
    /// Shows the records that may already hold `record` ("Abbie Adebayo") and asks whether it
    /// is one of them. The default keeps editing, so nothing is created unasked.
    [[nodiscard]] virtual DuplicateAnswer
    askAboutLikelyDuplicates(const QString& record,
                             const std::vector<domain::LikelyDuplicate>& found)
    {
        Q_UNUSED(record);
        Q_UNUSED(found);
        return {};
    }

protected:
    UserPrompts() = default;
    UserPrompts(const UserPrompts&) = default;
    UserPrompts& operator=(const UserPrompts&) = default;
};

} // namespace permanence::presentation
