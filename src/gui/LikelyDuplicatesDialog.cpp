#include "gui/LikelyDuplicatesDialog.h"

#include "presentation/LikelyDuplicateModel.h"
#include "ui_LikelyDuplicatesDialog.h"

#include <QHeaderView>
#include <QItemSelectionModel>

namespace permanence::gui {

using Answer = presentation::UserPrompts::DuplicateAnswer;

LikelyDuplicatesDialog::LikelyDuplicatesDialog(const QString& record,
                                               std::vector<domain::LikelyDuplicate> found,
                                               QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LikelyDuplicatesDialog>())
{
    m_ui->setupUi(this);
    const int count = static_cast<int>(found.size());
    m_ui->questionLabel->setText(
        count == 1 ? tr("There is already a record that may be %1. Is this the same person or "
                        "family? Open it rather than create a second record.")
                         .arg(record)
                   : tr("There are %1 records that may already be %2. Is this one of them? Open "
                        "it rather than create a second record.")
                         .arg(count)
                         .arg(record));
    auto* model = new presentation::LikelyDuplicateModel(std::move(found), this);
    m_ui->matchesView->setModel(model);
    m_ui->matchesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->matchesView->selectRow(0);
    connect(m_ui->openButton, &QPushButton::clicked, this, &LikelyDuplicatesDialog::openSelected);
    connect(m_ui->matchesView, &QAbstractItemView::doubleClicked, this,
            &LikelyDuplicatesDialog::openSelected);
    connect(m_ui->createButton, &QPushButton::clicked, this, [this] {
        m_answer = {Answer::Action::CreateNew, -1};
        accept();
    });
    connect(m_ui->keepEditingButton, &QPushButton::clicked, this, &QDialog::reject);
}

LikelyDuplicatesDialog::~LikelyDuplicatesDialog() = default;

void LikelyDuplicatesDialog::openSelected()
{
    const QModelIndexList rows = m_ui->matchesView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_answer = {Answer::Action::OpenExisting, rows.constFirst().row()};
    accept();
}

} // namespace permanence::gui
