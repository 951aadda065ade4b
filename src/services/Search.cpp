#include "services/Search.h"

#include "services/Workspace.h"
#include "storage/SearchRecords.h"

namespace permanence::services {

Search::Search(Workspace* workspace, QObject* parent) : QObject(parent), m_workspace(workspace)
{
    if (!m_workspace)
        return;
    connect(m_workspace, &Workspace::childrenChanged, this, &Search::markStale);
    connect(m_workspace, &Workspace::householdsChanged, this, &Search::markStale);
    connect(m_workspace, &Workspace::agencyChanged, this, &Search::markStale);
}

domain::Status Search::refresh()
{
    if (!m_stale)
        return {};
    if (!m_workspace)
        return domain::fail(domain::ErrorCode::Invalid, tr("No database is open."));
    auto records = storage::loadSearchRecords(m_workspace->database(), m_workspace->actor());
    if (!records)
        return domain::fail(records.error());
    m_index.build(std::move(*records));
    m_stale = false;
    return {};
}

domain::Result<SearchResults> Search::find(const QString& query, int perKind)
{
    if (auto fresh = refresh(); !fresh)
        return domain::fail(fresh.error());
    return m_index.find(query, perKind);
}

} // namespace permanence::services
