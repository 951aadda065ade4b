#include "gui/ImportReportDialog.h"

#include "presentation/CountText.h"
#include "ui_ImportReportDialog.h"

#include <QHeaderView>
#include <QStandardItemModel>

namespace permanence::gui {

namespace {

/// A read-only table of the report's rows: the report is a finished fact, nothing to edit.
QStandardItemModel* tableOf(const QStringList& headers, const QList<QStringList>& rows,
                            QObject* parent)
{
    auto* model = new QStandardItemModel(0, static_cast<int>(headers.size()), parent);
    model->setHorizontalHeaderLabels(headers);
    for (const QStringList& row : rows) {
        QList<QStandardItem*> items;
        for (const QString& cell : row) {
            auto* item = new QStandardItem(cell);
            item->setEditable(false);
            item->setToolTip(cell);
            items << item;
        }
        model->appendRow(items);
    }
    return model;
}

void setUp(QTableView* table, QAbstractItemModel* model)
{
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
}

} // namespace

ImportReportDialog::ImportReportDialog(const QString& fileName,
                                       const exchange::ImportReport& report, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportReportDialog>())
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);

    if (report.ok()) {
        m_ui->summaryLabel->setText(
            tr("Imported %1: %2 created and %3 updated, from %4.")
                .arg(fileName)
                .arg(report.created)
                .arg(report.updated)
                .arg(presentation::countText(report.rows, "1 row", "%1 rows")));
    } else {
        m_ui->summaryLabel->setText(
            tr("%1 was not imported: nothing has changed. Fix the %2 below in the "
               "spreadsheet and import it again.")
                .arg(fileName, presentation::countText(static_cast<int>(report.problems.size()),
                                                       "problem", "%1 problems")));
    }
    QList<QStringList> problems;
    for (const auto& p : report.problems)
        problems << QStringList{p.row > 0 ? QString::number(p.row) : tr("File"), p.column, p.value,
                                p.reason};
    setUp(m_ui->problemsTable,
          tableOf({tr("Row"), tr("Column"), tr("Value"), tr("Problem")}, problems, this));
    m_ui->problemsLabel->setVisible(!report.ok());
    m_ui->problemsTable->setVisible(!report.ok());

    QList<QStringList> duplicates;
    for (const auto& d : report.possibleDuplicates)
        duplicates << QStringList{QString::number(d.row), d.reference, d.existingReference,
                                  d.reason};
    setUp(m_ui->duplicatesTable,
          tableOf({tr("Row"), tr("Reference"), tr("Existing child"), tr("Why it may be the same")},
                  duplicates, this));
    m_ui->duplicatesLabel->setVisible(!duplicates.isEmpty());
    m_ui->duplicatesTable->setVisible(!duplicates.isEmpty());
}

ImportReportDialog::~ImportReportDialog() = default;

} // namespace permanence::gui
