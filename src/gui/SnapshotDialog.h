#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SnapshotDialog;
}

namespace permanence::services {
class Workspace;
}

namespace permanence::presentation {
class ChildSummaryModel;
class SnapshotModel;
} // namespace permanence::presentation

namespace permanence::gui {

/// "Children with a plan on …": 003 §3.9's counts for a chosen date (today or the last
/// 31 March), and, for the selected count, the children behind it; opening one asks the
/// Children page to show their record.
class SnapshotDialog : public QDialog
{
    Q_OBJECT

public:
    SnapshotDialog(services::Workspace& workspace, QWidget* parent = nullptr);
    ~SnapshotDialog() override;

    void setDate(QDate date);
    [[nodiscard]] presentation::SnapshotModel* model() const { return m_snapshot; }
    [[nodiscard]] presentation::ChildSummaryModel* childrenModel() const { return m_children; }
    /// Lists the children behind a row of the snapshot (SnapshotModel::Row).
    void showChildrenBehind(int row);

Q_SIGNALS:
    void openChildRequested(qint64 childId);

private:
    void reload();

    std::unique_ptr<Ui::SnapshotDialog> m_ui;
    services::Workspace& m_workspace;
    presentation::SnapshotModel* m_snapshot;
    presentation::ChildSummaryModel* m_children;
};

} // namespace permanence::gui
