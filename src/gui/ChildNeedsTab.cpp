#include "gui/ChildNeedsTab.h"

#include "domain/Child.h"
#include "gui/FormFields.h"
#include "presentation/ChildEditor.h"
#include "ui_ChildNeedsTab.h"

#include <QCoreApplication>
#include <QHeaderView>

namespace permanence::gui {

using presentation::ChildEditor;

namespace {
enum ContactColumn
{
    WithWhom,
    How,
    Frequency,
    ContactColumnCount
};
} // namespace

ChildNeedsTab::ChildNeedsTab(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ChildNeedsTab>())
{
    m_ui->setupUi(this);
    for (const QString& category : domain::needCategories()) {
        auto* item = new QListWidgetItem(category, m_ui->healthNeedsList);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    auto* table = m_ui->contactTable;
    table->setColumnCount(ContactColumnCount);
    table->setHorizontalHeaderLabels({tr("With whom"), tr("How"), tr("How often")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(WithWhom, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fields = {{QCoreApplication::translate("Child", "Health needs"), m_ui->healthNeedsList},
                {QCoreApplication::translate("Child", "Contact plans"), m_ui->contactTable}};
}

ChildNeedsTab::~ChildNeedsTab() = default;

void ChildNeedsTab::setEditor(ChildEditor* editor)
{
    m_editor = editor;
    connect(m_ui->disabilityCheck, &QCheckBox::toggled, this,
            [this](bool on) { m_editor->setDisability(on); });
    connect(m_ui->healthNeedsList, &QListWidget::itemChanged, this,
            [this](QListWidgetItem* item) { onNeedChanged(m_ui->healthNeedsList->row(item)); });
    const auto bindText = [this](QPlainTextEdit* edit, ChildEditor::Text field) {
        connect(edit, &QPlainTextEdit::textChanged, this,
                [this, edit, field] { m_editor->setText(field, edit->toPlainText()); });
    };
    bindText(m_ui->needsNotesEdit, ChildEditor::Text::NeedsNotes);
    bindText(m_ui->heritageNotesEdit, ChildEditor::Text::HeritageNotes);
    bindText(m_ui->childViewsEdit, ChildEditor::Text::ChildViews);
    connect(m_ui->contactTable, &QTableWidget::cellChanged, this, &ChildNeedsTab::onContactEdited);
    connect(m_ui->contactTable, &QTableWidget::itemSelectionChanged, this, [this] {
        m_ui->removeContactButton->setEnabled(m_ui->contactTable->currentRow() >= 0);
    });
    connect(m_ui->addContactButton, &QPushButton::clicked, this, &ChildNeedsTab::addContact);
    connect(m_ui->removeContactButton, &QPushButton::clicked, this, &ChildNeedsTab::removeContact);
    m_ui->removeContactButton->setEnabled(false);
    refresh();
}

void ChildNeedsTab::refresh()
{
    if (!m_editor)
        return;
    m_refreshing = true;
    const domain::Child& c = m_editor->draft();
    {
        const QSignalBlocker blocker(m_ui->disabilityCheck);
        m_ui->disabilityCheck->setChecked(c.disability);
    }
    for (int row = 0; row < m_ui->healthNeedsList->count(); ++row) {
        QListWidgetItem* item = m_ui->healthNeedsList->item(row);
        const auto state = c.healthNeeds.contains(item->text()) ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
    }
    showText(m_ui->needsNotesEdit, c.needsNotes);
    showText(m_ui->heritageNotesEdit, c.heritageNotes);
    showText(m_ui->childViewsEdit, c.childViews);

    auto* table = m_ui->contactTable;
    table->setRowCount(static_cast<int>(c.contactPlans.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const domain::ContactPlan& plan = c.contactPlans.at(row);
        const QString values[ContactColumnCount] = {plan.withWhom, plan.how, plan.frequency};
        for (int column = 0; column < ContactColumnCount; ++column) {
            QTableWidgetItem* item = table->item(row, column);
            if (!item)
                table->setItem(row, column, new QTableWidgetItem(values[column]));
            else if (item->text() != values[column])
                item->setText(values[column]);
        }
    }
    m_ui->removeContactButton->setEnabled(table->currentRow() >= 0 && table->rowCount() > 0);
    m_refreshing = false;
}

void ChildNeedsTab::onNeedChanged(int row)
{
    if (m_refreshing || row < 0)
        return;
    const QListWidgetItem* item = m_ui->healthNeedsList->item(row);
    m_editor->setHealthNeed(item->text(), item->checkState() == Qt::Checked);
}

void ChildNeedsTab::onContactEdited(int row, int /*column*/)
{
    if (m_refreshing)
        return;
    const auto text = [this, row](int column) {
        const QTableWidgetItem* item = m_ui->contactTable->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    m_editor->changeContactPlan(row, {text(WithWhom), text(How), text(Frequency)});
}

void ChildNeedsTab::addContact()
{
    m_editor->addContactPlan({});
    // Straight into the first cell: a contact plan starts with who it is with.
    const int row = m_ui->contactTable->rowCount() - 1;
    m_ui->contactTable->setCurrentCell(row, WithWhom);
    m_ui->contactTable->editItem(m_ui->contactTable->item(row, WithWhom));
}

void ChildNeedsTab::removeContact()
{
    m_editor->removeContactPlan(m_ui->contactTable->currentRow());
}

} // namespace permanence::gui
