#include "gui/SnapshotDialog.h"

#include "domain/Dates.h"
#include "presentation/ChildSummaryModel.h"
#include "presentation/CountText.h"
#include "presentation/SnapshotModel.h"
#include "services/Workspace.h"
#include "ui_SnapshotDialog.h"

#include <QHeaderView>
#include <QSignalBlocker>

namespace permanence::gui {

using presentation::SnapshotModel;

SnapshotDialog::SnapshotDialog(services::Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SnapshotDialog>()), m_workspace(workspace),
      m_snapshot(new SnapshotModel(this)), m_children(new presentation::ChildSummaryModel(this))
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    const QDate today = workspace.clock().today();
    m_ui->dateEdit->setMaximumDate(today);
    m_ui->yearEndButton->setText(
        tr("&Last 31 March (%1)").arg(domain::formatDate(SnapshotModel::lastYearEnd(today))));

    for (QTableView* table : {m_ui->countsTable, m_ui->childrenTable}) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->hide();
        table->setAlternatingRowColors(true);
    }
    m_ui->countsTable->setModel(m_snapshot);
    m_ui->countsTable->horizontalHeader()->setSectionResizeMode(SnapshotModel::Group,
                                                                QHeaderView::Stretch);
    m_ui->childrenTable->setModel(m_children);
    m_ui->childrenTable->horizontalHeader()->setStretchLastSection(true);

    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &SnapshotDialog::reload);
    connect(m_ui->todayButton, &QPushButton::clicked, this, [this, today] { setDate(today); });
    connect(m_ui->yearEndButton, &QPushButton::clicked, this,
            [this, today] { setDate(SnapshotModel::lastYearEnd(today)); });
    connect(m_ui->countsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showChildrenBehind(current.row()); });
    connect(m_ui->childrenTable, &QAbstractItemView::activated, this, [this](const QModelIndex& i) {
        Q_EMIT openChildRequested(i.data(presentation::ChildSummaryModel::IdRole).toLongLong());
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    // Follow edits made meanwhile (a child opened from here and saved).
    connect(&workspace, &services::Workspace::childrenChanged, this, &SnapshotDialog::reload);

    {
        // One load for the first date, not one for the change and one more.
        const QSignalBlocker blocker(m_ui->dateEdit);
        setDate(today);
    }
    reload();
}

SnapshotDialog::~SnapshotDialog() = default;

void SnapshotDialog::setDate(QDate date)
{
    m_ui->dateEdit->setDate(date);
}

void SnapshotDialog::reload()
{
    const int row = m_ui->countsTable->currentIndex().row();
    const QDate on = m_ui->dateEdit->date();
    if (auto loaded = m_snapshot->load(m_workspace, on); !loaded) {
        m_ui->childrenLabel->setText(tr("Could not load children: %1").arg(loaded.error().message));
        return;
    }
    m_ui->countsTable->resizeColumnToContents(SnapshotModel::Count);
    setWindowTitle(tr("Children with a Plan of Adoption on %1").arg(domain::formatDate(on)));
    const int keep = row < 0 ? SnapshotModel::WithPlan : row;
    m_ui->countsTable->setCurrentIndex(m_snapshot->index(keep, SnapshotModel::Group));
    showChildrenBehind(keep);
}

void SnapshotDialog::showChildrenBehind(int row)
{
    if (row < 0 || row >= SnapshotModel::RowCount)
        return;
    m_children->setChildren(m_snapshot->childrenBehind(row), m_snapshot->date());
    m_ui->childrenTable->resizeColumnsToContents();
    m_ui->childrenLabel->setText(tr("%1 on %2: %3. Double-click a child to open their record.")
                                     .arg(SnapshotModel::label(row),
                                          domain::formatDate(m_snapshot->date()),
                                          presentation::childCountText(m_snapshot->count(row))));
}

} // namespace permanence::gui
