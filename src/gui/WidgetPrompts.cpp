#include "gui/WidgetPrompts.h"

#include "gui/LikelyDuplicatesDialog.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace permanence::gui {
namespace {

QString databaseFilter()
{
    return QFileDialog::tr("Permanence databases (*.sqlite *.db);;All files (*)");
}

} // namespace

QString WidgetPrompts::chooseDatabaseToOpen(const QString& startDirectory)
{
    return QFileDialog::getOpenFileName(m_parent, QFileDialog::tr("Open Database"), startDirectory,
                                        databaseFilter());
}

QString WidgetPrompts::chooseNewDatabasePath(const QString& startDirectory)
{
    QFileDialog dialog(m_parent, QFileDialog::tr("New Database"), startDirectory, databaseFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    // A new database is always a new file (the app refuses an existing one), so asking
    // "replace it?" would offer a choice that cannot be honoured.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

void WidgetPrompts::showError(const QString& title, const QString& message)
{
    QMessageBox::critical(m_parent, title, message);
}

presentation::UserPrompts::UnsavedChanges WidgetPrompts::askUnsavedChanges(const QString& record)
{
    QMessageBox box(QMessageBox::Warning, QMessageBox::tr("Unsaved Changes"),
                    QMessageBox::tr("Save the changes to %1?").arg(record),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_parent);
    box.setInformativeText(QMessageBox::tr("If you do not save them, the changes are lost."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedChanges::Save;
    case QMessageBox::Discard:
        return UnsavedChanges::Discard;
    default:
        return UnsavedChanges::KeepEditing;
    }
}

bool WidgetPrompts::confirm(const QString& title, const QString& question, const QString& action)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, m_parent);
    QAbstractButton* yes = box.addButton(action, QMessageBox::AcceptRole);
    // The safe answer is the default: Enter alone never takes the step.
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

QString WidgetPrompts::chooseChildrenToImport(const QString& startDirectory)
{
    return QFileDialog::getOpenFileName(
        m_parent, QFileDialog::tr("Import Children"), startDirectory,
        QFileDialog::tr("Spreadsheet files (*.csv);;All files (*)"));
}

QString WidgetPrompts::chooseFileToSave(const QString& title, const QString& suggestedPath,
                                        const QString& filter)
{
    return QFileDialog::getSaveFileName(m_parent, title, suggestedPath, filter);
}

WidgetPrompts::DuplicateAnswer
WidgetPrompts::askAboutLikelyDuplicates(const QString& record,
                                        const std::vector<domain::LikelyDuplicate>& found)
{
    LikelyDuplicatesDialog dialog(record, found, m_parent);
    dialog.exec();
    return dialog.answer();
}

} // namespace permanence::gui
