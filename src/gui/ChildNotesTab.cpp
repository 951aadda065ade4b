#include "gui/ChildNotesTab.h"

#include "domain/CaseNote.h"
#include "presentation/CaseNoteListModel.h"
#include "presentation/ChildEditor.h"
#include "presentation/UserPrompts.h"
#include "services/Workspace.h"
#include "ui_ChildNotesTab.h"

#include <QHeaderView>

namespace permanence::gui {

ChildNotesTab::ChildNotesTab(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ChildNotesTab>()),
      m_notes(new presentation::CaseNoteListModel(this))
{
    m_ui->setupUi(this);
    auto* table = m_ui->notesTable;
    table->setModel(m_notes);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (const auto kind :
         {domain::NoteKind::Fact, domain::NoteKind::Opinion, domain::NoteKind::ThirdParty})
        m_ui->noteKindCombo->addItem(domain::noteKindLabel(kind), static_cast<int>(kind));
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChildNotesTab::showSelected);
    connect(m_ui->addNoteButton, &QPushButton::clicked, this, &ChildNotesTab::addNote);
}

ChildNotesTab::~ChildNotesTab() = default;

void ChildNotesTab::setEditor(presentation::ChildEditor* editor, presentation::UserPrompts* prompts)
{
    m_editor = editor;
    m_prompts = prompts;
    m_ui->noteDateEdit->setMaximumDate(editor->today());
    m_ui->noteDateEdit->setDate(editor->today());
    reload();
}

void ChildNotesTab::reload()
{
    if (!m_editor)
        return;
    const domain::ChildId id = m_editor->saved().id;
    if (auto loaded = m_notes->load(m_editor->workspace(), id); !loaded)
        m_prompts->showError(tr("Case notes not loaded"), loaded.error().message);
    m_ui->notesTable->resizeColumnToContents(presentation::CaseNoteListModel::Date);
    m_ui->notesTable->resizeColumnToContents(presentation::CaseNoteListModel::Kind);
    m_ui->notesTable->resizeColumnToContents(presentation::CaseNoteListModel::Author);
    const bool saved = id.isValid();
    m_ui->addNoteGroup->setEnabled(saved);
    m_ui->addNoteHint->setText(saved ? tr("Notes are signed with your name and cannot be "
                                          "changed once added.")
                                     : tr("Save the child's record before adding notes."));
    showSelected();
}

void ChildNotesTab::showSelected()
{
    const int row = m_ui->notesTable->currentIndex().row();
    const auto& notes = m_notes->notes();
    m_ui->noteView->setPlainText(row >= 0 && row < static_cast<int>(notes.size())
                                     ? notes[static_cast<std::size_t>(row)].text
                                     : QString());
}

void ChildNotesTab::addNote()
{
    const auto kind = static_cast<domain::NoteKind>(m_ui->noteKindCombo->currentData().toInt());
    const auto added =
        m_notes->add(m_ui->noteDateEdit->date(), kind, m_ui->noteTextEdit->toPlainText());
    if (!added) {
        m_prompts->showError(tr("Note not added"), added.error().problems.empty()
                                                       ? added.error().message
                                                       : domain::describe(added.error().problems));
        return;
    }
    m_ui->noteTextEdit->clear();
    reload();
}

} // namespace permanence::gui
