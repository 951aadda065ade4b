#include "presentation/HouseholdEditor.h"

#include "services/Workspace.h"

#include <QUndoCommand>

namespace permanence::presentation {

using domain::AdopterHousehold;

namespace {

/// One edit of the draft, kept as the whole record before and after: a household is small, and
/// whole snapshots make undo exact whatever the edit touched (dates, pauses, graded needs).
class ChangeHouseholdDetails final : public QUndoCommand
{
public:
    ChangeHouseholdDetails(HouseholdEditor& editor, const QString& text, AdopterHousehold before,
                           AdopterHousehold after, QString mergeKey)
        : QUndoCommand(text), m_editor(editor), m_before(std::move(before)),
          m_after(std::move(after)), m_mergeKey(std::move(mergeKey))
    {}

    void undo() override { m_editor.replaceDraft(m_before); }
    void redo() override { m_editor.replaceDraft(m_after); }
    // One id for every edit: mergeWith() decides by key, which QUndoStack cannot carry.
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const ChangeHouseholdDetails*>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    HouseholdEditor& m_editor;
    AdopterHousehold m_before;
    AdopterHousehold m_after;
    QString m_mergeKey;
};

} // namespace

HouseholdEditor::HouseholdEditor(services::Workspace& workspace, QObject* parent)
    : QObject(parent), m_workspace(&workspace)
{}

void HouseholdEditor::setHousehold(const AdopterHousehold& household)
{
    m_undo.clear();
    m_saved = household;
    m_draft = household;
    draftReplaced();
}

void HouseholdEditor::change(const QString& description,
                             const std::function<void(AdopterHousehold&)>& edit,
                             const QString& mergeKey)
{
    AdopterHousehold after = m_draft;
    edit(after);
    if (after == m_draft)
        return;
    m_undo.push(
        new ChangeHouseholdDetails(*this, description, m_draft, std::move(after), mergeKey));
}

void HouseholdEditor::replaceDraft(const AdopterHousehold& household)
{
    // Steps recorded before the first save carry no id; undoing one must not turn the saved
    // household back into a new one (a second save would create a duplicate).
    const domain::HouseholdId id = m_draft.id;
    m_draft = household;
    if (!m_draft.id.isValid())
        m_draft.id = id;
    draftReplaced();
}

void HouseholdEditor::draftReplaced()
{
    Q_EMIT householdChanged();
    if (isModified() != m_wasModified) {
        m_wasModified = isModified();
        Q_EMIT modifiedChanged(m_wasModified);
    }
}

domain::Problems HouseholdEditor::problems() const
{
    if (!m_workspace)
        return {};
    const domain::ValidationContext context{
        m_workspace->clock().today(), m_workspace->hasAgency() ? &m_workspace->agency() : nullptr};
    return domain::validate(m_draft, context);
}

domain::Status HouseholdEditor::save()
{
    if (!m_workspace)
        return domain::fail(domain::ErrorCode::Invalid, tr("No database is open."));
    // Checked here as well as in the workspace so the form gets every problem even when the
    // service would stop at the first failure of another kind.
    if (domain::Problems found = problems(); !found.empty())
        return domain::fail(domain::Error::validation(std::move(found)));
    if (isNew()) {
        auto id = m_workspace->createHousehold(m_draft);
        if (!id)
            return domain::fail(id.error());
        m_draft.id = *id;
    } else if (auto saved = m_workspace->updateHousehold(m_draft); !saved) {
        return saved;
    }
    // The saved record is the new starting point: earlier steps stay undoable, and undoing
    // one makes the form modified again.
    m_saved = m_draft;
    draftReplaced();
    return {};
}

AdopterHousehold newHouseholdDraft(QDate today)
{
    AdopterHousehold h;
    h.applicants = {domain::Applicant{}};
    h.relationship = domain::Relationship::Single;
    h.journey.enquiry = today;
    return h;
}

} // namespace permanence::presentation
