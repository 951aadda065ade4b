#pragma once

#include "domain/DueItem.h"
#include "domain/SearchRecord.h"

#include <QPointer>
#include <QWidget>
#include <memory>

namespace Ui {
class MyWorkPage;
}

namespace permanence::services {
class Workspace;
}

namespace permanence::presentation {
class DueListModel;
}

namespace permanence::gui {

/// "My work": everything due or overdue today, derived from the records and the rules, overdue
/// first, filtered by kind, hub and worker; Enter or a double click opens the record. The list
/// is worked out again whenever records or settings change.
class MyWorkPage : public QWidget
{
    Q_OBJECT

public:
    explicit MyWorkPage(QWidget* parent = nullptr);
    ~MyWorkPage() override;

    /// Not owned; nullptr empties the page.
    void setWorkspace(services::Workspace* workspace);
    /// The stage targets the list applies (from Edit > Settings).
    void setRules(const domain::DueRules& rules);

    [[nodiscard]] presentation::DueListModel* model() const { return m_model; }
    /// Every item before filtering, most urgent first.
    [[nodiscard]] const QList<domain::DueItem>& allItems() const { return m_all; }
    [[nodiscard]] int overdueCount() const;

    /// Works the list out again from the records.
    void refresh();
    void setKindFilter(std::optional<domain::DueKind> kind);
    void setHubFilter(const QString& hubCode);
    void setWorkerFilter(const QString& worker);

Q_SIGNALS:
    /// The unfiltered counts changed (for the navigation label).
    void countsChanged(int overdue, int total);
    void recordChosen(domain::SearchKind kind, qint64 id);

private:
    void fillHubs();
    void fillWorkers();
    void applyFilter();
    void openCurrent();

    std::unique_ptr<Ui::MyWorkPage> m_ui;
    presentation::DueListModel* m_model;
    QPointer<services::Workspace> m_workspace;
    domain::DueRules m_rules;
    QList<domain::DueItem> m_all;
};

} // namespace permanence::gui
