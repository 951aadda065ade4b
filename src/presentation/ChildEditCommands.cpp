#include "presentation/ChildEditCommands.h"

#include "presentation/ChildEditor.h"

#include <QCoreApplication>

namespace permanence::presentation {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ChildEditCommands", text);
}

/// Merge keys by kind of edit: details use 1000 + field, milestones 2000 + milestone.
constexpr int milestoneMergeBase = 2000;
} // namespace

ChildEdit::ChildEdit(ChildEditor& editor, const QString& text, domain::Child before,
                     domain::Child after, int mergeKey)
    : QUndoCommand(text), m_editor(editor), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(mergeKey)
{}

void ChildEdit::undo()
{
    m_editor.applyDraft(m_before);
}

void ChildEdit::redo()
{
    m_editor.applyDraft(m_after);
}

bool ChildEdit::mergeWith(const QUndoCommand* other)
{
    // QUndoStack only offers commands with the same id(), and every command on an editor's
    // stack edits that editor's draft.
    const auto* edit = dynamic_cast<const ChildEdit*>(other);
    if (!edit || m_mergeKey == noMerge || edit->m_mergeKey != m_mergeKey)
        return false;
    m_after = edit->m_after;
    // Typed and then typed back: nothing left to undo.
    setObsolete(m_after == m_before);
    return true;
}

SetMilestoneDate::SetMilestoneDate(ChildEditor& editor, domain::Milestone milestone,
                                   domain::Child before, domain::Child after)
    : ChildEdit(editor, tr("Set %1 date").arg(domain::milestoneLabel(milestone).toLower()),
                std::move(before), std::move(after),
                milestoneMergeBase + static_cast<int>(milestone))
{}

SetHealthNeed::SetHealthNeed(ChildEditor& editor, const QString& category, bool present,
                             domain::Child before, domain::Child after)
    : ChildEdit(editor,
                present ? tr("Add health need %1").arg(category)
                        : tr("Remove health need %1").arg(category),
                std::move(before), std::move(after))
{}

AddContactPlan::AddContactPlan(ChildEditor& editor, domain::Child before, domain::Child after)
    : ChildEdit(editor, tr("Add contact plan"), std::move(before), std::move(after))
{}

ChangeContactPlan::ChangeContactPlan(ChildEditor& editor, domain::Child before, domain::Child after)
    : ChildEdit(editor, tr("Change contact plan"), std::move(before), std::move(after))
{}

RemoveContactPlan::RemoveContactPlan(ChildEditor& editor, domain::Child before, domain::Child after)
    : ChildEdit(editor, tr("Remove contact plan"), std::move(before), std::move(after))
{}

} // namespace permanence::presentation
