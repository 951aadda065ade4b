#pragma once

#include <QHash>
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
class UserPrompts;
struct DisplaySettings;
} // namespace permanence::presentation

namespace permanence::gui {

class ChildForm;

/// The Children area: find a child by name or reference; narrow the list by council, status,
/// priority, early permanence and time waiting (all as of today); open, create and archive
/// records (each in its own ChildForm window); the "Children with a plan on …" view; and the
/// import of a spreadsheet tracker (File > Import Children…).
class ChildrenPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChildrenPage(QWidget* parent = nullptr);
    ~ChildrenPage() override;

    /// Not owned; nullptr empties the page. Open child forms are closed first (asking about
    /// unsaved changes while their database is still open).
    void setWorkspace(services::Workspace* workspace);
    /// Shows long waits from the threshold in `settings` (Edit > Settings).
    void applySettings(const presentation::DisplaySettings& settings);
    /// Replaces the dialogs used for questions (tests script them); not owned, must outlive the
    /// page. nullptr goes back to real dialogs.
    void setPrompts(presentation::UserPrompts* prompts);

    [[nodiscard]] presentation::ChildListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const;

    /// Puts the keyboard in the search box with its text selected, ready to type over.
    void focusSearch();

    /// Opens a form for a new child.
    ChildForm* newChild();
    /// Opens (or brings forward) the form of a saved child; nullptr if it cannot be loaded.
    ChildForm* openChild(qint64 childId);
    /// Opens the child on the current row of the list.
    void openSelected();
    /// Asks to confirm, then archives the child on the current row.
    void archiveSelected();
    /// Shows the "Children with a plan on …" view.
    void showSnapshot();
    /// Asks for a CSV file and imports it with a progress bar, then shows the report.
    void importChildren();

private:
    void setUpFilters();
    void fillCouncils();
    void applySearch();
    void applyCouncil();
    void applyFilters();
    void showCount();
    void updateActions();
    [[nodiscard]] qint64 selectedChildId() const;
    [[nodiscard]] presentation::UserPrompts& prompts() const;
    ChildForm* showForm(ChildForm* form, qint64 childId);
    void closeForms();

    std::unique_ptr<Ui::ChildrenPage> m_ui;
    std::unique_ptr<presentation::UserPrompts> m_ownPrompts;
    presentation::UserPrompts* m_prompts = nullptr;
    presentation::ChildListModel* m_model;
    QPointer<services::Workspace> m_workspace;
    QTimer m_searchDelay;
    QHash<qint64, QPointer<ChildForm>> m_forms;
    QList<QPointer<QWidget>> m_windows; ///< new-child forms and snapshot views
};

} // namespace permanence::gui
