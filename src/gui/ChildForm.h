#pragma once

#include "domain/Child.h"
#include "domain/Problem.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class QListWidgetItem;

namespace Ui {
class ChildForm;
}

namespace permanence::services {
class Workspace;
}

namespace permanence::presentation {
class ChildEditor;
class UserPrompts;
} // namespace permanence::presentation

namespace permanence::gui {

/// A child's record in a window of its own: Profile, Needs, Journey, Siblings and Notes tabs
/// over one ChildEditor. Save validates the whole record and, when anything is wrong, lists
/// every problem under the tabs by field (nothing is written). Ctrl+Z / Ctrl+Shift+Z undo and
/// redo edits; closing with unsaved changes asks Save / Discard / Cancel through UserPrompts.
class ChronologyWindow;

class ChildForm : public QDialog
{
    Q_OBJECT

public:
    /// Edits `child` (id 0: a new child). `prompts` answers the form's questions and must
    /// outlive it; tests pass scripted ones.
    ChildForm(services::Workspace& workspace, domain::Child child,
              presentation::UserPrompts& prompts, QWidget* parent = nullptr);
    ~ChildForm() override;

    [[nodiscard]] presentation::ChildEditor* editor() const { return m_editor; }
    /// Validates and saves; false (with the problems shown) when nothing was written.
    bool save();
    /// Asks to confirm, then archives the saved child and closes the form.
    void archive();

    /// Opens (or brings forward) the child's chronology; nullptr for a child not saved yet.
    ChronologyWindow* showChronology();

    /// The messages shown in the problem list.
    [[nodiscard]] QStringList shownProblems() const;

Q_SIGNALS:
    void childSaved(qint64 childId);
    void childArchived(qint64 childId);
    /// A sibling was chosen on the Siblings tab.
    void openChildRequested(qint64 childId);

public Q_SLOTS:
    /// Closes the form, asking first about unsaved changes (Escape and the Close button).
    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// For a new child: asks whether a likely existing record is the same child; true to go on.
    [[nodiscard]] bool confirmNotADuplicate();
    void setUpActions();
    void refresh();
    void showProblems(const domain::Problems& problems);
    void goToProblem(QListWidgetItem* item);
    [[nodiscard]] QWidget* fieldWidget(const QString& field) const;
    /// True when the form may close: nothing unsaved, or the user saved or discarded it.
    [[nodiscard]] bool settleUnsavedChanges();
    [[nodiscard]] QString recordName() const;

    std::unique_ptr<Ui::ChildForm> m_ui;
    presentation::ChildEditor* m_editor;
    presentation::UserPrompts& m_prompts;
    QPointer<ChronologyWindow> m_chronology;
    bool m_showingProblems = false;
    bool m_closing = false;
};

} // namespace permanence::gui
