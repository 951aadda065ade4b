#pragma once

#include "domain/Result.h"
#include "services/SearchIndex.h"

#include <QObject>
#include <QPointer>

namespace permanence::services {

class Workspace;

/// The one search box's use case on an open workspace: reads the records to index when first
/// asked, and again after the workspace announces a change, so results are never stale and a
/// keystroke costs only the in-memory lookup.
class Search : public QObject
{
    Q_OBJECT

public:
    explicit Search(Workspace* workspace, QObject* parent = nullptr);

    /// Results for `query` (see SearchIndex for the matching rules).
    [[nodiscard]] domain::Result<SearchResults> find(const QString& query, int perKind = 8);
    /// Reads the records now if a change has made the index out of date.
    [[nodiscard]] domain::Status refresh();

private:
    void markStale() { m_stale = true; }

    QPointer<Workspace> m_workspace;
    SearchIndex m_index;
    bool m_stale = true;
};

} // namespace permanence::services
