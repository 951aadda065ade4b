#include "gui/AdoptersPage.h"

#include "domain/HouseholdStage.h"
#include "gui/HouseholdForm.h"
#include "gui/ListTable.h"
#include "gui/PipelineBoard.h"
#include "gui/TrainingPage.h"
#include "gui/WidgetPrompts.h"
#include "presentation/CountText.h"
#include "presentation/DisplaySettings.h"
#include "presentation/HouseholdEditor.h"
#include "presentation/HouseholdListModel.h"
#include "services/Workspace.h"
#include "ui_AdoptersPage.h"

#include <QAction>
#include <QSettings>
#include <QSignalBlocker>

namespace permanence::gui {

using domain::AdopterSource;
using domain::HouseholdStage;

namespace {
/// Same reasoning as the Children page: one query per pause in typing, not per letter.
constexpr int searchDelayMs = 200;
} // namespace

AdoptersPage::AdoptersPage(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AdoptersPage>()),
      m_model(new presentation::HouseholdListModel(this)),
      m_pipeline(new presentation::PipelineModel(this))
{
    m_ui->setupUi(this);
    setUpListTable(m_ui->householdsTable, m_model);
    m_pipeline->setTargets(presentation::DisplaySettings::load().stageTargets);
    m_board = new PipelineBoard(m_pipeline, m_ui->pipelineTab);
    m_ui->pipelineLayout->addWidget(m_board);
    m_training = new TrainingPage(m_ui->trainingTab);
    m_ui->trainingLayout->addWidget(m_training);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(searchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &AdoptersPage::applySearch);
    connect(m_ui->searchEdit, &QLineEdit::textEdited, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &AdoptersPage::applySearch);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            applySearch();
    });
    connect(m_ui->hubCombo, &QComboBox::currentIndexChanged, this, &AdoptersPage::applyFilters);
    connect(m_ui->sourceCombo, &QComboBox::currentIndexChanged, this, &AdoptersPage::applyFilters);
    connect(m_ui->stageCombo, &QComboBox::currentIndexChanged, this, &AdoptersPage::applyFilters);
    connect(m_ui->householdsTable, &QAbstractItemView::activated, this,
            &AdoptersPage::openCurrentRow);
    connect(m_board, &PipelineBoard::householdActivated, this, &AdoptersPage::openHousehold);

    // The page is hidden while another area is shown, and a hidden widget's shortcuts are
    // off, so Ctrl+N means "new household" exactly when the Adopters area is current.
    auto* newAction = new QAction(tr("New Household"), this);
    newAction->setShortcut(QKeySequence::New);
    addAction(newAction);
    connect(newAction, &QAction::triggered, this, &AdoptersPage::newHousehold);
    connect(m_ui->newHouseholdButton, &QPushButton::clicked, this, &AdoptersPage::newHousehold);
    m_ui->newHouseholdButton->setToolTip(
        tr("New household (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));

    connect(m_model, &QAbstractItemModel::modelReset, this, &AdoptersPage::showCount);
    connect(m_model, &presentation::PagedTableModel::totalCountChanged, this,
            &AdoptersPage::showCount);
    fillSources();
    fillStages();
    fillHubs();
    showCount();
}

AdoptersPage::~AdoptersPage() = default;

QTableView* AdoptersPage::table() const
{
    return m_ui->householdsTable;
}

void AdoptersPage::showView(View view)
{
    m_ui->viewTabs->setCurrentIndex(static_cast<int>(view));
}

void AdoptersPage::applySettings(const presentation::DisplaySettings& settings)
{
    m_pipeline->setTargets(settings.stageTargets);
}

void AdoptersPage::setWorkspace(services::Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    // Forms belong to the database they were opened on.
    for (const auto& form : std::as_const(m_openForms))
        if (form)
            form->close();
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &services::Workspace::agencyChanged, this, &AdoptersPage::fillHubs);
    // As on the Children page: detach, refill the filters, attach for a single query.
    m_model->setWorkspace(nullptr);
    fillHubs();
    m_model->setWorkspace(workspace);
    m_pipeline->setTargets(presentation::DisplaySettings::load().stageTargets);
    m_pipeline->setWorkspace(workspace);
    m_training->setWorkspace(workspace);
    m_ui->newHouseholdButton->setEnabled(workspace != nullptr);
    m_ui->householdsTable->resizeColumnsToContents();
}

void AdoptersPage::setPrompts(presentation::UserPrompts* prompts)
{
    m_prompts = prompts;
    m_training->setPrompts(prompts);
}

