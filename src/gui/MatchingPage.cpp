#include "gui/MatchingPage.h"

#include "domain/Dates.h"
#include "gui/ListTable.h"
#include "gui/MatchingDialogs.h"
#include "gui/ScoreBarDelegate.h"
#include "gui/WidgetPrompts.h"
#include "matching/MatchUnit.h"
#include "presentation/ChildListModel.h"
#include "presentation/MatchingModels.h"
#include "services/Placements.h"
#include "services/Workspace.h"
#include "ui_MatchingPage.h"

#include <QHeaderView>
#include <QItemSelectionModel>

namespace permanence::gui {

using namespace permanence::domain;
using presentation::ChildListModel;
using presentation::RankedHouseholdModel;
using presentation::TrackerModel;

MatchingPage::MatchingPage(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::MatchingPage>()),
      m_ownPrompts(std::make_unique<WidgetPrompts>(this)), m_prompts(m_ownPrompts.get()),
      m_children(new ChildListModel(this)), m_ranked(new RankedHouseholdModel(this)),
      m_breakdown(new presentation::ScoreBreakdownModel(this)),
      m_excluded(new presentation::ExcludedHouseholdModel(this)), m_tracker(new TrackerModel(this))
{
    m_ui->setupUi(this);

    // Only children actively family found are listed; one of a sibling group brings the group.
    m_children->setStatusFilter(FamilyFindingStatus::ActivelyFamilyFinding);
    setUpListTable(m_ui->childrenView, m_children);
    for (int c = 0; c < ChildListModel::ColumnCount; ++c)
        m_ui->childrenView->setColumnHidden(
            c, c != ChildListModel::Reference && c != ChildListModel::Name &&
                   c != ChildListModel::DaysWaiting && c != ChildListModel::Priority);
    m_ui->childrenView->horizontalHeader()->setStretchLastSection(true);
    m_ui->childrenView->setColumnWidth(ChildListModel::Reference, 110);
    m_ui->childrenView->setColumnWidth(ChildListModel::Name, 140);
    m_ui->childrenView->setColumnWidth(ChildListModel::DaysWaiting, 90);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_children, &ChildListModel::setSearchText);
    connect(m_ui->childrenView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MatchingPage::onChildSelected);
    connect(m_children, &presentation::PagedTableModel::totalCountChanged, this, [this](int n) {
        m_ui->childrenCountLabel->setText(n == 1 ? tr("1 child waiting")
                                                 : tr("%1 children waiting").arg(n));
    });

    m_ui->rankedView->setModel(m_ranked);
    m_ui->rankedView->setItemDelegateForColumn(
        RankedHouseholdModel::Score, new ScoreBarDelegate(RankedHouseholdModel::ScoreRole, this));
    m_ui->rankedView->verticalHeader()->hide();
    m_ui->rankedView->horizontalHeader()->setSectionResizeMode(RankedHouseholdModel::Household,
                                                               QHeaderView::Stretch);
    m_ui->rankedView->horizontalHeader()->setMinimumSectionSize(60);
    m_ui->rankedView->setColumnWidth(RankedHouseholdModel::Score, 160);
    connect(m_ui->rankedView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MatchingPage::onHouseholdSelected);

    m_ui->breakdownView->setModel(m_breakdown);
    m_ui->breakdownView->setItemDelegateForColumn(
        presentation::ScoreBreakdownModel::Points,
        new ScoreBarDelegate(presentation::ScoreBreakdownModel::ScoreRole, this));
    m_ui->breakdownView->verticalHeader()->hide();
    m_ui->breakdownView->horizontalHeader()->setStretchLastSection(true);
    m_ui->breakdownView->setColumnWidth(presentation::ScoreBreakdownModel::Part, 170);
    m_ui->breakdownView->setColumnWidth(presentation::ScoreBreakdownModel::Points, 110);

