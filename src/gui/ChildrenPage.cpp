#include "gui/ChildrenPage.h"

#include "gui/ListTable.h"
#include "presentation/ChildListModel.h"
#include "presentation/CountText.h"
#include "services/Workspace.h"
#include "ui_ChildrenPage.h"

#include <QSignalBlocker>

namespace permanence::gui {

namespace {
/// Long enough that typing a surname runs one query, not one per letter; short enough to feel
/// immediate.
constexpr int searchDelayMs = 200;
} // namespace

ChildrenPage::ChildrenPage(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ChildrenPage>()),
      m_model(new presentation::ChildListModel(this))
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

    connect(m_model, &QAbstractItemModel::modelReset, this, &ChildrenPage::showCount);
    connect(m_model, &presentation::PagedTableModel::totalCountChanged, this,
            &ChildrenPage::showCount);
    fillCouncils();
    showCount();
}

ChildrenPage::~ChildrenPage() = default;

QTableView* ChildrenPage::table() const
{
    return m_ui->childrenTable;
}

void ChildrenPage::setWorkspace(services::Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &services::Workspace::agencyChanged, this,
                &ChildrenPage::fillCouncils);
    // Detach the model first so refilling the filter does not query the old database, then
    // attach: one query for the new one.
    m_model->setWorkspace(nullptr);
    fillCouncils();
    m_model->setWorkspace(workspace);
    m_ui->childrenTable->resizeColumnsToContents();
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

} // namespace permanence::gui
