#include "gui/ChildForm.h"

#include "domain/FamilyFinding.h"
#include "gui/ChronologyWindow.h"
#include "presentation/ChildEditor.h"
#include "presentation/UserPrompts.h"
#include "services/ChildRecords.h"
#include "services/DuplicateCheck.h"
#include "services/Workspace.h"
#include "ui_ChildForm.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>

namespace permanence::gui {

using presentation::UserPrompts;

namespace {
constexpr int fieldRole = Qt::UserRole + 1;
}

ChildForm::ChildForm(services::Workspace& workspace, domain::Child child, UserPrompts& prompts,
                     QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChildForm>()),
      m_editor(new presentation::ChildEditor(workspace, std::move(child), this)), m_prompts(prompts)
{
    m_ui->setupUi(this);
    // Like a document window: several records may be open side by side with the list.
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    m_ui->problemsTitle->hide();
    m_ui->problemsList->hide();
    m_ui->headingLabel->setTextFormat(Qt::PlainText);
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);

    m_ui->profileTab->setEditor(m_editor);
    m_ui->needsTab->setEditor(m_editor);
    m_ui->journeyTab->setEditor(m_editor);
    m_ui->siblingsTab->setEditor(m_editor, &m_prompts);
    m_ui->notesTab->setEditor(m_editor, &m_prompts);
    connect(m_ui->siblingsTab, &ChildSiblingsTab::openChildRequested, this,
            &ChildForm::openChildRequested);

    connect(m_editor, &presentation::ChildEditor::draftChanged, this, &ChildForm::refresh);
    connect(m_ui->problemsList, &QListWidget::itemActivated, this, &ChildForm::goToProblem);
    connect(m_ui->problemsList, &QListWidget::itemClicked, this, &ChildForm::goToProblem);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ChildForm::save);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ChildForm::reject);
    connect(m_ui->archiveButton, &QPushButton::clicked, this, &ChildForm::archive);
    connect(m_ui->chronologyButton, &QPushButton::clicked, this, &ChildForm::showChronology);
    m_ui->chronologyButton->setAutoDefault(false);
    setUpActions();
    m_ui->saveButton->setDefault(false);
    m_ui->saveButton->setAutoDefault(false);
    m_ui->closeButton->setAutoDefault(false);
    refresh();
}

ChildForm::~ChildForm() = default;

