#pragma once

#include "presentation/PagedTableModel.h"
#include "storage/SupportCaseRepository.h"

#include <QPointer>
#include <vector>

namespace permanence::services {
class Workspace;
}

namespace permanence::presentation {

/// The permanency support teams' cases, a page at a time, filtered by hub, allocated worker
/// and whether the case is open. The list's order (latest referral first) is the repository's.
class SupportCaseListModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Family,
        Hub,
        Worker,
        Referral,
        Children,
        Status,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the case's id (qint64)
    };

    explicit SupportCaseListModel(QObject* parent = nullptr);

    /// Not owned; nullptr empties the list. Reloads when the workspace's support cases change.
    void setWorkspace(services::Workspace* workspace);

    void setHubFilter(const QString& hubCode);
    /// A worker's caseload; empty shows every worker's cases.
    void setWorkerFilter(const QString& worker);
    void setOpenOnly(bool openOnly);
    [[nodiscard]] const storage::SupportCaseQuery& query() const { return m_query; }

    [[nodiscard]] const storage::SupportCaseSummary* caseAt(int row) const;
    [[nodiscard]] int rowOf(domain::SupportCaseId id) const;

    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canSortBy(int) const override { return false; }
    [[nodiscard]] int sortColumn() const override { return Referral; }
    [[nodiscard]] Qt::SortOrder sortOrder() const override { return Qt::DescendingOrder; }

protected:
    [[nodiscard]] bool hasSource() const override { return !m_workspace.isNull(); }
    [[nodiscard]] domain::Result<int> countMatching() const override;
    [[nodiscard]] domain::Result<int> stagePage(int offset, int limit) override;
    void commitStaged() override;
    void clearRows() override;

private:
    QPointer<services::Workspace> m_workspace;
    QMetaObject::Connection m_changed;
    storage::SupportCaseQuery m_query;
    std::vector<storage::SupportCaseSummary> m_rows;
    std::vector<storage::SupportCaseSummary> m_staged;
};

} // namespace permanence::presentation