    m_ui->excludedView->setModel(m_excluded);
    m_ui->excludedView->verticalHeader()->hide();
    m_ui->excludedView->horizontalHeader()->setStretchLastSection(true);
    m_ui->excludedView->setColumnWidth(presentation::ExcludedHouseholdModel::Household, 260);
    connect(m_ui->excludedToggle, &QPushButton::toggled, this, &MatchingPage::showExcluded);
    connect(m_ui->linkButton, &QPushButton::clicked, this, &MatchingPage::link);
    m_ui->findSplitter->setStretchFactor(0, 0);
    m_ui->findSplitter->setStretchFactor(1, 1);
    m_ui->findSplitter->setSizes({430, 670});

    m_ui->trackerView->setModel(m_tracker);
    m_ui->trackerView->verticalHeader()->hide();
    m_ui->trackerView->setWordWrap(false);
    m_ui->trackerView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    connect(m_ui->trackerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MatchingPage::updateTrackerButtons);
    connect(m_tracker, &QAbstractItemModel::modelReset, this, &MatchingPage::updateTrackerButtons);
    connect(m_tracker, &QAbstractItemModel::dataChanged, this, &MatchingPage::updateTrackerButtons);
    connect(m_ui->trackerView, &QAbstractItemView::activated, this, &MatchingPage::recordNextStep);
    connect(m_ui->nextStepButton, &QPushButton::clicked, this, &MatchingPage::recordNextStep);
    connect(m_ui->introductionsButton, &QPushButton::clicked, this,
            &MatchingPage::recordIntroductions);
    connect(m_ui->feeButton, &QPushButton::clicked, this, &MatchingPage::recordFee);
    connect(m_ui->endLinkButton, &QPushButton::clicked, this, &MatchingPage::endLink);
    connect(m_ui->disruptionButton, &QPushButton::clicked, this, &MatchingPage::recordDisruption);
    updateTrackerButtons();
    setEnabled(false);
}

MatchingPage::~MatchingPage() = default;

void MatchingPage::setWorkspace(services::Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_children->setWorkspace(workspace);
    if (m_workspace) {
        connect(m_workspace, &services::Workspace::childrenChanged, this,
                &MatchingPage::onRecordsChanged);
        connect(m_workspace, &services::Workspace::householdsChanged, this,
                &MatchingPage::onRecordsChanged);
        connect(m_workspace, &services::Workspace::settingChanged, this,
                &MatchingPage::onRecordsChanged);
    }
    m_child = {};
    m_ranked->clear();
    m_excluded->clear();
    m_breakdown->setParts({});
    setEnabled(workspace != nullptr);
    refreshTracker();
}

void MatchingPage::onRecordsChanged()
{
    // A ranking reads every household and every child naming one, so it is not worked out
    // for edits made elsewhere while this page is hidden; showing the page catches up.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    refreshTracker();
    // The chosen child may no longer be waiting (just linked): ranking again says so.
    if (m_child.isValid())
        chooseChild(m_child);
}

void MatchingPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        onRecordsChanged();
}

void MatchingPage::setPrompts(presentation::UserPrompts* prompts)
{
    m_prompts = prompts ? prompts : m_ownPrompts.get();
}

void MatchingPage::onChildSelected()
{
    const QModelIndex current = m_ui->childrenView->currentIndex();
    if (current.isValid())
        chooseChild(ChildId{current.data(ChildListModel::IdRole).toLongLong()});
}

