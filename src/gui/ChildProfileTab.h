#pragma once

#include <QHash>
#include <QWidget>
#include <memory>

namespace Ui {
class ChildProfileTab;
}

namespace permanence::presentation {
class ChildEditor;
}

namespace permanence::gui {

/// The Profile tab of the child form: identity, council, ethnicity, religion, language and the
/// sibling group reference. Reads the editor's draft and sends every edit to it.
class ChildProfileTab : public QWidget
{
    Q_OBJECT

public:
    explicit ChildProfileTab(QWidget* parent = nullptr);
    ~ChildProfileTab() override;

    /// Binds to `editor` (not owned; it outlives the tab) and shows its draft.
    void setEditor(presentation::ChildEditor* editor);
    /// Shows the editor's draft again (after an edit, an undo or a save).
    void refresh();
    /// The widget that holds a validation problem's field ("Surname"), or nullptr.
    [[nodiscard]] QWidget* fieldWidget(const QString& field) const { return m_fields.value(field); }

private:
    void fillChoices();

    std::unique_ptr<Ui::ChildProfileTab> m_ui;
    presentation::ChildEditor* m_editor = nullptr;
    QHash<QString, QWidget*> m_fields;
};

} // namespace permanence::gui
