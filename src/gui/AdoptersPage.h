#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>

class QTableView;

namespace Ui {
class AdoptersPage;
}

namespace permanence::services {
class Workspace;
}

namespace permanence::presentation {
class HouseholdListModel;
}

namespace permanence::gui {

/// The Adopters area: adopter households by name or reference, narrowed to a hub or to where
/// they were approved. Like ChildrenPage, activating a row does nothing until the household
/// form exists.
class AdoptersPage : public QWidget
{
    Q_OBJECT

public:
    explicit AdoptersPage(QWidget* parent = nullptr);
    ~AdoptersPage() override;

    /// Not owned; nullptr empties the page.
    void setWorkspace(services::Workspace* workspace);

    [[nodiscard]] presentation::HouseholdListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const;

    /// Puts the keyboard in the search box with its text selected, ready to type over.
    void focusSearch();

private:
    void fillHubs();
    void fillSources();
    void applySearch();
    void applyFilters();
    void showCount();

    std::unique_ptr<Ui::AdoptersPage> m_ui;
    presentation::HouseholdListModel* m_model;
    QPointer<services::Workspace> m_workspace;
    QTimer m_searchDelay;
};

} // namespace permanence::gui
