// The Children page's commands that open other windows: child forms, the snapshot view and the
// import. Kept apart from the list and its filters (ChildrenPage.cpp).
#include "exchange/ChildCsvImport.h"
#include "gui/ChildForm.h"
#include "gui/ChildrenPage.h"
#include "gui/ImportReportDialog.h"
#include "gui/SnapshotDialog.h"
#include "presentation/ChildListModel.h"
#include "presentation/UserPrompts.h"
#include "services/ChildRecords.h"
#include "services/Workspace.h"
#include "ui_ChildrenPage.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStandardPaths>

namespace permanence::gui {

ChildForm* ChildrenPage::newChild()
{
    if (!m_workspace)
        return nullptr;
    domain::Child child;
    // Most agencies file children under one council at a time: start with the list's council.
    child.councilCode = m_ui->councilCombo->currentData().toString();
    return showForm(new ChildForm(*m_workspace, child, prompts(), this), 0);
}

ChildForm* ChildrenPage::openChild(qint64 childId)
{
    if (!m_workspace || childId <= 0)
        return nullptr;
    if (const QPointer<ChildForm> open = m_forms.value(childId)) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    auto child = m_workspace->child(domain::ChildId{childId});
    if (!child) {
        prompts().showError(tr("Cannot open child"), child.error().message);
        return nullptr;
    }
    return showForm(new ChildForm(*m_workspace, *child, prompts(), this), childId);
}

ChildForm* ChildrenPage::showForm(ChildForm* form, qint64 childId)
{
    form->setAttribute(Qt::WA_DeleteOnClose);
    if (childId > 0)
        m_forms.insert(childId, form);
    else
        m_windows << form;
    // A new child's form becomes that child's form once saved, so it is found again.
    connect(form, &ChildForm::childSaved, this, [this, form](qint64 id) {
        if (!m_forms.contains(id))
            m_forms.insert(id, form);
    });
    connect(form, &ChildForm::openChildRequested, this, &ChildrenPage::openChild);
    form->show();
    return form;
}

void ChildrenPage::openSelected()
{
    openChild(selectedChildId());
}

void ChildrenPage::archiveSelected()
{
    const qint64 id = selectedChildId();
    if (!m_workspace || id <= 0)
        return;
    const QModelIndex current = m_ui->childrenTable->currentIndex();
    const QString name =
        current.siblingAtColumn(presentation::ChildListModel::Name).data().toString();
    if (!prompts().confirm(tr("Archive Child"),
                           tr("Archive %1? The child leaves the lists; the record is kept and can "
                              "be restored.")
                               .arg(name),
                           tr("&Archive")))
        return;
    if (auto archived = services::ChildRecords(*m_workspace).archive(domain::ChildId{id});
        !archived)
        prompts().showError(tr("Child not archived"), archived.error().message);
}

void ChildrenPage::showSnapshot()
{
    if (!m_workspace)
        return;
    auto* dialog = new SnapshotDialog(*m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SnapshotDialog::openChildRequested, this, &ChildrenPage::openChild);
    m_windows << dialog;
    dialog->show();
}

void ChildrenPage::importChildren()
{
    if (!m_workspace)
        return;
    const QString start = QFileInfo(m_workspace->path()).absolutePath();
    const QString path = prompts().chooseChildrenToImport(start);
    if (path.isEmpty())
        return;
    // No Cancel button: the import is all or nothing and is written in one transaction at the
    // end, so stopping half-way could only mean "nothing", which the report says anyway.
    QProgressDialog progress(tr("Importing children from %1…").arg(QFileInfo(path).fileName()),
                             QString(), 0, 0, this);
    progress.setWindowTitle(tr("Import Children"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(200);
    const auto report =
        exchange::importChildren(*m_workspace, path, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
        });
    progress.reset();
    if (!report) {
        prompts().showError(tr("Cannot import children"), report.error().message);
        return;
    }
    auto* dialog = new ImportReportDialog(QDir::toNativeSeparators(path), *report, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_windows << dialog;
    dialog->open();
}

void ChildrenPage::closeForms()
{
    // Forms and views hold the workspace by reference: close them all while it is still open.
    // Each form asks about its unsaved changes; whatever the answer, it goes.
    const auto forms = m_forms.values();
    for (const QPointer<ChildForm>& form : forms)
        if (form) {
            form->close();
            delete form.data();
        }
    m_forms.clear();
    for (const QPointer<QWidget>& window : std::as_const(m_windows))
        if (window) {
            window->close();
            delete window.data();
        }
    m_windows.clear();
}

} // namespace permanence::gui
