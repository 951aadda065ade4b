#include "gui/AboutDialog.h"

#include "services/Workspace.h"
#include "ui_AboutDialog.h"

#include <QDir>

namespace permanence::gui {

AboutDialog::AboutDialog(services::Workspace* workspace, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);

    m_ui->versionValue->setText(QStringLiteral(PERMANENCE_VERSION));
    // Built-against and running-on can differ on a distribution that upgrades Qt.
    const QString built = QStringLiteral(QT_VERSION_STR);
    const QString running = QString::fromLatin1(qVersion());
    m_ui->qtValue->setText(built == running ? running
                                            : tr("%1 (built with %2)").arg(running, built));
    if (workspace) {
        m_ui->databaseValue->setText(QDir::toNativeSeparators(workspace->path()));
        m_ui->schemaValue->setText(QString::number(workspace->database().schemaVersion()));
    } else {
        m_ui->databaseValue->setText(tr("No database open"));
        m_ui->schemaValue->setText(tr("Not applicable"));
    }
}

AboutDialog::~AboutDialog() = default;

} // namespace permanence::gui
