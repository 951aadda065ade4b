#pragma once

#include "domain/Child.h"
#include "domain/Problem.h"
#include "domain/Result.h"

#include <QObject>
#include <QUndoStack>
#include <optional>

namespace permanence::services {
class Workspace;
}

namespace permanence::presentation {

/// One open child record being edited: a draft copy of the Child, the record as last saved,
/// and an undo stack of the edits between them. Every change goes through an undo command
/// (ChildEditCommands.h), so Ctrl+Z works the same for a typed name and a milestone date; the
/// form only reads the draft and calls the setters. Nothing is written until save().
class ChildEditor : public QObject
{
    Q_OBJECT

public:
    /// The free-text and code fields of the record.
    enum class Text
    {
        Reference,
        Forename,
        Surname,
        PreferredName,
        Ethnicity, ///< DfE code
        Religion,
        FirstLanguage,
        Council, ///< council code
        SiblingGroup,
        NeedsNotes,
        HeritageNotes,
        ChildViews,
        EarlyPermanenceCarers,
        PlanChangeReason,
        PlanChangeNewPlan,
        FamilyFindingStopReason,
    };
    /// Dates that are not journey milestones.
    enum class Date
    {
        DateOfBirth,
        EarlyPermanencePlaced,
        MovedInWithCarers,
        PlanChanged,
        FamilyFindingStopped,
    };

    /// Edits `child` (id 0: a new child, created on the first save).
    ChildEditor(services::Workspace& workspace, domain::Child child, QObject* parent = nullptr);
    ~ChildEditor() override;

    [[nodiscard]] const domain::Child& draft() const { return m_draft; }
    [[nodiscard]] const domain::Child& saved() const { return m_saved; }
    [[nodiscard]] bool isNew() const { return !m_saved.id.isValid(); }
    /// The draft differs from the record as saved (undoing every edit makes it unmodified).
    [[nodiscard]] bool isModified() const { return m_draft != m_saved; }
    [[nodiscard]] QUndoStack* undoStack() { return &m_undo; }
    [[nodiscard]] services::Workspace& workspace() const { return m_workspace; }
    /// The workspace's today: the date validation and derived facts are stated on.
    [[nodiscard]] QDate today() const;

    [[nodiscard]] static QString text(const domain::Child& child, Text field);
    [[nodiscard]] QString text(Text field) const { return text(m_draft, field); }
    void setText(Text field, const QString& value);
    [[nodiscard]] static QDate date(const domain::Child& child, Date field);
    [[nodiscard]] QDate date(Date field) const { return date(m_draft, field); }
    void setDate(Date field, QDate value);
    void setMilestoneDate(domain::Milestone milestone, QDate value);
    void setSex(std::optional<domain::Sex> sex);
    void setDisability(bool disability);
    void setHealthNeed(const QString& category, bool present);
    void setAuthority(domain::PlacementAuthority authority);
    void setEarlyPermanenceKind(domain::EarlyPermanenceKind kind);
    void setFosterCarerAdoption(bool fosterCarerAdoption);
    void addContactPlan(const domain::ContactPlan& plan);
    void changeContactPlan(int row, const domain::ContactPlan& plan);
    void removeContactPlan(int row);

    /// Every problem with the draft, as the workspace would find them on save.
    [[nodiscard]] domain::Problems problems() const;
    /// Validates and writes the draft: creates a new child or updates the existing one. On a
    /// validation failure nothing is written and the error lists every problem.
    [[nodiscard]] domain::Result<domain::ChildId> save();

    /// Used by the undo commands: replaces the draft, keeping the record's id (a command made
    /// before the first save must not turn the saved record back into a new one).
    void applyDraft(const domain::Child& child);

Q_SIGNALS:
    /// The draft changed (an edit, an undo or a redo): views read it again.
    void draftChanged();
    /// isModified() changed.
    void modifiedChanged(bool modified);
    /// The record was written.
    void recordSaved(domain::ChildId id);

private:
    /// Pushes a ChangeChildDetails command for `edited` unless it equals the draft.
    void pushDetails(const QString& what, int field, const domain::Child& edited);

    services::Workspace& m_workspace;
    domain::Child m_saved;
    domain::Child m_draft;
    QUndoStack m_undo;
    bool m_wasModified = false;
};

} // namespace permanence::presentation
