#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>

class QTableView;

namespace Ui {
class ChildrenPage;
}

namespace permanence::services {
class Workspace;
}

namespace permanence::presentation {
class ChildListModel;
}

namespace permanence::gui {

/// The Children area: find a child by name or reference, narrow to one council, sort by the
/// dates that matter. Opening a child's record comes with the child form (a later issue), so
/// activating a row does nothing yet rather than pretend.
class ChildrenPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChildrenPage(QWidget* parent = nullptr);
    ~ChildrenPage() override;

    /// Not owned; nullptr empties the page.
    void setWorkspace(services::Workspace* workspace);

    [[nodiscard]] presentation::ChildListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const;

    /// Puts the keyboard in the search box with its text selected, ready to type over.
    void focusSearch();

private:
    void fillCouncils();
    void applySearch();
    void applyCouncil();
    void showCount();

    std::unique_ptr<Ui::ChildrenPage> m_ui;
    presentation::ChildListModel* m_model;
    QPointer<services::Workspace> m_workspace;
    QTimer m_searchDelay;
};

} // namespace permanence::gui
