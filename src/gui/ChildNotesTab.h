#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class ChildNotesTab;
}

namespace permanence::presentation {
class CaseNoteListModel;
class ChildEditor;
class UserPrompts;
} // namespace permanence::presentation

namespace permanence::gui {

/// The Notes tab: the child's chronology, newest first, and a box to add a dated note of a kind
/// (fact, opinion, third-party). A note is added at once and never edited, as the recording
/// standard asks; notes need a saved child to belong to.
class ChildNotesTab : public QWidget
{
    Q_OBJECT

public:
    explicit ChildNotesTab(QWidget* parent = nullptr);
    ~ChildNotesTab() override;

    /// Binds to `editor` and `prompts` (neither owned) and loads the saved child's notes.
    void setEditor(presentation::ChildEditor* editor, presentation::UserPrompts* prompts);
    /// Loads the notes again (after the child's first save, or a note added).
    void reload();

    [[nodiscard]] presentation::CaseNoteListModel* model() const { return m_notes; }

private:
    void addNote();
    void showSelected();

    std::unique_ptr<Ui::ChildNotesTab> m_ui;
    presentation::ChildEditor* m_editor = nullptr;
    presentation::UserPrompts* m_prompts = nullptr;
    presentation::CaseNoteListModel* m_notes;
};

} // namespace permanence::gui
