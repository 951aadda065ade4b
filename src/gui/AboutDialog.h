#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class AboutDialog;
}

namespace permanence::services {
class Workspace;
}

namespace permanence::gui {

/// Version, Qt version and the open database with its schema version: what support asks first.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    /// `workspace` may be null (no database open).
    explicit AboutDialog(services::Workspace* workspace, QWidget* parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace permanence::gui
