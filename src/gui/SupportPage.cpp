#include "gui/SupportPage.h"

#include "domain/Dates.h"
#include "gui/ListTable.h"
#include "gui/RecordCellDelegate.h"
#include "gui/WidgetPrompts.h"
#include "presentation/PostBoxRegisterModel.h"
#include "presentation/SupportCaseEditor.h"
#include "presentation/SupportCaseListModel.h"
#include "services/SupportCases.h"
#include "services/Workspace.h"
#include "ui_SupportPage.h"

#include <QHeaderView>
#include <QSignalBlocker>

namespace permanence::gui {

using domain::PostBoxParty;
using domain::SupportCase;

namespace {

void fillParties(QComboBox* combo)
{
    for (PostBoxParty party : {PostBoxParty::BirthRelative, PostBoxParty::AdoptiveFamily})
        combo->addItem(domain::postBoxPartyLabel(party), static_cast<int>(party));
}

} // namespace

SupportPage::SupportPage(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SupportPage>()),
      m_cases(new presentation::SupportCaseListModel(this)),
      m_editor(new presentation::SupportCaseEditor(this)),
      m_register(new presentation::PostBoxRegisterModel(this)),
      m_delegate(new RecordCellDelegate(this)), m_ownPrompts(std::make_unique<WidgetPrompts>(this)),
      m_prompts(m_ownPrompts.get())
{
    m_ui->setupUi(this);
    setUpListTable(m_ui->casesTable, m_cases);
    setUpTable(m_ui->childrenTable, m_editor->children());
    setUpTable(m_ui->assessmentsTable, m_editor->assessments());
    setUpTable(m_ui->planTable, m_editor->plan());
    setUpTable(m_ui->fundTable, m_editor->fundApplications());
    setUpTable(m_ui->agreementsTable, m_editor->agreements());
    setUpTable(m_ui->itemsTable, m_editor->items());
    m_ui->registerTable->setModel(m_register);
    m_ui->registerTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->registerTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->registerTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->registerTable->verticalHeader()->hide();
    m_ui->registerTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->casesSplitter->setStretchFactor(0, 2);
    m_ui->casesSplitter->setStretchFactor(1, 3);

    for (domain::ReferralSource source : domain::allReferralSources())
        m_ui->sourceCombo->addItem(domain::referralSourceLabel(source), static_cast<int>(source));
    fillParties(m_ui->itemFromCombo);
    fillParties(m_ui->registerFromCombo);
    m_ui->closedDate->setEmptyText(tr("Open"));
    m_ui->closedDate->setCheckText(tr("Closed"));
    m_ui->closedDate->setFieldName(tr("Closed"));
    m_ui->problemsLabel->hide();

    connect(m_ui->hubFilter, &QComboBox::currentIndexChanged, this, &SupportPage::applyFilters);
    connect(m_ui->workerFilter, &QComboBox::currentTextChanged, this, &SupportPage::applyFilters);
    connect(m_ui->openOnlyCheck, &QCheckBox::toggled, this, &SupportPage::applyFilters);
    connect(m_ui->myCaseloadCheck, &QCheckBox::toggled, this, &SupportPage::applyFilters);
    connect(m_ui->casesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SupportPage::onCaseChosen);
    connect(m_ui->newCaseButton, &QPushButton::clicked, this, &SupportPage::startNewCase);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SupportPage::saveCase);
    connect(m_ui->revertButton, &QPushButton::clicked, this, [this] { load(m_editor->loaded()); });

    for (QLineEdit* edit : {m_ui->familyNameEdit, m_ui->workerEdit})
        connect(edit, &QLineEdit::textEdited, this, &SupportPage::readDetails);
    connect(m_ui->hubCombo, &QComboBox::currentIndexChanged, this, &SupportPage::readDetails);
    connect(m_ui->sourceCombo, &QComboBox::currentIndexChanged, this, &SupportPage::readDetails);
    connect(m_ui->residenceCombo, &QComboBox::currentTextChanged, this, &SupportPage::readDetails);
    connect(m_ui->referralDate, &QDateEdit::dateChanged, this, &SupportPage::readDetails);
    connect(m_ui->closedDate, &NotReachedDateEdit::dateChanged, this, &SupportPage::readDetails);

