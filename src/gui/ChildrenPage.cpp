#include "gui/ChildrenPage.h"

#include "domain/FamilyFinding.h"
#include "gui/ListTable.h"
#include "gui/WidgetPrompts.h"
#include "presentation/ChildListModel.h"
#include "presentation/CountText.h"
#include "presentation/DisplaySettings.h"
#include "services/Workspace.h"
#include "ui_ChildrenPage.h"

#include <QAction>
#include <QHeaderView>
#include <QSettings>
#include <QSignalBlocker>

namespace permanence::gui {

using presentation::ChildListModel;

namespace {
/// Long enough that typing a surname runs one query, not one per letter; short enough to feel
/// immediate.
constexpr int searchDelayMs = 200;
} // namespace

ChildrenPage::ChildrenPage(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ChildrenPage>()),
      m_ownPrompts(std::make_unique<WidgetPrompts>(this)), m_prompts(m_ownPrompts.get()),
      m_model(new ChildListModel(this))
{
    m_ui->setupUi(this);
    setUpListTable(m_ui->childrenTable, m_model);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(searchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &ChildrenPage::applySearch);
    connect(m_ui->searchEdit, &QLineEdit::textEdited, &m_searchDelay, qOverload<>(&QTimer::start));
    // Enter, or the clear button, should not wait for the timer.
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &ChildrenPage::applySearch);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            applySearch();
    });
    connect(m_ui->councilCombo, &QComboBox::currentIndexChanged, this, &ChildrenPage::applyCouncil);
    setUpFilters();

    // Enter or a double-click opens the child (QAbstractItemView::activated covers both).
    connect(m_ui->childrenTable, &QAbstractItemView::activated, this, &ChildrenPage::openSelected);
    connect(m_ui->newButton, &QPushButton::clicked, this, &ChildrenPage::newChild);
    connect(m_ui->openButton, &QPushButton::clicked, this, &ChildrenPage::openSelected);
    connect(m_ui->archiveButton, &QPushButton::clicked, this, &ChildrenPage::archiveSelected);
    connect(m_ui->snapshotButton, &QPushButton::clicked, this, &ChildrenPage::showSnapshot);
    // Ctrl+N while this page is the one showing (hidden pages' actions do not fire).
    auto* newAction = new QAction(tr("New Child"), this);
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WindowShortcut);
    connect(newAction, &QAction::triggered, this, &ChildrenPage::newChild);
    addAction(newAction);
    m_ui->newButton->setToolTip(
        tr("New child (%1)").arg(newAction->shortcut().toString(QKeySequence::NativeText)));

    connect(m_model, &QAbstractItemModel::modelReset, this, &ChildrenPage::showCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChildrenPage::updateActions);
    connect(m_model, &presentation::PagedTableModel::totalCountChanged, this,
            &ChildrenPage::showCount);
    connect(m_ui->childrenTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChildrenPage::updateActions);
    fillCouncils();
    showCount();
    updateActions();
}

// Open forms are children of the page and go with it; at this point nobody is left to answer
// a question about unsaved changes.
ChildrenPage::~ChildrenPage() = default;

QTableView* ChildrenPage::table() const
{
    return m_ui->childrenTable;
}

void ChildrenPage::setPrompts(presentation::UserPrompts* prompts)
{
    m_prompts = prompts ? prompts : m_ownPrompts.get();
}

presentation::UserPrompts& ChildrenPage::prompts() const
{
    return *m_prompts;
}

