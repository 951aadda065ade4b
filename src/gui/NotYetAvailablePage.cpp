#include "gui/NotYetAvailablePage.h"

#include "ui_NotYetAvailablePage.h"

namespace permanence::gui {

NotYetAvailablePage::NotYetAvailablePage(const QString& title, const QString& purpose,
                                         QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::NotYetAvailablePage>())
{
    m_ui->setupUi(this);
    setAccessibleName(title);
    m_ui->titleLabel->setText(title);
    // A heading by size and weight, following the user's font rather than a fixed one.
    QFont heading = m_ui->titleLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.5);
    heading.setBold(true);
    m_ui->titleLabel->setFont(heading);
    m_ui->purposeLabel->setText(purpose);
}

NotYetAvailablePage::~NotYetAvailablePage() = default;

} // namespace permanence::gui