    connect(m_ui->addChildButton, &QPushButton::clicked, this, [this] {
        m_ui->childrenTable->edit(m_editor->children()->index(m_editor->addChild(), 1));
    });
    connect(m_ui->addAssessmentButton, &QPushButton::clicked, this, [this] {
        const int row = m_editor->addAssessment();
        m_ui->assessmentsTable->selectRow(row);
    });
    connect(m_ui->addServiceButton, &QPushButton::clicked, this, [this] {
        const int row = m_editor->addPlanService();
        if (row < 0) {
            showProblems(tr("Support plan: add or choose an assessment first."));
            return;
        }
        m_ui->planTable->edit(m_editor->plan()->index(row, 0));
    });
    connect(m_ui->addApplicationButton, &QPushButton::clicked, this, [this] {
        m_ui->fundTable->edit(
            m_editor->fundApplications()->index(m_editor->addFundApplication(), 3));
    });
    connect(m_ui->addAgreementButton, &QPushButton::clicked, this, [this] {
        const int row = m_editor->addAgreement();
        m_ui->agreementsTable->selectRow(row);
        m_ui->agreementsTable->edit(m_editor->agreements()->index(row, 0));
    });
    connect(m_ui->assessmentsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_editor->chooseAssessment(current.row()); });
    connect(m_ui->agreementsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_editor->chooseAgreement(current.row()); });
    connect(m_ui->logItemButton, &QPushButton::clicked, this, [this] {
        const auto party = static_cast<PostBoxParty>(m_ui->itemFromCombo->currentData().toInt());
        if (m_editor->logItem(party, m_ui->itemDate->date()) < 0)
            showProblems(tr("Post box: add or choose an agreement first."));
    });
    connect(m_editor, &presentation::SupportCaseEditor::edited, this, &SupportPage::showState);
    connect(m_delegate, &RecordCellDelegate::cellRefused, this,
            [this](const QModelIndex& index, const QString& text) {
                const QString column =
                    index.model()->headerData(index.column(), Qt::Horizontal).toString();
                showProblems(tr("%1: “%2” cannot be read; dates are typed as 1 Mar 2025 or "
                                "1/3/2025, amounts as 1,250 or 1250.00.")
                                 .arg(column, text));
            });

    connect(m_ui->registerLogButton, &QPushButton::clicked, this, &SupportPage::logRegisterItem);
    connect(m_ui->registerExchangeButton, &QPushButton::clicked, this,
            &SupportPage::passOnRegisterItems);
    connect(m_ui->registerTable, &QTableView::doubleClicked, this, [this](const QModelIndex& i) {
        if (const auto* entry = m_register->entryAt(i.row()); entry && openCase(entry->caseId)) {
            m_ui->areaTabs->setCurrentWidget(m_ui->casesPage);
            m_ui->caseTabs->setCurrentWidget(m_ui->postBoxTab);
            m_ui->agreementsTable->selectRow(entry->agreement);
        }
    });
    setEnabled(false);
}

SupportPage::~SupportPage() = default;