void MatchingPage::chooseChild(ChildId child)
{
    m_child = child;
    m_breakdown->setParts({});
    m_ui->linkButton->setEnabled(false);
    if (!m_workspace || !child.isValid())
        return;
    auto ranking = services::Placements(*m_workspace).rank(child);
    if (!ranking) {
        m_ranked->clear();
        m_excluded->clear();
        m_ui->unitLabel->setText(ranking.error().message);
        return;
    }
    const matching::MatchUnit& unit = ranking->ranking.unit;
    const bool isGroup = unit.isGroup();
    const Child& chosen = ranking->unit.front();
    if (!matching::isWaiting(chosen, unit.on)) {
        // Linked a moment ago, or changed elsewhere: no ranking for a child not waiting.
        m_ranked->clear();
        m_excluded->clear();
        m_ui->excludedToggle->setEnabled(false);
        m_ui->unitLabel->setText(
            tr("%1 (%2) is not waiting for a family: %3. Their link, match or placement is on "
               "Links and matches.")
                .arg(unit.names(), unit.reference(),
                     statusLabel(familyFindingStatus(chosen, unit.on)).toLower()));
        return;
    }
    m_ranked->setRanking(*ranking);
    m_excluded->setRanking(*ranking);
    const int fit = m_ranked->rowCount();
    const int unfit = m_excluded->rowCount();
    const QString who = isGroup ? tr("%1 (%2, sibling group %3, placed together)")
                                      .arg(unit.names(), unit.reference(), unit.siblingGroup)
                                : tr("%1 (%2)").arg(unit.names(), unit.reference());
    m_ui->unitLabel->setText(
        tr("Households for %1 on %2: %3 could meet %4 needs, best first. Choose one to see why "
           "it scores as it does.")
            .arg(who, formatDate(unit.on))
            .arg(fit)
            .arg(isGroup ? tr("their") : tr("the child's")));
    const QString them = isGroup ? tr("them") : tr("this child");
    m_ui->excludedToggle->setText(
        m_ui->excludedToggle->isChecked()
            ? tr("Hide the %1 households that cannot take %2").arg(unfit).arg(them)
            : tr("Show the %1 households that cannot take %2, and why").arg(unfit).arg(them));
    m_ui->excludedToggle->setEnabled(unfit > 0);
    if (fit > 0)
        selectHousehold(0);
}

void MatchingPage::showExcluded(bool shown)
{
    m_ui->excludedView->setVisible(shown);
    const int unfit = m_excluded->rowCount();
    const QString them = m_ranked->ranking().ranking.unit.isGroup() ? tr("them") : tr("this child");
    m_ui->excludedToggle->setText(
        shown ? tr("Hide the %1 households that cannot take %2").arg(unfit).arg(them)
              : tr("Show the %1 households that cannot take %2, and why").arg(unfit).arg(them));
    if (shown)
        m_ui->excludedView->resizeRowsToContents();
}

void MatchingPage::selectHousehold(int row)
{
    if (row < 0 || row >= m_ranked->rowCount())
        return;
    m_ui->rankedView->selectionModel()->setCurrentIndex(
        m_ranked->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    onHouseholdSelected();
}

void MatchingPage::onHouseholdSelected()
{
    const int row = m_ui->rankedView->currentIndex().row();
    m_breakdown->setParts(m_ranked->breakdown(row));
    m_ui->breakdownView->resizeRowsToContents();
    m_ui->linkButton->setEnabled(row >= 0 && row < m_ranked->rowCount());
}

bool MatchingPage::report(const QString& title, const Status& status)
{
    if (status)
        return true;
    const Error& e = status.error();
    m_prompts->showError(title, e.problems.empty() ? e.message : describe(e.problems));
    return false;
}

void MatchingPage::link()
{
    const int row = m_ui->rankedView->currentIndex().row();
    if (!m_workspace || row < 0)
        return;
    const matching::MatchUnit& unit = m_ranked->ranking().ranking.unit;
    const QString household =
        m_ranked->index(row, RankedHouseholdModel::Household).data().toString();
    const QString question =
        unit.isGroup() ? tr("Link %1 (placed together) with %2?").arg(unit.names(), household)
                       : tr("Link %1 with %2?").arg(unit.names(), household);
    if (auto answer =
            askLink(this, question, m_workspace->actor().userId, m_workspace->clock().today()))
        linkSelected(answer->date, answer->familyFinder);
}

bool MatchingPage::linkSelected(QDate date, const QString& familyFinder)
{
    const QModelIndex current = m_ui->rankedView->currentIndex();
    if (!m_workspace || !m_child.isValid() || !current.isValid())
        return false;
    const HouseholdId household{current.data(RankedHouseholdModel::HouseholdIdRole).toLongLong()};
    const ChildId child = m_child;
    if (!report(tr("Could not link"),
                services::Placements(*m_workspace).link(child, household, date, familyFinder)))
        return false;
    m_ui->tabs->setCurrentWidget(m_ui->trackerTab);
    return true;
}

} // namespace permanence::gui
