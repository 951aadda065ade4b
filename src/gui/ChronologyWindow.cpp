#include "gui/ChronologyWindow.h"

#include "presentation/ChronologyModel.h"
#include "presentation/UserPrompts.h"
#include "services/Workspace.h"
#include "ui_ChronologyWindow.h"

#include <QDir>
#include <QHeaderView>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace permanence::gui {

using domain::ChronologySource;

ChronologyWindow::ChronologyWindow(services::Workspace& workspace, const QString& record,
                                   presentation::UserPrompts& prompts, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChronologyWindow>()), m_workspace(workspace),
      m_prompts(prompts), m_model(new presentation::ChronologyModel(this)), m_record(record)
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    setWindowTitle(tr("Chronology: %1").arg(record));
    m_ui->headingLabel->setText(tr("%1: every dated fact on the record, newest first").arg(record));
    QFont heading = m_ui->headingLabel->font();
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);

    m_ui->sourceCombo->addItem(tr("Everything"), -1);
    for (const ChronologySource s :
         {ChronologySource::Journey, ChronologySource::Placement, ChronologySource::Panel,
          ChronologySource::Training, ChronologySource::Support, ChronologySource::CaseNote})
        m_ui->sourceCombo->addItem(domain::chronologySourceLabel(s), static_cast<int>(s));
    connect(m_ui->sourceCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int source = m_ui->sourceCombo->currentData().toInt();
        m_model->setSource(source < 0 ? std::nullopt
                                      : std::optional(static_cast<ChronologySource>(source)));
        showCount();
    });

    m_ui->entriesView->setModel(m_model);
    QHeaderView* header = m_ui->entriesView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(presentation::ChronologyModel::Detail, QHeaderView::Stretch);
    m_ui->entriesView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_ui->pdfButton, &QPushButton::clicked, this, &ChronologyWindow::choosePdf);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ChronologyWindow::print);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
}

ChronologyWindow::ChronologyWindow(services::Workspace& workspace, domain::ChildId child,
                                   const QString& record, presentation::UserPrompts& prompts,
                                   QWidget* parent)
    : ChronologyWindow(workspace, record, prompts, parent)
{
    m_child = child;
    reload();
}

ChronologyWindow::ChronologyWindow(services::Workspace& workspace, domain::HouseholdId household,
                                   const QString& record, presentation::UserPrompts& prompts,
                                   QWidget* parent)
    : ChronologyWindow(workspace, record, prompts, parent)
{
    m_household = household;
    reload();
}

ChronologyWindow::~ChronologyWindow() = default;

void ChronologyWindow::reload()
{
    const domain::Status loaded = m_child.isValid()
                                      ? m_model->loadChild(m_workspace, m_child)
                                      : m_model->loadHousehold(m_workspace, m_household);
    if (!loaded)
        m_prompts.showError(tr("Could not show the chronology"), loaded.error().message);
    showCount();
}

void ChronologyWindow::showCount()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_ui->countLabel->setText(shown == total ? tr("%n entries", nullptr, total)
                                             : tr("%1 of %n entries", nullptr, total).arg(shown));
}

QString ChronologyWindow::documentHtml() const
{
    return presentation::chronologyDocumentHtml(m_record, m_ui->sourceCombo->currentText(),
                                                m_model->shown(), m_workspace.clock().today(),
                                                m_workspace.actor().userId);
}

bool ChronologyWindow::saveAsPdf(const QString& path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(tr("Chronology: %1").arg(m_record));
    QTextDocument document;
    document.setHtml(documentHtml());
    document.print(&printer);
    if (printer.printerState() == QPrinter::Error) {
        m_prompts.showError(tr("Chronology not saved"),
                            tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

void ChronologyWindow::choosePdf()
{
    const QString suggested = QDir::home().filePath(
        tr("Chronology %1.pdf").arg(m_record).replace(QLatin1Char('/'), QLatin1Char('-')));
    const QString path = m_prompts.chooseFileToSave(tr("Save Chronology as PDF"), suggested,
                                                    tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        (void)saveAsPdf(path);
}

void ChronologyWindow::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(documentHtml());
    document.print(&printer);
}

} // namespace permanence::gui
