#include "gui/AdoptersPage.h"

#include "gui/ListTable.h"
#include "presentation/CountText.h"
#include "presentation/HouseholdListModel.h"
#include "services/Workspace.h"
#include "ui_AdoptersPage.h"

#include <QSignalBlocker>

namespace permanence::gui {

using domain::AdopterSource;

namespace {
/// Same reasoning as the Children page: one query per pause in typing, not per letter.
constexpr int searchDelayMs = 200;
} // namespace

AdoptersPage::AdoptersPage(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AdoptersPage>()),
      m_model(new presentation::HouseholdListModel(this))
{
    m_ui->setupUi(this);
    setUpListTable(m_ui->householdsTable, m_model);

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

    connect(m_model, &QAbstractItemModel::modelReset, this, &AdoptersPage::showCount);
    connect(m_model, &presentation::PagedTableModel::totalCountChanged, this,
            &AdoptersPage::showCount);
    fillSources();
    fillHubs();
    showCount();
}

AdoptersPage::~AdoptersPage() = default;

QTableView* AdoptersPage::table() const
{
    return m_ui->householdsTable;
}

void AdoptersPage::setWorkspace(services::Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &services::Workspace::agencyChanged, this, &AdoptersPage::fillHubs);
    // As on the Children page: detach, refill the filters, attach for a single query.
    m_model->setWorkspace(nullptr);
    fillHubs();
    m_model->setWorkspace(workspace);
    m_ui->householdsTable->resizeColumnsToContents();
}

void AdoptersPage::focusSearch()
{
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

} // namespace permanence::gui
