// The household form's Training and Notes tabs: records kept by their own services, shown
// here for the household and saved at once (they are not part of the form's undo).
#include "domain/CaseNote.h"
#include "domain/Dates.h"
#include "domain/Training.h"
#include "gui/ChronologyWindow.h"
#include "gui/HouseholdForm.h"
#include "presentation/HouseholdEditor.h"
#include "presentation/TrainingEventListModel.h"
#include "presentation/UserPrompts.h"
#include "services/CaseNotes.h"
#include "services/TrainingRegister.h"
#include "services/Workspace.h"
#include "ui_HouseholdForm.h"

#include <QHeaderView>

namespace permanence::gui {

void HouseholdForm::refreshTraining()
{
    QTreeWidget* tree = m_ui->trainingTree;
    tree->clear();
    tree->setHeaderLabels({tr("Kind"), tr("Title"), tr("Dates"), tr("Trainer")});
    QLabel* warning = m_ui->trainingWarningLabel;
    if (m_editor->isNew()) {
        warning->hide();
        m_ui->trainingHintLabel->setText(
            tr("Save the household first. Attendance is then recorded in Adopters > Training."));
        return;
    }
    m_ui->trainingHintLabel->setText(
        tr("Attendance is recorded in the register of each event (Adopters > Training)."));
    auto attended = services::TrainingRegister(m_workspace).attendedBy(householdId());
    if (!attended) {
        warning->setText(tr("Could not load training: %1").arg(attended.error().message));
        warning->show();
        return;
    }
    QList<domain::TrainingEvent> events;
    for (const domain::TrainingEvent& e : *attended) {
        events << e;
        tree->addTopLevelItem(
            new QTreeWidgetItem({domain::trainingKindLabel(e.kind), e.title,
                                 presentation::TrainingEventListModel::datesText(e), e.trainer}));
    }
    const domain::AdopterHousehold& h = m_editor->household();
    const QList<domain::TrainingKind> missing =
        domain::missingMandatoryTraining(h, events, m_workspace.clock().today());
    if (missing.isEmpty()) {
        warning->hide();
        return;
    }
    QStringList names;
    for (const domain::TrainingKind kind : missing)
        names << domain::trainingKindLabel(kind);
    // Said in words and shown first on the tab: a coloured frame alone would not be read out.
    warning->setText(
        h.journey.panel.isValid()
            ? tr("Warning: this household went to panel on %1 without the mandatory %2 training. "
                 "Since October 2023 these modules are required before panel.")
                  .arg(domain::formatDate(h.journey.panel), names.join(tr(" and ")))
            : tr("Warning: the mandatory %1 training is not attended yet. It is required before "
                 "the approval panel.")
                  .arg(names.join(tr(" and "))));
    warning->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; border: 2px solid #b3261e; "
                                          "background: #fde7e9; color: #202020; padding: 6px; }"));
    warning->show();
}

void HouseholdForm::refreshNotes()
{
    QTreeWidget* tree = m_ui->notesTree;
    tree->clear();
    tree->setHeaderLabels({tr("Date"), tr("Kind"), tr("Written by"), tr("Note")});
    const bool saved = !m_editor->isNew();
    m_ui->addNoteGroup->setEnabled(saved);
    m_ui->notesHintLabel->setText(
        saved ? tr("Newest first. A note is saved as soon as it is added and is never deleted.")
              : tr("Save the household first; notes can then be added."));
    if (!saved)
        return;
    auto notes = services::CaseNotes(m_workspace).forHousehold(householdId());
    if (!notes) {
        m_ui->notesHintLabel->setText(tr("Could not load notes: %1").arg(notes.error().message));
        return;
    }
    for (const domain::CaseNote& note : *notes) {
        auto* item =
            new QTreeWidgetItem({domain::formatDate(note.date), domain::noteKindLabel(note.kind),
                                 note.author, note.text.simplified()});
        item->setToolTip(3, note.text);
        tree->addTopLevelItem(item);
    }
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
}

void HouseholdForm::addNote()
{
    domain::CaseNote note;
    note.household = householdId();
    note.date = m_ui->noteDateEdit->date();
    note.kind = static_cast<domain::NoteKind>(m_ui->noteKindCombo->currentData().toInt());
    note.text = m_ui->noteTextEdit->toPlainText().trimmed();
    auto added = services::CaseNotes(m_workspace).add(note);
    if (!added) {
        const domain::Error& error = added.error();
        m_prompts->showError(tr("Could not add the note"), error.problems.empty()
                                                               ? error.message
                                                               : domain::describe(error.problems));
        return;
    }
    m_ui->noteTextEdit->clear();
    refreshNotes();
}

ChronologyWindow* HouseholdForm::showChronology()
{
    if (m_editor->isNew())
        return nullptr;
    if (!m_chronology) {
        m_chronology = new ChronologyWindow(m_workspace, m_editor->household().id,
                                            m_editor->household().displayName(), *m_prompts, this);
        m_chronology->setWindowFlag(Qt::Window);
        m_chronology->setAttribute(Qt::WA_DeleteOnClose);
        // What the chronology reports is what is saved: read it again after each save.
        connect(this, &HouseholdForm::saved, m_chronology, &ChronologyWindow::reload);
    }
    m_chronology->show();
    m_chronology->raise();
    return m_chronology;
}

} // namespace permanence::gui
