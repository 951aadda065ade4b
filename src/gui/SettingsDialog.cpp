#include "gui/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include <QPushButton>

namespace permanence::gui {

using presentation::DisplaySettings;

SettingsDialog::SettingsDialog(const DisplaySettings& current, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    for (QSpinBox* box : {m_ui->longWaitSpin, m_ui->stage1Spin, m_ui->stage2Spin})
        box->setRange(DisplaySettings::minimumDays, DisplaySettings::maximumDays);
    display(current);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { display(DisplaySettings{}); });
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::display(const DisplaySettings& settings)
{
    m_ui->longWaitSpin->setValue(settings.longWaitDays);
    m_ui->stage1Spin->setValue(settings.stageTargets.stage1Days);
    m_ui->stage2Spin->setValue(settings.stageTargets.stage2Days);
}

DisplaySettings SettingsDialog::settings() const
{
    DisplaySettings s;
    s.longWaitDays = m_ui->longWaitSpin->value();
    s.stageTargets.stage1Days = m_ui->stage1Spin->value();
    s.stageTargets.stage2Days = m_ui->stage2Spin->value();
    return s;
}

} // namespace permanence::gui
