#pragma once

#include "domain/Ids.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ChronologyWindow;
}

namespace permanence::services {
class Workspace;
}

namespace permanence::presentation {
class ChronologyModel;
class UserPrompts;
} // namespace permanence::presentation

namespace permanence::gui {

/// A child's or household's chronology in a window of its own: every dated fact newest first,
/// narrowed by source, printable and savable as PDF.
class ChronologyWindow final : public QDialog
{
    Q_OBJECT

public:
    /// Shows the chronology of `child` (`record` names it in the heading).
    ChronologyWindow(services::Workspace& workspace, domain::ChildId child, const QString& record,
                     presentation::UserPrompts& prompts, QWidget* parent = nullptr);
    ChronologyWindow(services::Workspace& workspace, domain::HouseholdId household,
                     const QString& record, presentation::UserPrompts& prompts,
                     QWidget* parent = nullptr);
    ~ChronologyWindow() override;

    [[nodiscard]] presentation::ChronologyModel* model() const { return m_model; }
    /// Reads the records again (after a note is added or a date changed).
    void reload();
    /// Writes what is shown to `path` as PDF; false after telling the user why not.
    bool saveAsPdf(const QString& path);

private:
    ChronologyWindow(services::Workspace& workspace, const QString& record,
                     presentation::UserPrompts& prompts, QWidget* parent);
    void choosePdf();
    void print();
    void showCount();
    [[nodiscard]] QString documentHtml() const;

    std::unique_ptr<Ui::ChronologyWindow> m_ui;
    services::Workspace& m_workspace;
    presentation::UserPrompts& m_prompts;
    presentation::ChronologyModel* m_model = nullptr;
    QString m_record;
    domain::ChildId m_child;
    domain::HouseholdId m_household;
};

} // namespace permanence::gui
