#include "gui/MyWorkPage.h"

#include "domain/Agency.h"
#include "presentation/DueListModel.h"
#include "services/DueList.h"
#include "services/Workspace.h"
#include "ui_MyWorkPage.h"

#include <QHeaderView>
#include <QSet>
#include <QSignalBlocker>
#include <spdlog/spdlog.h>

namespace permanence::gui {

using namespace permanence::domain;

MyWorkPage::MyWorkPage(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::MyWorkPage>()),
      m_model(new presentation::DueListModel(this)),
      m_rules(presentation::dueRules(presentation::DisplaySettings::load()))
{
    m_ui->setupUi(this);
    m_ui->itemsView->setModel(m_model);
    m_ui->kindCombo->addItem(tr("All kinds"));
    for (const DueKind kind : allDueKinds())
        m_ui->kindCombo->addItem(dueKindLabel(kind), static_cast<int>(kind));
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &MyWorkPage::applyFilter);
    connect(m_ui->hubCombo, &QComboBox::currentIndexChanged, this, &MyWorkPage::applyFilter);
    connect(m_ui->workerCombo, &QComboBox::currentIndexChanged, this, &MyWorkPage::applyFilter);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &MyWorkPage::refresh);
    connect(m_ui->openButton, &QPushButton::clicked, this, &MyWorkPage::openCurrent);
    connect(m_ui->itemsView, &QAbstractItemView::activated, this, &MyWorkPage::openCurrent);
    setEnabled(false);
}

MyWorkPage::~MyWorkPage() = default;

void MyWorkPage::setWorkspace(services::Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &services::Workspace::childrenChanged, this, &MyWorkPage::refresh);
        connect(m_workspace, &services::Workspace::householdsChanged, this, &MyWorkPage::refresh);
        connect(m_workspace, &services::Workspace::agencyChanged, this, &MyWorkPage::refresh);
    }
    setEnabled(workspace != nullptr);
    refresh();
}

void MyWorkPage::setRules(const DueRules& rules)
{
    m_rules = rules;
    refresh();
}

int MyWorkPage::overdueCount() const
{
    const QDate today = m_workspace ? m_workspace->clock().today() : QDate::currentDate();
    return static_cast<int>(std::count_if(m_all.cbegin(), m_all.cend(), [today](const auto& i) {
        return i.state(today) == DueState::Overdue;
    }));
}

void MyWorkPage::refresh()
{
    m_all.clear();
    if (m_workspace) {
        auto items = services::DueList(*m_workspace, m_rules).items();
        if (items)
            m_all = std::move(*items);
        else
            spdlog::error("due list: could not be worked out: {}",
                          items.error().message.toStdString());
    }
    fillHubs();
    fillWorkers();
    applyFilter();
    Q_EMIT countsChanged(overdueCount(), static_cast<int>(m_all.size()));
}

void MyWorkPage::fillHubs()
{
    const QSignalBlocker blocker(m_ui->hubCombo);
    const QString current = m_ui->hubCombo->currentData().toString();
    m_ui->hubCombo->clear();
    m_ui->hubCombo->addItem(tr("All hubs"));
    if (m_workspace)
        for (const Hub& hub : m_workspace->agency().hubs)
            m_ui->hubCombo->addItem(hub.name, hub.code);
    m_ui->hubCombo->setCurrentIndex(std::max(0, m_ui->hubCombo->findData(current)));
}

void MyWorkPage::fillWorkers()
{
    const QSignalBlocker blocker(m_ui->workerCombo);
    const QString current = m_ui->workerCombo->currentData().toString();
    m_ui->workerCombo->clear();
    m_ui->workerCombo->addItem(tr("Everyone"));
    QStringList workers;
    for (const DueItem& item : m_all)
        if (!item.worker.isEmpty() && !workers.contains(item.worker))
            workers.append(item.worker);
    workers.sort(Qt::CaseInsensitive);
    const QString me = m_workspace ? m_workspace->actor().userId : QString();
    for (const QString& worker : workers)
        m_ui->workerCombo->addItem(worker == me ? tr("%1 (me)").arg(worker) : worker, worker);
    m_ui->workerCombo->setCurrentIndex(std::max(0, m_ui->workerCombo->findData(current)));
    // Until some record has an allocated worker, an empty column and a one-choice filter would
    // only make people wonder what they have missed.
    const bool anyWorker = !workers.isEmpty();
    m_ui->workerLabel->setVisible(anyWorker);
    m_ui->workerCombo->setVisible(anyWorker);
    m_ui->itemsView->setColumnHidden(presentation::DueListModel::Worker, !anyWorker);
}

void MyWorkPage::setKindFilter(std::optional<DueKind> kind)
{
    m_ui->kindCombo->setCurrentIndex(
        kind ? std::max(0, m_ui->kindCombo->findData(static_cast<int>(*kind))) : 0);
}

void MyWorkPage::setHubFilter(const QString& hubCode)
{
    m_ui->hubCombo->setCurrentIndex(std::max(0, m_ui->hubCombo->findData(hubCode)));
}

void MyWorkPage::setWorkerFilter(const QString& worker)
{
    m_ui->workerCombo->setCurrentIndex(std::max(0, m_ui->workerCombo->findData(worker)));
}

void MyWorkPage::applyFilter()
{
    services::DueFilter filter;
    if (const QVariant kind = m_ui->kindCombo->currentData(); kind.isValid())
        filter.kind = static_cast<DueKind>(kind.toInt());
    filter.hubCode = m_ui->hubCombo->currentData().toString();
    filter.worker = m_ui->workerCombo->currentData().toString();
    const QDate today = m_workspace ? m_workspace->clock().today() : QDate::currentDate();
    m_model->setItems(services::DueList::filtered(m_all, filter), today);
    m_ui->itemsView->resizeColumnsToContents();
    // The explanation column takes what is left; the others fit their text.
    m_ui->itemsView->horizontalHeader()->setStretchLastSection(false);
    m_ui->itemsView->horizontalHeader()->setSectionResizeMode(presentation::DueListModel::What,
                                                              QHeaderView::Stretch);

    const int shown = m_model->rowCount();
    const int overdue = m_model->overdueCount();
    if (m_all.isEmpty())
        m_ui->summaryLabel->setText(tr("Nothing is due or overdue today."));
    else if (shown == static_cast<int>(m_all.size()))
        m_ui->summaryLabel->setText(
            tr("%1 due or overdue today, %2 of them overdue.").arg(shown).arg(overdue));
    else
        m_ui->summaryLabel->setText(tr("%1 of %2 items shown, %3 of them overdue.")
                                        .arg(shown)
                                        .arg(m_all.size())
                                        .arg(overdue));
    m_ui->openButton->setEnabled(shown > 0);
    if (shown > 0 && !m_ui->itemsView->currentIndex().isValid())
        m_ui->itemsView->setCurrentIndex(m_model->index(0, 0));
}

void MyWorkPage::openCurrent()
{
    const QModelIndex current = m_ui->itemsView->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT recordChosen(
        static_cast<SearchKind>(current.data(presentation::DueListModel::RecordKindRole).toInt()),
        current.data(presentation::DueListModel::RecordIdRole).toLongLong());
}

} // namespace permanence::gui
