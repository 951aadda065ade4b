#include "gui/ChildSiblingsTab.h"

#include "domain/SiblingGroup.h"
#include "gui/FormFields.h"
#include "presentation/ChildEditor.h"
#include "presentation/ChildSummaryModel.h"
#include "presentation/CountText.h"
#include "presentation/UserPrompts.h"
#include "services/ChildRecords.h"
#include "services/Workspace.h"
#include "ui_ChildSiblingsTab.h"

#include <QHeaderView>

namespace permanence::gui {

ChildSiblingsTab::ChildSiblingsTab(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ChildSiblingsTab>()),
      m_siblings(new presentation::ChildSummaryModel(this))
{
    m_ui->setupUi(this);
    m_ui->siblingsTable->setModel(m_siblings);
    m_ui->siblingsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->siblingsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->siblingsTable->verticalHeader()->hide();
    m_ui->siblingsTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->siblingsTable, &QAbstractItemView::activated, this, [this](const QModelIndex& i) {
        Q_EMIT openChildRequested(i.data(presentation::ChildSummaryModel::IdRole).toLongLong());
    });
    connect(m_ui->togetherRadio, &QRadioButton::toggled, this, &ChildSiblingsTab::updateEnabled);
    connect(m_ui->saveDecisionButton, &QPushButton::clicked, this,
            &ChildSiblingsTab::recordDecision);
}

ChildSiblingsTab::~ChildSiblingsTab() = default;

void ChildSiblingsTab::setEditor(presentation::ChildEditor* editor,
                                 presentation::UserPrompts* prompts)
{
    m_editor = editor;
    m_prompts = prompts;
    reload();
}

void ChildSiblingsTab::refresh()
{
    if (m_editor && m_editor->draft().siblingGroup.trimmed() != m_loadedReference)
        reload();
}

void ChildSiblingsTab::reload()
{
    if (!m_editor)
        return;
    const QString reference = m_editor->draft().siblingGroup.trimmed();
    m_loadedReference = reference;
    services::ChildRecords records(m_editor->workspace());
    std::vector<domain::Child> others;
    std::optional<domain::SiblingGroup> group;
    if (!reference.isEmpty()) {
        if (auto siblings = records.siblings(reference)) {
            for (auto& child : *siblings)
                if (child.id != m_editor->draft().id)
                    others.push_back(std::move(child));
        }
        if (auto found = records.siblingGroup(reference))
            group = *found;
    }
    const qsizetype count = static_cast<qsizetype>(others.size());
    m_siblings->setChildren(std::move(others), m_editor->today());
    m_ui->siblingsTable->resizeColumnsToContents();

    if (reference.isEmpty())
        m_ui->groupLabel->setText(tr("This child is not in a sibling group. Give a sibling group "
                                     "reference on the Profile tab to place brothers and sisters "
                                     "together."));
    else if (count == 0)
        m_ui->groupLabel->setText(
            tr("Sibling group %1: no other child has this reference yet.").arg(reference));
    else
        m_ui->groupLabel->setText(
            tr("Sibling group %1: %2.")
                .arg(reference, presentation::countText(static_cast<int>(count), "1 other child",
                                                        "%1 other children")));

    domain::SiblingGroup decision;
    decision.reference = reference;
    if (group)
        decision = *group;
    {
        const QSignalBlocker together(m_ui->togetherRadio);
        const QSignalBlocker apart(m_ui->apartRadio);
        m_ui->togetherRadio->setChecked(decision.placeTogether);
        m_ui->apartRadio->setChecked(!decision.placeTogether);
    }
    showText(m_ui->apartReasonEdit, decision.apartReason);
    showText(m_ui->groupNotesEdit, decision.notes);
    m_ui->decisionGroup->setTitle(group ? tr("Decision for the group")
                                        : tr("Decision for the group (none recorded: planned "
                                             "together)"));
    updateEnabled();
}

void ChildSiblingsTab::updateEnabled()
{
    const bool inGroup = !m_loadedReference.isEmpty();
    m_ui->decisionGroup->setEnabled(inGroup);
    m_ui->apartReasonEdit->setEnabled(inGroup && m_ui->apartRadio->isChecked());
}

void ChildSiblingsTab::recordDecision()
{
    domain::SiblingGroup group;
    group.reference = m_loadedReference;
    group.placeTogether = m_ui->togetherRadio->isChecked();
    group.apartReason =
        group.placeTogether ? QString() : m_ui->apartReasonEdit->toPlainText().trimmed();
    group.notes = m_ui->groupNotesEdit->toPlainText().trimmed();
    if (auto saved = services::ChildRecords(m_editor->workspace()).saveSiblingGroup(group);
        !saved) {
        m_prompts->showError(tr("Decision not recorded"),
                             saved.error().problems.empty()
                                 ? saved.error().message
                                 : domain::describe(saved.error().problems));
        return;
    }
    reload();
}

} // namespace permanence::gui