void ChildrenPage::setUpFilters()
{
    using domain::FamilyFindingStatus;
    auto* status = m_ui->statusCombo;
    status->addItem(tr("All statuses"), -1);
    for (auto s : {FamilyFindingStatus::NoPlan, FamilyFindingStatus::AwaitingPlacementOrder,
                   FamilyFindingStatus::ActivelyFamilyFinding, FamilyFindingStatus::Linked,
                   FamilyFindingStatus::MatchedMovingIn, FamilyFindingStatus::Placed,
                   FamilyFindingStatus::Adopted, FamilyFindingStatus::Stopped,
                   FamilyFindingStatus::PlanChanged})
        status->addItem(domain::statusLabel(s), static_cast<int>(s));

    auto* early = m_ui->earlyPermanenceCombo;
    early->addItem(tr("Any"), -1);
    early->addItem(tr("Yes"), 1);
    early->addItem(tr("No"), 0);

    // Presets rather than a free number: these are the waits managers ask about (a quarter, a
    // year, and 18 months, when a child is among the longest waiting).
    auto* waiting = m_ui->waitingCombo;
    waiting->addItem(tr("Any time"), 0);
    waiting->addItem(tr("90 days or more"), 90);
    waiting->addItem(tr("12 months or more"), 365);
    waiting->addItem(tr("18 months or more"), 548);

    for (QComboBox* combo : {status, early, waiting})
        connect(combo, &QComboBox::currentIndexChanged, this, &ChildrenPage::applyFilters);
    connect(m_ui->priorityCheck, &QCheckBox::toggled, this, &ChildrenPage::applyFilters);
    m_ui->priorityCheck->setToolTip(tr("Aged 5 or over, in a sibling group, ethnicity other than "
                                       "White British, or disabled, as of today"));
}

void ChildrenPage::applyFilters()
{
    const int status = m_ui->statusCombo->currentData().toInt();
    m_model->setStatusFilter(status < 0 ? std::nullopt
                                        : std::optional<domain::FamilyFindingStatus>(
                                              static_cast<domain::FamilyFindingStatus>(status)));
    m_model->setPriorityOnly(m_ui->priorityCheck->isChecked());
    const int early = m_ui->earlyPermanenceCombo->currentData().toInt();
    m_model->setEarlyPermanenceFilter(early < 0 ? std::nullopt : std::optional<bool>(early == 1));
    m_model->setMinDaysWaiting(m_ui->waitingCombo->currentData().toInt());
}

void ChildrenPage::applySettings(const presentation::DisplaySettings& settings)
{
    m_model->setLongWaitDays(settings.longWaitDays);
}

void ChildrenPage::setWorkspace(services::Workspace* workspace)
{
    closeForms();
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &services::Workspace::agencyChanged, this,
                &ChildrenPage::fillCouncils);
    m_model->setLongWaitDays(presentation::DisplaySettings::load().longWaitDays);
    // Detach the model first so refilling the filter does not query the old database, then
    // attach: one query for the new one.
    m_model->setWorkspace(nullptr);
    fillCouncils();
    m_model->setWorkspace(workspace);
    m_ui->childrenTable->resizeColumnsToContents();
    updateActions();
}

void ChildrenPage::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void ChildrenPage::fillCouncils()
{
    const QString selected = m_ui->councilCombo->currentData().toString();
    {
        // Refilling is not the user choosing "All councils".
        const QSignalBlocker blocker(m_ui->councilCombo);
        m_ui->councilCombo->clear();
        m_ui->councilCombo->addItem(tr("All councils"), QString());
        if (m_workspace) {
            for (const auto& council : m_workspace->agency().councils)
                m_ui->councilCombo->addItem(council.name, council.code);
        }
        const int index = m_ui->councilCombo->findData(selected);
        m_ui->councilCombo->setCurrentIndex(index < 0 ? 0 : index);
    }
    applyCouncil();
}

void ChildrenPage::applySearch()
{
    m_searchDelay.stop();
    m_model->setSearchText(m_ui->searchEdit->text());
}

void ChildrenPage::applyCouncil()
{
    m_model->setCouncilFilter(m_ui->councilCombo->currentData().toString());
}

void ChildrenPage::showCount()
{
    if (!m_model->lastError().isEmpty()) {
        m_ui->countLabel->setText(tr("Could not load children: %1").arg(m_model->lastError()));
        return;
    }
    m_ui->countLabel->setText(m_workspace ? presentation::childCountText(m_model->totalCount())
                                          : tr("No database open"));
}

void ChildrenPage::updateActions()
{
    const bool open = !m_workspace.isNull();
    const bool selected = open && selectedChildId() > 0;
    m_ui->newButton->setEnabled(open);
    m_ui->snapshotButton->setEnabled(open);
    m_ui->openButton->setEnabled(selected);
    m_ui->archiveButton->setEnabled(selected);
}

qint64 ChildrenPage::selectedChildId() const
{
    const QModelIndex current = m_ui->childrenTable->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(ChildListModel::IdRole).toLongLong()
                             : 0;
}

} // namespace permanence::gui