void SupportPage::setUpTable(QTableView* table, QAbstractItemModel* model)
{
    table->setModel(model);
    table->setItemDelegate(m_delegate);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Keying is the job: typing on a cell starts editing it, as in a spreadsheet.
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void SupportPage::setWorkspace(services::Workspace* workspace)
{
    m_workspace = workspace;
    fillChoices();
    if (workspace) {
        const QDate today = workspace->clock().today();
        m_editor->setToday(today);
        m_editor->setFundLimits(services::SupportCases(*workspace).fundLimits());
        m_ui->itemDate->setDate(today);
        m_ui->registerDate->setDate(today);
        m_ui->closedDate->setToday(today);
    }
    m_cases->setWorkspace(workspace);
    m_register->setWorkspace(workspace);
    m_ui->registerTable->resizeColumnsToContents();
    setEnabled(workspace != nullptr);
    load(newCase());
}

void SupportPage::setPrompts(presentation::UserPrompts* prompts)
{
    m_prompts = prompts ? prompts : m_ownPrompts.get();
}

void SupportPage::fillChoices()
{
    const QSignalBlocker hubs(m_ui->hubFilter), caseHub(m_ui->hubCombo),
        residence(m_ui->residenceCombo), worker(m_ui->workerFilter);
    m_ui->hubFilter->clear();
    m_ui->hubCombo->clear();
    m_ui->residenceCombo->clear();
    m_ui->workerFilter->clear();
    m_ui->hubFilter->addItem(tr("All hubs"), QString());
    m_ui->workerFilter->addItem(QString());
    if (!m_workspace)
        return;
    for (const domain::Hub& hub : m_workspace->agency().hubs) {
        m_ui->hubFilter->addItem(hub.name, hub.code);
        m_ui->hubCombo->addItem(hub.name, hub.code);
    }
    m_ui->residenceCombo->addItem(QString());
    for (const domain::Council& council : m_workspace->agency().councils)
        m_ui->residenceCombo->addItem(council.name);
    m_ui->workerFilter->addItem(m_workspace->actor().userId);
    m_ui->workerFilter->lineEdit()->setPlaceholderText(tr("Anyone"));
}

void SupportPage::applyFilters()
{
    const bool mine = m_ui->myCaseloadCheck->isChecked();
    m_ui->workerFilter->setEnabled(!mine);
    m_ui->openOnlyCheck->setEnabled(!mine);
    m_cases->setHubFilter(m_ui->hubFilter->currentData().toString());
    m_register->setHubFilter(m_ui->hubFilter->currentData().toString());
    // A worker's caseload is their open cases.
    m_cases->setWorkerFilter(mine && m_workspace ? m_workspace->actor().userId
                                                 : m_ui->workerFilter->currentText().trimmed());
    m_cases->setOpenOnly(mine || m_ui->openOnlyCheck->isChecked());
}

SupportCase SupportPage::newCase() const
{
    SupportCase sc;
    if (m_workspace) {
        sc.referral = m_workspace->clock().today();
        sc.worker = m_workspace->actor().userId;
        // The hub the list is filtered to is the likeliest one; else the agency's first.
        sc.hubCode = m_ui->hubFilter->currentData().toString();
        if (sc.hubCode.isEmpty() && !m_workspace->agency().hubs.isEmpty())
            sc.hubCode = m_workspace->agency().hubs.front().code;
    }
    return sc;
}

void SupportPage::load(const SupportCase& supportCase)
{
    m_showing = true;
    m_editor->load(supportCase);
    m_ui->familyNameEdit->setText(supportCase.familyName);
    {
        const QSignalBlocker a(m_ui->hubCombo), b(m_ui->sourceCombo), c(m_ui->residenceCombo);
        m_ui->hubCombo->setCurrentIndex(m_ui->hubCombo->findData(supportCase.hubCode));
        m_ui->sourceCombo->setCurrentIndex(
            m_ui->sourceCombo->findData(static_cast<int>(supportCase.source)));
        m_ui->residenceCombo->setCurrentText(supportCase.residenceCouncil);
    }
    m_ui->referralDate->setDate(supportCase.referral.isValid() ? supportCase.referral
                                                               : QDate::currentDate());
    m_ui->workerEdit->setText(supportCase.worker);
    m_ui->closedDate->setDate(supportCase.closed);
    m_ui->householdValue->setText(
        supportCase.household.isValid()
            ? tr("Yes (household record %1)").arg(supportCase.household.value)
            : tr("No — the family was assessed elsewhere"));
    if (m_editor->assessments()->rowCount() > 0)
        m_ui->assessmentsTable->selectRow(0);
    if (m_editor->agreements()->rowCount() > 0)
        m_ui->agreementsTable->selectRow(0);
    m_showing = false;
    readDetails();
    m_ui->problemsLabel->hide();
}

void SupportPage::readDetails()
{
    if (m_showing)
        return;
    SupportCase& details = m_editor->details();
    details.familyName = m_ui->familyNameEdit->text().trimmed();
    details.hubCode = m_ui->hubCombo->currentData().toString();
    details.source = static_cast<domain::ReferralSource>(m_ui->sourceCombo->currentData().toInt());
    details.referral = m_ui->referralDate->date();
    details.worker = m_ui->workerEdit->text().trimmed();
    details.residenceCouncil = m_ui->residenceCombo->currentText().trimmed();
    details.closed = m_ui->closedDate->date();
    m_editor->detailsChanged();
    showState();
}

void SupportPage::showState()
{
    const SupportCase& loaded = m_editor->loaded();
    const bool modified = isModified();
    QString title = loaded.id.isValid() ? loaded.familyName : tr("New support case");
    if (loaded.id.isValid() && !loaded.isOpen())
        title += tr(" (closed %1)").arg(domain::formatDate(loaded.closed));
    if (modified)
        title += tr(" — not saved");
    m_ui->caseTitle->setText(title);
    m_ui->saveButton->setEnabled(modified);
    m_ui->revertButton->setEnabled(modified);
    const QStringList warnings = m_editor->fundWarnings();
    m_ui->fundWarningsLabel->setText(
        warnings.isEmpty() ? tr("No application goes over the fund's limits in force on its date.")
                           : tr("Warning: %1").arg(warnings.join(QStringLiteral("\n"))));
}

bool SupportPage::isModified() const
{
    return m_editor->isModified();
}

void SupportPage::showProblems(const QString& text)
{
    m_ui->problemsLabel->setText(text);
    m_ui->problemsLabel->setVisible(!text.isEmpty());
}

bool SupportPage::settleUnsaved()
{
    if (!isModified() || !m_workspace)
        return true;
    using Choice = presentation::UserPrompts::UnsavedChanges;
    const SupportCase& loaded = m_editor->loaded();
    switch (m_prompts->askUnsavedChanges(loaded.id.isValid() ? loaded.familyName
                                                             : tr("the new support case"))) {
    case Choice::Save:
        return saveCase();
    case Choice::Discard:
        return true;
    case Choice::KeepEditing:
        return false;
    }
    return false;
}

void SupportPage::onCaseChosen()
{
    const auto* row = m_cases->caseAt(m_ui->casesTable->currentIndex().row());
    if (!row || row->id == m_editor->loaded().id)
        return;
    if (!openCase(row->id)) {
        // Keeping the edits: the list goes back to the case being edited.
        const QSignalBlocker blocker(m_ui->casesTable->selectionModel());
        const int editing = m_cases->rowOf(m_editor->loaded().id);
        if (editing >= 0)
            m_ui->casesTable->selectRow(editing);
        else
            m_ui->casesTable->clearSelection();
    }
}

bool SupportPage::openCase(domain::SupportCaseId id)
{
    if (!m_workspace || !settleUnsaved())
        return false;
    auto sc = services::SupportCases(*m_workspace).supportCase(id);
    if (!sc) {
        m_prompts->showError(tr("Could not open the support case"), sc.error().message);
        return false;
    }
    load(*sc);
    return true;
}

void SupportPage::startNewCase()
{
    if (!settleUnsaved())
        return;
    load(newCase());
    m_ui->caseTabs->setCurrentWidget(m_ui->familyTab);
    m_ui->familyNameEdit->setFocus();
}

bool SupportPage::saveCase()
{
    if (!m_workspace)
        return false;
    services::SupportCases cases(*m_workspace);
    SupportCase draft = m_editor->draft();
    if (draft.id.isValid()) {
        if (auto done = cases.update(draft); !done) {
            showProblems(done.error().message);
            return false;
        }
    } else {
        auto id = cases.create(draft);
        if (!id) {
            showProblems(id.error().message);
            return false;
        }
        draft.id = *id;
    }
    // What was saved, read back, so the form shows what the next session will see.
    auto saved = cases.supportCase(draft.id);
    load(saved ? *saved : draft);
    const QSignalBlocker blocker(m_ui->casesTable->selectionModel());
    m_ui->casesTable->selectRow(m_cases->rowOf(draft.id));
    return true;
}

const presentation::PostBoxRegisterModel::Entry*
SupportPage::registerEntry(const QString& noneChosen)
{
    const auto* entry = m_register->entryAt(m_ui->registerTable->currentIndex().row());
    if (!m_workspace || !entry) {
        m_ui->registerStatus->setText(noneChosen);
        return nullptr;
    }
    // The register saves at once; the open draft of the same case would then refuse to save
    // for dropping the new item, so the draft is settled first.
    if (entry->caseId == m_editor->loaded().id && isModified()) {
        m_ui->registerStatus->setText(
            tr("This family's case has unsaved changes on the Cases tab: save or revert them "
               "first."));
        return nullptr;
    }
    return entry;
}

bool SupportPage::logRegisterItem()
{
    const auto* entry = registerEntry(tr("Choose the agreement the item came under first."));
    if (!entry)
        return false;
    domain::PostBoxItem item;
    item.from = static_cast<PostBoxParty>(m_ui->registerFromCombo->currentData().toInt());
    item.received = m_ui->registerDate->date();
    const domain::SupportCaseId caseId = entry->caseId;
    const int agreement = entry->agreement;
    const QString family = entry->familyName;
    const QString relative = entry->terms.birthRelative;
    if (auto done = services::SupportCases(*m_workspace).recordPostBoxItem(caseId, agreement, item);
        !done) {
        m_ui->registerStatus->setText(done.error().message);
        return false;
    }
    m_ui->registerStatus->setText(tr("Logged: item from %1 received %2 (%3 and %4).")
                                      .arg(domain::postBoxPartyLabel(item.from).toLower(),
                                           domain::formatDate(item.received), family, relative));
    m_ui->registerTable->selectRow(m_register->rowOf(caseId, agreement));
    if (caseId == m_editor->loaded().id)
        openCase(caseId);
    return true;
}

bool SupportPage::passOnRegisterItems()
{
    const auto* entry = registerEntry(tr("Choose the agreement whose items were passed on first."));
    if (!entry)
        return false;
    const domain::SupportCaseId caseId = entry->caseId;
    const int agreement = entry->agreement;
    const QDate on = m_ui->registerDate->date();
    if (auto done = services::SupportCases(*m_workspace).recordExchange(caseId, agreement, on);
        !done) {
        m_ui->registerStatus->setText(done.error().message);
        return false;
    }
    m_ui->registerStatus->setText(tr("Passed on %1.").arg(domain::formatDate(on)));
    m_ui->registerTable->selectRow(m_register->rowOf(caseId, agreement));
    if (caseId == m_editor->loaded().id)
        openCase(caseId);
    return true;
}

void SupportPage::showRegister()
{
    m_ui->areaTabs->setCurrentWidget(m_ui->registerPage);
}

} // namespace permanence::gui
