#include "presentation/SupportCaseListModel.h"

#include "domain/Dates.h"
#include "services/SupportCases.h"
#include "services/Workspace.h"

namespace permanence::presentation {

SupportCaseListModel::SupportCaseListModel(QObject* parent) : PagedTableModel(parent)
{}

void SupportCaseListModel::setWorkspace(services::Workspace* workspace)
{
    disconnect(m_changed);
    m_workspace = workspace;
    if (workspace)
        m_changed = connect(workspace, &services::Workspace::supportCasesChanged, this,
                            &SupportCaseListModel::reload);
    reload();
}

void SupportCaseListModel::setHubFilter(const QString& hubCode)
{
    if (m_query.hubCode == hubCode)
        return;
    m_query.hubCode = hubCode;
    reload();
}

void SupportCaseListModel::setWorkerFilter(const QString& worker)
{
    if (m_query.worker == worker)
        return;
    m_query.worker = worker;
    reload();
}

void SupportCaseListModel::setOpenOnly(bool openOnly)
{
    if (m_query.openOnly == openOnly)
        return;
    m_query.openOnly = openOnly;
    reload();
}

const storage::SupportCaseSummary* SupportCaseListModel::caseAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int SupportCaseListModel::rowOf(domain::SupportCaseId id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int SupportCaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SupportCaseListModel::data(const QModelIndex& index, int role) const
{
    const storage::SupportCaseSummary* row = index.isValid() ? caseAt(index.row()) : nullptr;
    if (!row)
        return {};
    if (role == IdRole)
        return row->id.value;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Family:
        return row->familyName;
    case Hub: {
        const domain::Hub* hub = m_workspace ? m_workspace->agency().hub(row->hubCode) : nullptr;
        return hub ? hub->name : row->hubCode;
    }
    case Worker:
        return row->worker.isEmpty() ? tr("Not allocated") : row->worker;
    case Referral:
        return domain::formatDate(row->referral);
    case Children:
        return QString::number(row->children);
    case Status:
        return row->closed.isValid() ? tr("Closed %1").arg(domain::formatDate(row->closed))
                                     : tr("Open");
    default:
        return {};
    }
}

QVariant SupportCaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Family:
        return tr("Family");
    case Hub:
        return tr("Hub");
    case Worker:
        return tr("Worker");
    case Referral:
        return tr("Referred");
    case Children:
        return tr("Children");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

domain::Result<int> SupportCaseListModel::countMatching() const
{
    return services::SupportCases(*m_workspace).count(m_query);
}

domain::Result<int> SupportCaseListModel::stagePage(int offset, int limit)
{
    storage::SupportCaseQuery page = m_query;
    page.offset = offset;
    page.limit = limit;
    auto rows = services::SupportCases(*m_workspace).list(page);
    if (!rows)
        return domain::fail(rows.error());
    m_staged = std::move(*rows);
    return static_cast<int>(m_staged.size());
}

void SupportCaseListModel::commitStaged()
{
    m_rows.insert(m_rows.end(), std::make_move_iterator(m_staged.begin()),
                  std::make_move_iterator(m_staged.end()));
    m_staged.clear();
}

void SupportCaseListModel::clearRows()
{
    m_rows.clear();
    m_staged.clear();
}

} // namespace permanence::presentation
