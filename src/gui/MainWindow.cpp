#include "gui/MainWindow.h"

#include "gui/AboutDialog.h"
#include "gui/AdoptersPage.h"
#include "gui/ChildrenPage.h"
#include "gui/DashboardPage.h"
#include "gui/MatchingPage.h"
#include "gui/MyWorkPage.h"
#include "gui/NotYetAvailablePage.h"
#include "gui/SearchBox.h"
#include "gui/SettingsDialog.h"
#include "gui/SupportPage.h"
#include "gui/WidgetPrompts.h"
#include "presentation/CountText.h"
#include "presentation/DisplaySettings.h"
#include "presentation/DueListModel.h"
#include "presentation/RecentDatabases.h"
#include "services/Search.h"
#include "services/Workspace.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

namespace permanence::gui {

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/splitter");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()),
      m_prompts(std::make_unique<WidgetPrompts>(this))
{
    m_ui->setupUi(this);
    addPages();
    m_matchingPage->setPrompts(m_prompts.get());
    m_supportPage->setPrompts(m_prompts.get());
    setUpActions();
    setUpStatusBar();
    restoreWindowState();
    showStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPages()
{
    const auto add = [this](const QString& label, QWidget* page) {
        m_ui->navigation->addItem(label);
        m_ui->pages->addWidget(page);
    };
    m_childrenPage = new ChildrenPage(this);
    m_adoptersPage = new AdoptersPage(this);
    add(tr("Children"), m_childrenPage);
    add(tr("Adopters"), m_adoptersPage);
    m_matchingPage = new MatchingPage(this);
    add(tr("Matching"), m_matchingPage);
    add(tr("Panels"),
        new NotYetAvailablePage(tr("Panels"),
                                tr("Panels will schedule adoption panel meetings, prepare panel "
                                   "papers, and record recommendations and agency decisions."),
                                this));
    m_supportPage = new SupportPage(this);
    add(tr("Support"), m_supportPage);
    m_dashboardPage = new DashboardPage(this);
    add(tr("Dashboards"), m_dashboardPage);
    connect(m_dashboardPage, &DashboardPage::childChosen, this,
            [this](qint64 id) { openFound(domain::SearchKind::Child, id); });
    m_myWorkPage = new MyWorkPage(this);
    add(presentation::myWorkLabel(0, 0), m_myWorkPage);
    connect(m_myWorkPage, &MyWorkPage::countsChanged, this, &MainWindow::showWorkCounts);
    connect(m_myWorkPage, &MyWorkPage::recordChosen, this, &MainWindow::openFound);
    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, &MainWindow::onAreaChanged);
    m_ui->navigation->setCurrentRow(0);
    // The list is as wide as its longest label plus a margin, leaving room for the My work
    // counts that arrive later; the page takes the rest. A saved splitter state
    // (restoreWindowState) overrides this.
    const int navigationWidth =
        std::max(m_ui->navigation->sizeHintForColumn(0),
                 fontMetrics().horizontalAdvance(presentation::myWorkLabel(999, 999))) +
        4 * fontMetrics().averageCharWidth();
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({navigationWidth, width() - navigationWidth});
}

void MainWindow::setUpActions()
{
    m_ui->actionOpenDatabase->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    connect(m_ui->actionNewDatabase, &QAction::triggered, this, &MainWindow::chooseNewDatabase);
    connect(m_ui->actionOpenDatabase, &QAction::triggered, this, &MainWindow::chooseDatabaseToOpen);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionImportChildren, &QAction::triggered, this, [this] {
        showArea(Area::Children);
        m_childrenPage->importChildren();
    });
    // One search for everything on Ctrl+K and the platform's Find; the page's own list search
    // keeps a shortcut of its own.
    m_ui->actionFind->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    connect(m_ui->actionFind, &QAction::triggered, this, &MainWindow::findAnything);
    m_ui->actionFindOnPage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_ui->actionFindOnPage, &QAction::triggered, this, &MainWindow::findOnPage);
    m_searchBox = new SearchBox(this);
    m_ui->menuBar->setCornerWidget(m_searchBox, Qt::TopRightCorner);
    connect(m_searchBox, &SearchBox::recordChosen, this, &MainWindow::openFound);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->actionSettings->setShortcut(QKeySequence::Preferences);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::editSettings);
    // Refilled on each opening so a file deleted meanwhile shows as missing.
    m_ui->menuOpenRecent->setToolTipsVisible(true);
    connect(m_ui->menuOpenRecent, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
}

void MainWindow::setUpStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setAccessibleName(tr("Database"));
    m_countsLabel = new QLabel(this);
    m_countsLabel->setAccessibleName(tr("Record counts"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        // First start: a case list needs room, so take most of the screen rather than the
        // designer's minimum, centred.
        if (const QScreen* screen = QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            const QSize size(available.width() * 85 / 100, available.height() * 85 / 100);
            resize(size);
            move(available.center() - QPoint(size.width() / 2, size.height() / 2));
        }
    }
    restoreState(settings.value(stateKey).toByteArray());
    m_ui->splitter->restoreState(settings.value(splitterKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_ui->splitter->saveState());
    event->accept();
}

void MainWindow::setWorkspace(services::Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &services::Workspace::childrenChanged, this, &MainWindow::showStatus);
        connect(m_workspace, &services::Workspace::householdsChanged, this,
                &MainWindow::showStatus);
        // Only a database that opened goes on the recent list.
        presentation::RecentDatabases().add(m_workspace->path());
        fillRecentMenu();
    }
    m_childrenPage->setWorkspace(workspace);
    m_adoptersPage->setWorkspace(workspace);
    m_matchingPage->setWorkspace(workspace);
    m_supportPage->setWorkspace(workspace);
    m_myWorkPage->setWorkspace(workspace);
    m_dashboardPage->setWorkspace(workspace);
    m_searchBox->setSearch(nullptr);
    m_search = workspace ? std::make_unique<services::Search>(workspace) : nullptr;
    m_searchBox->setSearch(m_search.get());
    setWindowFilePath(m_workspace ? m_workspace->path() : QString());
    showStatus();
}

