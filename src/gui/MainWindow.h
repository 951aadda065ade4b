#pragma once

#include "domain/SearchRecord.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace permanence::services {
class Search;
class Workspace;
} // namespace permanence::services

namespace permanence::presentation {
struct DisplaySettings;
class UserPrompts;
} // namespace permanence::presentation

namespace permanence::gui {

class SearchBox;

class AdoptersPage;
class MyWorkPage;
class DashboardPage;
class ChildrenPage;
class MatchingPage;
class SupportPage;

/// The application window: a list of areas on the left, the page of the chosen area on the
/// right, the File and Help menus and a status bar. It holds no logic of its own beyond that:
/// each area is a page class, and opening or creating a database is the app's job, asked for
/// through openDatabaseRequested / newDatabaseRequested.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Area
    {
        Children,
        Adopters,
        Matching,
        Panels,
        Support,
        Dashboards,
        MyWork
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The open database; not owned. The app calls this with the new workspace before it
    /// destroys the old one, and with nullptr when none is open.
    void setWorkspace(services::Workspace* workspace);
    [[nodiscard]] services::Workspace* workspace() const;

    /// Replaces the dialogs used to ask for files and report errors (tests script them).
    void setPrompts(std::unique_ptr<presentation::UserPrompts> prompts);

    void showArea(Area area);
    /// Saves `settings` for this user and applies them to every page at once.
    void applySettings(const presentation::DisplaySettings& settings);
    [[nodiscard]] Area currentArea() const;
    [[nodiscard]] ChildrenPage* childrenPage() const { return m_childrenPage; }
    [[nodiscard]] AdoptersPage* adoptersPage() const { return m_adoptersPage; }
    [[nodiscard]] MyWorkPage* myWorkPage() const { return m_myWorkPage; }
    [[nodiscard]] DashboardPage* dashboardPage() const { return m_dashboardPage; }
    [[nodiscard]] MatchingPage* matchingPage() const { return m_matchingPage; }
    [[nodiscard]] SupportPage* supportPage() const { return m_supportPage; }
    /// The navigation entry's text for an area ("My work (3 overdue)").
    [[nodiscard]] QString areaLabel(Area area) const;

Q_SIGNALS:
    /// The user chose an existing database to open.
    void openDatabaseRequested(const QString& path);
    /// The user chose where to create a new database.
    void newDatabaseRequested(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPages();
    void setUpActions();
    void setUpStatusBar();
    void restoreWindowState();
    void chooseDatabaseToOpen();
    void chooseNewDatabase();
    void openRecent(const QString& path);
    void fillRecentMenu();
    void showAbout();
    void editSettings();
    void findOnPage();
    void findAnything();
    void openFound(domain::SearchKind kind, qint64 id);
    void onAreaChanged(int row);
    void showStatus();
    void showWorkCounts(int overdue, int total);
    [[nodiscard]] QString startDirectory() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<presentation::UserPrompts> m_prompts;
    QPointer<services::Workspace> m_workspace;
    ChildrenPage* m_childrenPage = nullptr;
    AdoptersPage* m_adoptersPage = nullptr;
    MyWorkPage* m_myWorkPage = nullptr;
    DashboardPage* m_dashboardPage = nullptr;
    MatchingPage* m_matchingPage = nullptr;
    SupportPage* m_supportPage = nullptr;
    SearchBox* m_searchBox = nullptr;
    std::unique_ptr<services::Search> m_search; ///< for the open workspace
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_countsLabel = nullptr;
};

} // namespace permanence::gui
