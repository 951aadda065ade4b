#include "gui/CohortDialog.h"

#include "presentation/CohortModel.h"
#include "ui_CohortDialog.h"

#include <QHeaderView>

namespace permanence::gui {

CohortDialog::CohortDialog(const QString& heading, presentation::CohortModel* model,
                           QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CohortDialog>()), m_model(model)
{
    m_ui->setupUi(this);
    m_model->setParent(this);
    setWindowTitle(tr("Children behind the figure"));
    m_ui->headingLabel->setText(heading);
    m_ui->childrenView->setModel(m_model);
    m_ui->childrenView->verticalHeader()->hide();
    m_ui->childrenView->resizeColumnsToContents();
    m_ui->childrenView->horizontalHeader()->setStretchLastSection(true);
    if (m_model->rowCount() > 0)
        m_ui->childrenView->setCurrentIndex(m_model->index(0, 0));
    m_ui->openButton->setEnabled(m_model->rowCount() > 0);
    connect(m_ui->openButton, &QPushButton::clicked, this, &CohortDialog::openCurrent);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->childrenView, &QAbstractItemView::activated, this, &CohortDialog::openCurrent);
}

CohortDialog::~CohortDialog() = default;

void CohortDialog::openCurrent()
{
    const QModelIndex current = m_ui->childrenView->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT childChosen(current.data(presentation::CohortModel::ChildIdRole).toLongLong());
}

} // namespace permanence::gui
