#include "gui/ReportInputsDialog.h"

#include "services/Measures.h"
#include "services/Workspace.h"
#include "ui_ReportInputsDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>

namespace permanence::gui {
namespace {

enum FinanceColumn
{
    TableColumn,
    LineColumn,
    BudgetColumn,
    OutturnColumn,
};

QStandardItem* numberItem(const QVariant& value)
{
    auto* item = new QStandardItem;
    item->setData(value, Qt::EditRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ReportInputsDialog::ReportInputsDialog(services::Workspace& workspace, domain::ReportingYear year,
                                       QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReportInputsDialog>()), m_ws(workspace),
      m_year(year), m_care(new QStandardItemModel(this)), m_finance(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Annual report %1: text and figures").arg(year.label()));
    m_ui->careLabel->setText(tr("Children in care on 31 March %1, from each council's own "
                                "records. Leave a cell empty when the figure is not known.")
                                 .arg(year.startYear + 1));

    m_care->setHorizontalHeaderLabels({tr("All children in care"), tr("Aged 0–5")});
    QStringList councils;
    for (const domain::Council& c : m_ws.agency().councils) {
        councils << c.name;
        auto* all = numberItem({});
        auto* young = numberItem({});
        m_care->appendRow({all, young});
    }
    m_care->setVerticalHeaderLabels(councils);
    m_ui->careView->setModel(m_care);
    m_ui->careView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    m_finance->setHorizontalHeaderLabels(
        {tr("Table"), tr("Line"), tr("Budget (£)"), tr("Outturn (£)")});
    m_ui->financeView->setModel(m_finance);
    m_ui->financeView->horizontalHeader()->setSectionResizeMode(LineColumn, QHeaderView::Stretch);
    m_ui->financeTableCombo->addItems(domain::financeTables());
    connect(m_ui->addLineButton, &QPushButton::clicked, this, [this] {
        addFinanceLine(m_ui->financeTableCombo->currentText(), QString(), 0, 0);
        m_ui->financeView->setCurrentIndex(m_finance->index(m_finance->rowCount() - 1, LineColumn));
        m_ui->financeView->edit(m_ui->financeView->currentIndex());
    });
    connect(m_ui->removeLineButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->financeView->currentIndex();
        if (current.isValid())
            m_finance->removeRow(current.row());
    });

    for (const domain::ReportSection& s : domain::annualReportSections())
        m_ui->sectionList->addItem(s.heading);
    connect(m_ui->sectionList, &QListWidget::currentRowChanged, this,
            &ReportInputsDialog::showSection);

    m_ui->signedEdit->setEnabled(false);
    connect(m_ui->signedCheck, &QCheckBox::toggled, m_ui->signedEdit, &QWidget::setEnabled);
    m_ui->signedEdit->setMaximumDate(m_ws.clock().today());

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto saved = services::Measures(m_ws).reportInputs(year);
    if (saved)
        load(*saved);
    else
        m_ui->problemsLabel->setText(saved.error().message);
    m_ui->sectionList->setCurrentRow(0);
}

ReportInputsDialog::~ReportInputsDialog() = default;

void ReportInputsDialog::load(const domain::AnnualReportInputs& inputs)
{
    for (qsizetype r = 0; r < m_ws.agency().councils.size(); ++r) {
        const QString code = m_ws.agency().councils.at(r).code;
        const int row = static_cast<int>(r);
        if (inputs.childrenInCare.contains(code))
            m_care->item(row, 0)->setData(inputs.childrenInCare.value(code), Qt::EditRole);
        if (inputs.childrenInCareUnder6.contains(code))
            m_care->item(row, 1)->setData(inputs.childrenInCareUnder6.value(code), Qt::EditRole);
    }
    for (const domain::FinanceLine& f : inputs.finance)
        addFinanceLine(f.table, f.line, f.budget, f.outturn);
    m_narrative = inputs.narrative;
    m_ui->authorEdit->setText(inputs.author);
    m_ui->signedCheck->setChecked(inputs.signedOn.isValid());
    m_ui->signedEdit->setDate(inputs.signedOn.isValid() ? inputs.signedOn : m_ws.clock().today());
}

void ReportInputsDialog::addFinanceLine(const QString& table, const QString& line, double budget,
                                        double outturn)
{
    auto* tableItem = new QStandardItem(table);
    tableItem->setEditable(false); // chosen from the list when the line is added
    m_finance->appendRow(
        {tableItem, new QStandardItem(line), numberItem(budget), numberItem(outturn)});
}

void ReportInputsDialog::keepCurrentText()
{
    const auto& sections = domain::annualReportSections();
    if (m_section >= 0 && m_section < static_cast<int>(sections.size()))
        m_narrative.insert(sections[static_cast<std::size_t>(m_section)].key,
                           m_ui->narrativeEdit->toPlainText());
}

void ReportInputsDialog::showSection(int row)
{
    keepCurrentText();
    m_section = row;
    const auto& sections = domain::annualReportSections();
    if (row >= 0 && row < static_cast<int>(sections.size()))
        m_ui->narrativeEdit->setPlainText(
            m_narrative.value(sections[static_cast<std::size_t>(row)].key));
}

void ReportInputsDialog::setNarrative(const QString& sectionKey, const QString& text)
{
    const auto& sections = domain::annualReportSections();
    for (std::size_t i = 0; i < sections.size(); ++i)
        if (sections[i].key == sectionKey) {
            m_ui->sectionList->setCurrentRow(static_cast<int>(i));
            m_ui->narrativeEdit->setPlainText(text);
        }
}

domain::AnnualReportInputs ReportInputsDialog::inputs() const
{
    domain::AnnualReportInputs out;
    out.year = m_year;
    for (qsizetype r = 0; r < m_ws.agency().councils.size(); ++r) {
        const QString code = m_ws.agency().councils.at(r).code;
        const int row = static_cast<int>(r);
        const QVariant all = m_care->item(row, 0)->data(Qt::EditRole);
        const QVariant young = m_care->item(row, 1)->data(Qt::EditRole);
        if (all.isValid() && !all.toString().isEmpty())
            out.childrenInCare.insert(code, all.toInt());
        if (young.isValid() && !young.toString().isEmpty())
            out.childrenInCareUnder6.insert(code, young.toInt());
    }
    for (int r = 0; r < m_finance->rowCount(); ++r)
        out.finance.push_back({m_finance->item(r, TableColumn)->text(),
                               m_finance->item(r, LineColumn)->text().trimmed(),
                               m_finance->item(r, BudgetColumn)->data(Qt::EditRole).toDouble(),
                               m_finance->item(r, OutturnColumn)->data(Qt::EditRole).toDouble()});
    out.narrative = m_narrative;
    const auto& sections = domain::annualReportSections();
    if (m_section >= 0 && m_section < static_cast<int>(sections.size()))
        out.narrative.insert(sections[static_cast<std::size_t>(m_section)].key,
                             m_ui->narrativeEdit->toPlainText());
    for (auto it = out.narrative.begin(); it != out.narrative.end();)
        it = it.value().trimmed().isEmpty() ? out.narrative.erase(it) : std::next(it);
    out.author = m_ui->authorEdit->text().trimmed();
    if (m_ui->signedCheck->isChecked())
        out.signedOn = m_ui->signedEdit->date();
    return out;
}

bool ReportInputsDialog::save()
{
    const auto saved = services::Measures(m_ws).saveReportInputs(inputs());
    if (!saved) {
        m_ui->problemsLabel->setText(saved.error().problems.empty()
                                         ? saved.error().message
                                         : domain::describe(saved.error().problems));
        return false;
    }
    m_ui->problemsLabel->clear();
    return true;
}

} // namespace permanence::gui