void AdoptersPage::focusSearch()
{
    showView(View::List);
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void AdoptersPage::fillSources()
{
    const QSignalBlocker blocker(m_ui->sourceCombo);
    m_ui->sourceCombo->clear();
    m_ui->sourceCombo->addItem(tr("All sources"), QString());
    for (const AdopterSource source : {AdopterSource::OwnAgency, AdopterSource::OtherRegionalAgency,
                                       AdopterSource::VoluntaryAgency})
        m_ui->sourceCombo->addItem(domain::adopterSourceLabel(source),
                                   domain::adopterSourceCode(source));
}

void AdoptersPage::fillStages()
{
    const QSignalBlocker blocker(m_ui->stageCombo);
    m_ui->stageCombo->addItem(tr("All stages"), -1);
    for (int s = static_cast<int>(HouseholdStage::Enquiry);
         s <= static_cast<int>(HouseholdStage::Deregistered); ++s)
        m_ui->stageCombo->addItem(domain::householdStageLabel(static_cast<HouseholdStage>(s)), s);
}

void AdoptersPage::fillHubs()
{
    const QString selected = m_ui->hubCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_ui->hubCombo);
        m_ui->hubCombo->clear();
        m_ui->hubCombo->addItem(tr("All hubs"), QString());
        if (m_workspace) {
            for (const auto& hub : m_workspace->agency().hubs)
                m_ui->hubCombo->addItem(hub.name, hub.code);
        }
        const int index = m_ui->hubCombo->findData(selected);
        m_ui->hubCombo->setCurrentIndex(index < 0 ? 0 : index);
    }
    applyFilters();
}

void AdoptersPage::applySearch()
{
    m_searchDelay.stop();
    m_model->setSearchText(m_ui->searchEdit->text());
}

void AdoptersPage::applyFilters()
{
    m_model->setHubFilter(m_ui->hubCombo->currentData().toString());
    m_model->setSourceFilter(
        domain::adopterSourceFromCode(m_ui->sourceCombo->currentData().toString()));
    const int stage = m_ui->stageCombo->currentData().toInt();
    m_model->setStageFilter(stage < 0 ? std::nullopt
                                      : std::optional(static_cast<HouseholdStage>(stage)));
}

void AdoptersPage::showCount()
{
    if (!m_model->lastError().isEmpty()) {
        m_ui->countLabel->setText(tr("Could not load adopters: %1").arg(m_model->lastError()));
        return;
    }
    m_ui->countLabel->setText(m_workspace ? presentation::householdCountText(m_model->totalCount())
                                          : tr("No database open"));
}

void AdoptersPage::openCurrentRow()
{
    const QModelIndex current = m_ui->householdsTable->currentIndex();
    if (current.isValid())
        openHousehold(domain::HouseholdId{
            m_model->data(current, presentation::HouseholdListModel::IdRole).toLongLong()});
}

HouseholdForm* AdoptersPage::newHousehold()
{
    if (!m_workspace)
        return nullptr;
    domain::AdopterHousehold draft = presentation::newHouseholdDraft(m_workspace->clock().today());
    draft.reference = suggestedReference();
    auto* form = showForm(new HouseholdForm(*m_workspace, draft, m_prompts, this));
    // Once saved, it is a household like any other: opening it again finds this window.
    connect(form, &HouseholdForm::saved, this,
            [this, form](domain::HouseholdId id) { m_openForms.insert(id.value, form); });
    return form;
}

HouseholdForm* AdoptersPage::openHousehold(domain::HouseholdId id)
{
    if (!m_workspace)
        return nullptr;
    if (HouseholdForm* open = m_openForms.value(id.value)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto household = m_workspace->household(id);
    if (!household) {
        WidgetPrompts fallback(this);
        (m_prompts ? *m_prompts : static_cast<presentation::UserPrompts&>(fallback))
            .showError(tr("Could not open the household"), household.error().message);
        return nullptr;
    }
    auto* form = showForm(new HouseholdForm(*m_workspace, *household, m_prompts, this));
    m_openForms.insert(id.value, form);
    return form;
}

HouseholdForm* AdoptersPage::showForm(HouseholdForm* form)
{
    form->setWindowFlag(Qt::Window);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setTargets(m_pipeline->targets());
    connect(form, &HouseholdForm::openHouseholdRequested, this,
            [this](domain::HouseholdId id) { openHousehold(id); });
    form->show();
    return form;
}

QString AdoptersPage::suggestedReference() const
{
    // The next free "H-nnnnn" after the number of households; the user may type another.
    storage::HouseholdQuery all;
    all.includeArchived = true;
    int next = m_workspace->householdCount(all).value_or(0) + 1;
    for (int tries = 0; tries < 50; ++tries, ++next) {
        const QString reference = QStringLiteral("H-%1").arg(next, 5, 10, QLatin1Char('0'));
        storage::HouseholdQuery same = all;
        same.text = reference;
        same.limit = 1;
        if (m_workspace->householdCount(same).value_or(0) == 0)
            return reference;
    }
    return {};
}

} // namespace permanence::gui
