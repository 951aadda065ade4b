#pragma once

#include "domain/AdopterHousehold.h"
#include "domain/Problem.h"
#include "domain/Result.h"
#include "services/Workspace.h"

#include <QObject>
#include <QPointer>
#include <QUndoStack>
#include <functional>

namespace permanence::presentation {

/// The open household form's working copy: every change is an undo command on the form's own
/// stack, nothing reaches the database until save(), and save() refuses while the draft has
/// any problem (all of them are returned at once, each naming its field).
class HouseholdEditor : public QObject
{
    Q_OBJECT

public:
    explicit HouseholdEditor(services::Workspace& workspace, QObject* parent = nullptr);

    /// Starts editing a household (a saved one, or a new draft with no id); clears undo.
    void setHousehold(const domain::AdopterHousehold& household);
    [[nodiscard]] const domain::AdopterHousehold& household() const { return m_draft; }
    [[nodiscard]] bool isNew() const { return !m_draft.id.isValid(); }

    /// Applies `edit` to the draft as one undoable step named `description` ("Change surname").
    /// Consecutive edits with the same non-empty `mergeKey` (typing in one field) merge into
    /// one step. An edit that changes nothing is dropped.
    void change(const QString& description,
                const std::function<void(domain::AdopterHousehold&)>& edit,
                const QString& mergeKey = {});

    /// Every problem with the draft now (domain validation with the workspace's today and agency).
    [[nodiscard]] domain::Problems problems() const;
    /// True when the draft differs from what was last loaded or saved (typing a change and
    /// typing it back leaves the household unmodified).
    [[nodiscard]] bool isModified() const { return m_draft != m_saved; }

    /// Creates or updates the household. On a validation failure the error lists every problem
    /// and nothing is written. On success the draft takes its id and becomes the clean state.
    [[nodiscard]] domain::Status save();

    [[nodiscard]] QUndoStack* undoStack() { return &m_undo; }
    [[nodiscard]] services::Workspace& workspace() const { return *m_workspace; }

    /// Used by the undo commands; not for the form.
    void replaceDraft(const domain::AdopterHousehold& household);

Q_SIGNALS:
    /// The draft changed (an edit, an undo or redo, a load or a save).
    void householdChanged();
    /// isModified() changed.
    void modifiedChanged(bool modified);

private:
    QPointer<services::Workspace> m_workspace;
    void draftReplaced();

    domain::AdopterHousehold m_saved;
    domain::AdopterHousehold m_draft;
    QUndoStack m_undo;
    bool m_wasModified = false;
};

/// A new household as the form starts it: one applicant, own agency, enquiry today.
[[nodiscard]] domain::AdopterHousehold newHouseholdDraft(QDate today);

} // namespace permanence::presentation
