#pragma once

#include "domain/Clock.h"
#include "services/Workspace.h"

#include <QObject>
#include <memory>

namespace permanence::gui {
class MainWindow;
}

namespace permanence::app {

/// The desktop app's lifetime: owns the open Workspace and the main window, and swaps the
/// database when the user opens or creates another one.
class DesktopSession : public QObject
{
    Q_OBJECT

public:
    /// `fillEmptyWithDemo`: an empty database opened at start-up gets the synthetic demo agency,
    /// so a first run shows a realistic agency instead of blank tables.
    explicit DesktopSession(bool fillEmptyWithDemo);
    ~DesktopSession() override;

    /// Opens `path` and shows the main window. False (after telling the user) if it cannot.
    [[nodiscard]] bool start(const QString& path);

private:
    void openDatabase(const QString& path);
    void createDatabase(const QString& path);
    [[nodiscard]] domain::Result<std::unique_ptr<services::Workspace>>
    openWorkspace(const QString& path, bool fillDemo);
    void adopt(std::unique_ptr<services::Workspace> workspace);
    void showError(const QString& title, const QString& message);

    bool m_fillEmptyWithDemo;
    domain::SystemClock m_clock;
    std::unique_ptr<services::Workspace> m_workspace;
    std::unique_ptr<gui::MainWindow> m_window;
};

} // namespace permanence::app
