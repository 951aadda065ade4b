#pragma once

#include "domain/Child.h"

#include <QUndoCommand>

namespace permanence::presentation {

class ChildEditor;

/// An edit of a draft child record, kept as the record before and after: a Child is small, and
/// whole-record snapshots make undo exact whatever the edit touched. Consecutive edits with the
/// same merge key (typing in one field, spinning one date) merge into one undo step; an edit
/// merged back to where it started disappears from the stack.
class ChildEdit : public QUndoCommand
{
public:
    /// No merge key: never merged.
    static constexpr int noMerge = -1;

    ChildEdit(ChildEditor& editor, const QString& text, domain::Child before, domain::Child after,
              int mergeKey = noMerge);

    void undo() override;
    void redo() override;
    [[nodiscard]] int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    ChildEditor& m_editor;
    domain::Child m_before;
    domain::Child m_after;
    int m_mergeKey;
};

/// Names, codes, notes, yes/no facts and choices of the profile, needs and endings.
class ChangeChildDetails final : public ChildEdit
{
public:
    using ChildEdit::ChildEdit;
};

/// One journey milestone set, changed or cleared ("not reached").
class SetMilestoneDate final : public ChildEdit
{
public:
    SetMilestoneDate(ChildEditor& editor, domain::Milestone milestone, domain::Child before,
                     domain::Child after);
};

/// A health-need category ticked or cleared.
class SetHealthNeed final : public ChildEdit
{
public:
    SetHealthNeed(ChildEditor& editor, const QString& category, bool present, domain::Child before,
                  domain::Child after);
};

class AddContactPlan final : public ChildEdit
{
public:
    AddContactPlan(ChildEditor& editor, domain::Child before, domain::Child after);
};

class ChangeContactPlan final : public ChildEdit
{
public:
    ChangeContactPlan(ChildEditor& editor, domain::Child before, domain::Child after);
};

class RemoveContactPlan final : public ChildEdit
{
public:
    RemoveContactPlan(ChildEditor& editor, domain::Child before, domain::Child after);
};

} // namespace permanence::presentation
