#pragma once

#include <QHash>
#include <QWidget>
#include <memory>

namespace Ui {
class ChildNeedsTab;
}

namespace permanence::presentation {
class ChildEditor;
}

namespace permanence::gui {

/// The Needs tab: disability, health-need categories, notes on needs, heritage and identity,
/// the child's own views, and contact plans with the birth family.
class ChildNeedsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ChildNeedsTab(QWidget* parent = nullptr);
    ~ChildNeedsTab() override;

    /// Binds to `editor` (not owned) and shows its draft.
    void setEditor(presentation::ChildEditor* editor);
    void refresh();
    [[nodiscard]] QWidget* fieldWidget(const QString& field) const { return m_fields.value(field); }

private:
    void onNeedChanged(int row);
    void onContactEdited(int row, int column);
    void addContact();
    void removeContact();

    std::unique_ptr<Ui::ChildNeedsTab> m_ui;
    presentation::ChildEditor* m_editor = nullptr;
    QHash<QString, QWidget*> m_fields;
    bool m_refreshing = false;
};

} // namespace permanence::gui
