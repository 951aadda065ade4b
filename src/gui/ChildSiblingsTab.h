#pragma once

#include <QString>
#include <QWidget>
#include <memory>

namespace Ui {
class ChildSiblingsTab;
}

namespace permanence::presentation {
class ChildEditor;
class ChildSummaryModel;
class UserPrompts;
} // namespace permanence::presentation

namespace permanence::gui {

/// The Siblings tab: the other children with the same sibling group reference, and the group's
/// decision to place together or apart (with the reason). The decision belongs to the group, not
/// to this child, so it is recorded at once with its own button rather than with the form's Save.
class ChildSiblingsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ChildSiblingsTab(QWidget* parent = nullptr);
    ~ChildSiblingsTab() override;

    /// Binds to `editor` and `prompts` (neither owned) and shows the group of the draft.
    void setEditor(presentation::ChildEditor* editor, presentation::UserPrompts* prompts);
    /// Reloads the group when the draft's reference changed since the last load.
    void refresh();
    /// Reloads the group from the database.
    void reload();

Q_SIGNALS:
    /// The user asked to open one of the siblings.
    void openChildRequested(qint64 childId);

private:
    void recordDecision();
    void updateEnabled();

    std::unique_ptr<Ui::ChildSiblingsTab> m_ui;
    presentation::ChildEditor* m_editor = nullptr;
    presentation::UserPrompts* m_prompts = nullptr;
    presentation::ChildSummaryModel* m_siblings;
    QString m_loadedReference;
};

} // namespace permanence::gui
