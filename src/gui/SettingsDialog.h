#pragma once

#include "presentation/DisplaySettings.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace permanence::gui {

/// Edit > Settings: the thresholds this user sees lists and boards against. Changes apply when
/// the user presses OK; Restore Defaults puts back the national targets.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const presentation::DisplaySettings& current,
                            QWidget* parent = nullptr);
    ~SettingsDialog() override;

    [[nodiscard]] presentation::DisplaySettings settings() const;

private:
    void display(const presentation::DisplaySettings& settings);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace permanence::gui
