#include "app/DesktopSession.h"

#include "gui/MainWindow.h"
#include "services/DemoAgency.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <spdlog/spdlog.h>

namespace permanence::app {

using namespace permanence::domain;

DesktopSession::DesktopSession(bool fillEmptyWithDemo) : m_fillEmptyWithDemo(fillEmptyWithDemo)
{}

DesktopSession::~DesktopSession()
{
    // The window holds a pointer to the workspace: close it first.
    m_window.reset();
    m_workspace.reset();
}

Result<std::unique_ptr<services::Workspace>> DesktopSession::openWorkspace(const QString& path,
                                                                           bool fillDemo)
{
    auto ws = services::Workspace::open(
        path, m_clock, Actor{qEnvironmentVariable("USER", QStringLiteral("user"))});
    if (!ws)
        return ws;
    auto& workspace = **ws;
    auto children = workspace.childCount();
    if (!children)
        return fail(children.error());
    if (fillDemo && !workspace.hasAgency() && *children == 0) {
        spdlog::info("app: filling empty database with the demo agency");
        services::DemoOptions options;
        options.today = m_clock.today();
        if (auto filled = services::fillWithDemoAgency(workspace.database(), options); !filled)
            return fail(filled.error());
        workspace.announceBulkChange();
    }
    return ws;
}

bool DesktopSession::start(const QString& path)
{
    auto ws = openWorkspace(path, m_fillEmptyWithDemo);
    if (!ws) {
        showError(tr("Cannot open database"), ws.error().message);
        return false;
    }
    m_window = std::make_unique<gui::MainWindow>();
    connect(m_window.get(), &gui::MainWindow::openDatabaseRequested, this,
            &DesktopSession::openDatabase);
    connect(m_window.get(), &gui::MainWindow::newDatabaseRequested, this,
            &DesktopSession::createDatabase);
    adopt(std::move(*ws));
    m_window->show();
    return true;
}

void DesktopSession::openDatabase(const QString& path)
{
    auto ws = openWorkspace(path, false);
    if (!ws) {
        showError(tr("Cannot open database"), ws.error().message);
        return;
    }
    adopt(std::move(*ws));
}

void DesktopSession::createDatabase(const QString& path)
{
    if (QFile::exists(path)) {
        // Never overwrite: a new database is a new file.
        showError(tr("Cannot create database"),
                  tr("%1 already exists. Choose a new file name, or open it instead.").arg(path));
        return;
    }
    const auto answer =
        QMessageBox::question(m_window.get(), tr("New database"),
                              tr("Start the new database with the synthetic demo agency?\n\n"
                                 "Choose No for an empty database."),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    auto ws = openWorkspace(path, answer == QMessageBox::Yes);
    if (!ws) {
        showError(tr("Cannot create database"), ws.error().message);
        return;
    }
    adopt(std::move(*ws));
}

void DesktopSession::adopt(std::unique_ptr<services::Workspace> workspace)
{
    // Hand the window the new workspace before the old one is destroyed.
    std::unique_ptr<services::Workspace> old = std::move(m_workspace);
    m_workspace = std::move(workspace);
    m_window->setWorkspace(m_workspace.get());
    old.reset();
}

void DesktopSession::showError(const QString& title, const QString& message)
{
    QMessageBox::critical(m_window.get(), title, message);
}

} // namespace permanence::app
