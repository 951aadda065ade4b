#include "gui/WidgetPrompts.h"

#include <QFileDialog>
#include <QMessageBox>

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

} // namespace permanence::gui