void ChildForm::setUpActions()
{
    QUndoStack* undo = m_editor->undoStack();
    QAction* undoAction = undo->createUndoAction(this, tr("&Undo"));
    QAction* redoAction = undo->createRedoAction(this, tr("Re&do"));
    undoAction->setShortcut(QKeySequence::Undo);
    redoAction->setShortcuts(
        {QKeySequence(QKeySequence::Redo), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    // Window-wide, so Ctrl+Z undoes the record's last edit wherever the cursor is, rather than
    // only the text typed in the current line edit.
    undoAction->setShortcutContext(Qt::WindowShortcut);
    redoAction->setShortcutContext(Qt::WindowShortcut);
    addAction(undoAction);
    addAction(redoAction);
    // Text fields keep their own undo history and claim Ctrl+Z first; the record's history is
    // the one that matters (it spans fields and merges typing), so they let it through.
    for (QWidget* field : findChildren<QWidget*>())
        if (qobject_cast<QLineEdit*>(field) || qobject_cast<QPlainTextEdit*>(field) ||
            qobject_cast<QAbstractSpinBox*>(field))
            field->installEventFilter(this);
    connect(m_ui->undoButton, &QPushButton::clicked, undoAction, &QAction::trigger);
    connect(m_ui->redoButton, &QPushButton::clicked, redoAction, &QAction::trigger);
    connect(undo, &QUndoStack::canUndoChanged, m_ui->undoButton, &QWidget::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, m_ui->redoButton, &QWidget::setEnabled);
    connect(undo, &QUndoStack::undoTextChanged, m_ui->undoButton, &QWidget::setToolTip);
    connect(undo, &QUndoStack::redoTextChanged, m_ui->redoButton, &QWidget::setToolTip);
    m_ui->undoButton->setEnabled(false);
    m_ui->redoButton->setEnabled(false);

    auto* saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WindowShortcut);
    connect(saveAction, &QAction::triggered, this, &ChildForm::save);
    addAction(saveAction);
}

QString ChildForm::recordName() const
{
    const domain::Child& c = m_editor->draft();
    const QString name = c.displayName();
    if (name.isEmpty())
        return m_editor->isNew() ? tr("the new child") : c.reference;
    return name;
}

ChronologyWindow* ChildForm::showChronology()
{
    if (m_editor->isNew())
        return nullptr;
    if (!m_chronology) {
        m_chronology = new ChronologyWindow(m_editor->workspace(), m_editor->saved().id,
                                            recordName(), m_prompts, this);
        m_chronology->setWindowFlag(Qt::Window);
        m_chronology->setAttribute(Qt::WA_DeleteOnClose);
        // What the chronology reports is what is saved: read it again after each save.
        connect(this, &ChildForm::childSaved, m_chronology, &ChronologyWindow::reload);
    }
    m_chronology->show();
    m_chronology->raise();
    return m_chronology;
}

void ChildForm::refresh()
{
    const domain::Child& c = m_editor->draft();
    // The chronology reads saved records only, so it opens once the child is saved.
    m_ui->chronologyButton->setEnabled(!m_editor->isNew());
    m_ui->profileTab->refresh();
    m_ui->needsTab->refresh();
    m_ui->journeyTab->refresh();
    m_ui->siblingsTab->refresh();

    const QString name = c.displayName();
    QString heading = name.isEmpty() ? tr("New child") : name;
    if (!c.reference.isEmpty())
        heading = tr("%1 · %2").arg(heading, c.reference);
    m_ui->headingLabel->setText(heading);
    setWindowTitle(tr("%1[*] — Child").arg(name.isEmpty() ? tr("New child") : name));
    setWindowModified(m_editor->isModified());

    const QDate today = m_editor->today();
    QStringList facts;
    if (c.dateOfBirth.isValid())
        facts << domain::statusLabel(domain::familyFindingStatus(c, today));
    if (c.dateOfBirth.isValid())
        facts << domain::priorityFlags(c, today).describe();
    m_ui->priorityLabel->setText(facts.join(tr(". ")));

    m_ui->savedLabel->setText(m_editor->isModified() ? tr("Unsaved changes")
                              : m_editor->isNew()    ? QString()
                                                     : tr("Saved"));
    m_ui->archiveButton->setEnabled(!m_editor->isNew());
    // Once problems are on show, they follow the edits so the list shrinks as they are fixed.
    if (m_showingProblems)
        showProblems(m_editor->problems());
}

bool ChildForm::save()
{
    const bool wasNew = m_editor->isNew();
    if (wasNew && !confirmNotADuplicate())
        return false;
    const auto saved = m_editor->save();
    if (!saved) {
        if (saved.error().code == domain::ErrorCode::Validation) {
            m_showingProblems = true;
            showProblems(saved.error().problems);
        } else {
            m_prompts.showError(tr("Child not saved"), saved.error().message);
        }
        return false;
    }
    m_showingProblems = false;
    showProblems({});
    if (wasNew) {
        m_ui->notesTab->reload();
        m_ui->siblingsTab->reload();
    }
    Q_EMIT childSaved(saved->value);
    return true;
}

bool ChildForm::confirmNotADuplicate()
{
    // Only a record that would be saved is worth the question: problems are shown first.
    if (!m_editor->problems().empty())
        return true;
    const auto found = services::DuplicateCheck(m_editor->workspace()).of(m_editor->draft());
    if (!found) {
        m_prompts.showError(tr("Child not saved"), found.error().message);
        return false;
    }
    if (found->empty())
        return true;
    const auto answer = m_prompts.askAboutLikelyDuplicates(recordName(), *found);
    using Action = UserPrompts::DuplicateAnswer::Action;
    switch (answer.action) {
    case Action::CreateNew:
        return true;
    case Action::OpenExisting:
        // The new draft stays open with what was typed; nothing is lost if it was a mistake.
        if (answer.index >= 0 && answer.index < static_cast<int>(found->size()))
            Q_EMIT openChildRequested(found->at(static_cast<std::size_t>(answer.index)).id);
        return false;
    case Action::KeepEditing:
        return false;
    }
    return false;
}

void ChildForm::showProblems(const domain::Problems& problems)
{
    auto* list = m_ui->problemsList;
    list->clear();
    for (const domain::Problem& problem : problems) {
        auto* item = new QListWidgetItem(problem.message, list);
        item->setData(fieldRole, problem.field);
        item->setToolTip(tr("Go to %1").arg(problem.field));
    }
    const bool any = !problems.empty();
    QString title;
    if (problems.size() == 1)
        title = tr("Not saved. Fix this problem first:");
    else if (any)
        title = tr("Not saved. Fix these %1 problems first:").arg(problems.size());
    m_ui->problemsTitle->setText(title);
    m_ui->problemsTitle->setVisible(any);
    list->setVisible(any);
    // Every field named in a problem says so to screen readers and on hover.
    for (QWidget* widget : findChildren<QWidget*>())
        if (widget->property("problem").isValid()) {
            widget->setToolTip({});
            widget->setProperty("problem", {});
        }
    for (const domain::Problem& problem : problems)
        if (QWidget* widget = fieldWidget(problem.field)) {
            widget->setToolTip(problem.message);
            widget->setProperty("problem", problem.message);
        }
}

QWidget* ChildForm::fieldWidget(const QString& field) const
{
    if (QWidget* w = m_ui->profileTab->fieldWidget(field))
        return w;
    if (QWidget* w = m_ui->needsTab->fieldWidget(field))
        return w;
    return m_ui->journeyTab->fieldWidget(field);
}

void ChildForm::goToProblem(QListWidgetItem* item)
{
    QWidget* widget = fieldWidget(item->data(fieldRole).toString());
    if (!widget)
        return;
    for (int i = 0; i < m_ui->tabs->count(); ++i)
        if (m_ui->tabs->widget(i)->isAncestorOf(widget))
            m_ui->tabs->setCurrentIndex(i);
    widget->setFocus(Qt::OtherFocusReason);
}

QStringList ChildForm::shownProblems() const
{
    QStringList messages;
    if (m_ui->problemsList->isHidden())
        return messages;
    for (int i = 0; i < m_ui->problemsList->count(); ++i)
        messages << m_ui->problemsList->item(i)->text();
    return messages;
}

bool ChildForm::settleUnsavedChanges()
{
    if (!m_editor->isModified())
        return true;
    switch (m_prompts.askUnsavedChanges(recordName())) {
    case UserPrompts::UnsavedChanges::Save:
        return save();
    case UserPrompts::UnsavedChanges::Discard:
        return true;
    case UserPrompts::UnsavedChanges::KeepEditing:
        return false;
    }
    return false;
}

void ChildForm::reject()
{
    if (!m_closing && !settleUnsavedChanges())
        return;
    m_closing = true;
    QDialog::reject();
}

void ChildForm::closeEvent(QCloseEvent* event)
{
    // The title bar's close button comes here without passing through reject().
    if (!m_closing && !settleUnsavedChanges()) {
        event->ignore();
        return;
    }
    m_closing = true;
    QDialog::closeEvent(event);
}

bool ChildForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
            key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)) {
            // Left unaccepted, the key goes to the window's shortcuts (the record's undo).
            event->ignore();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ChildForm::archive()
{
    if (m_editor->isNew())
        return;
    const QString question =
        m_editor->isModified()
            ? tr("Archive %1? The child leaves the lists; the record is kept and can be restored. "
                 "Your unsaved changes will be discarded.")
                  .arg(recordName())
            : tr("Archive %1? The child leaves the lists; the record is kept and can be restored.")
                  .arg(recordName());
    if (!m_prompts.confirm(tr("Archive Child"), question, tr("&Archive")))
        return;
    const domain::ChildId id = m_editor->saved().id;
    if (auto archived = services::ChildRecords(m_editor->workspace()).archive(id); !archived) {
        m_prompts.showError(tr("Child not archived"), archived.error().message);
        return;
    }
    Q_EMIT childArchived(id.value);
    m_closing = true;
    QDialog::reject();
}

} // namespace permanence::gui