services::Workspace* MainWindow::workspace() const
{
    return m_workspace;
}

void MainWindow::setPrompts(std::unique_ptr<presentation::UserPrompts> prompts)
{
    Q_ASSERT(prompts);
    m_prompts = std::move(prompts);
    m_matchingPage->setPrompts(m_prompts.get());
    m_supportPage->setPrompts(m_prompts.get());
}

void MainWindow::showArea(Area area)
{
    m_ui->navigation->setCurrentRow(static_cast<int>(area));
}

MainWindow::Area MainWindow::currentArea() const
{
    return static_cast<Area>(m_ui->pages->currentIndex());
}

void MainWindow::onAreaChanged(int row)
{
    if (row < 0)
        return;
    m_ui->pages->setCurrentIndex(row);
    const Area area = currentArea();
    // The one search (Find, Ctrl+K) works everywhere; Search This List only where the page has
    // a list with a search box of its own.
    m_ui->actionFindOnPage->setEnabled(area == Area::Children || area == Area::Adopters);
}

void MainWindow::findAnything()
{
    m_searchBox->setFocus(Qt::ShortcutFocusReason);
    m_searchBox->selectAll();
}

void MainWindow::openFound(domain::SearchKind kind, qint64 id)
{
    switch (kind) {
    case domain::SearchKind::Child:
        showArea(Area::Children);
        m_childrenPage->openChild(id);
        break;
    case domain::SearchKind::Household:
        showArea(Area::Adopters);
        m_adoptersPage->openHousehold(domain::HouseholdId{id});
        break;
    case domain::SearchKind::SupportCase:
        showArea(Area::Support);
        m_supportPage->openCase(domain::SupportCaseId{id});
        break;
    case domain::SearchKind::PanelMeeting:
        break; // not indexed until that area exists
    }
}

void MainWindow::findOnPage()
{
    if (currentArea() == Area::Children)
        m_childrenPage->focusSearch();
    else if (currentArea() == Area::Adopters)
        m_adoptersPage->focusSearch();
}

QString MainWindow::startDirectory() const
{
    if (m_workspace)
        return QFileInfo(m_workspace->path()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString path = m_prompts->chooseDatabaseToOpen(startDirectory());
    if (!path.isEmpty())
        Q_EMIT openDatabaseRequested(path);
}

void MainWindow::chooseNewDatabase()
{
    const QString path = m_prompts->chooseNewDatabasePath(startDirectory());
    if (!path.isEmpty())
        Q_EMIT newDatabaseRequested(path);
}

void MainWindow::openRecent(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        // Deleted or moved since the menu was filled; opening it would create an empty database.
        presentation::RecentDatabases().remove(path);
        fillRecentMenu();
        m_prompts->showError(tr("Cannot open database"),
                             tr("%1 no longer exists. It has been removed from the recent list.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    Q_EMIT openDatabaseRequested(path);
}

void MainWindow::fillRecentMenu()
{
    QMenu* menu = m_ui->menuOpenRecent;
    menu->clear();
    const QStringList paths = presentation::RecentDatabases().paths();
    int number = 1;
    for (const QString& path : paths) {
        const bool exists = QFileInfo::exists(path);
        const QString name = QFileInfo(path).fileName();
        // Missing files stay listed so the user sees what went, but say so in words.
        const QString text = exists ? tr("&%1 %2").arg(number).arg(name)
                                    : tr("&%1 %2 (not found)").arg(number).arg(name);
        QAction* action = menu->addAction(text, this, [this, path] { openRecent(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setEnabled(exists);
        ++number;
    }
    if (paths.isEmpty()) {
        menu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    menu->addAction(tr("&Clear Menu"), this, [this] {
        presentation::RecentDatabases().clear();
        fillRecentMenu();
    });
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(presentation::DisplaySettings::load(), this);
    if (dialog.exec() == QDialog::Accepted)
        applySettings(dialog.settings());
}

void MainWindow::applySettings(const presentation::DisplaySettings& settings)
{
    settings.save();
    m_childrenPage->applySettings(settings);
    m_adoptersPage->applySettings(settings);
    m_myWorkPage->setRules(dueRules(settings));
}

void MainWindow::showWorkCounts(int overdue, int total)
{
    m_ui->navigation->item(static_cast<int>(Area::MyWork))
        ->setText(presentation::myWorkLabel(overdue, total));
}

QString MainWindow::areaLabel(Area area) const
{
    return m_ui->navigation->item(static_cast<int>(area))->text();
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showStatus()
{
    if (!m_workspace) {
        m_databaseLabel->setText(tr("No database open"));
        m_countsLabel->clear();
        return;
    }
    m_databaseLabel->setText(QDir::toNativeSeparators(m_workspace->path()));
    const auto children = m_workspace->childCount();
    const auto households = m_workspace->householdCount();
    if (!children || !households) {
        m_countsLabel->setText(tr("Record counts unavailable"));
        return;
    }
    m_countsLabel->setText(tr("%1 · %2").arg(presentation::childCountText(*children),
                                             presentation::householdCountText(*households)));
}

} // namespace permanence::gui
