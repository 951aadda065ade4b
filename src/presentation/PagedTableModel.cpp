#include "presentation/PagedTableModel.h"

#include <QtDebug>
#include <algorithm>

namespace permanence::presentation {

PagedTableModel::PagedTableModel(QObject* parent) : QAbstractTableModel(parent)
{}

int PagedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_loaded;
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const
{
    // After a failure, stop: a view would otherwise retry on every scroll.
    return !parent.isValid() && !m_failed && m_loaded < m_total;
}

void PagedTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const auto read = stagePage(m_loaded, std::min(pageSize, m_total - m_loaded));
    if (!read) {
        recordFailure(read.error());
        return;
    }
    if (*read == 0) {
        // Fewer records than counted: someone deleted rows since the count. Believe the rows.
        m_total = m_loaded;
        Q_EMIT totalCountChanged(m_total);
        return;
    }
    beginInsertRows({}, m_loaded, m_loaded + *read - 1);
    commitStaged();
    m_loaded += *read;
    endInsertRows();
}

void PagedTableModel::reload()
{
    const int previousTotal = m_total;
    beginResetModel();
    clearRows();
    m_loaded = 0;
    m_total = 0;
    m_failed = false;
    m_lastError.clear();
    if (hasSource()) {
        if (const auto count = countMatching(); !count) {
            recordFailure(count.error());
        } else {
            m_total = *count;
            // A limit of 0 may mean "no limit" to a repository: never ask for it.
            if (m_total == 0) {
                // nothing to read
            } else if (const auto read = stagePage(0, std::min(pageSize, m_total)); !read) {
                recordFailure(read.error());
            } else {
                commitStaged();
                m_loaded = *read;
            }
        }
    }
    endResetModel();
    if (m_total != previousTotal)
        Q_EMIT totalCountChanged(m_total);
}

void PagedTableModel::recordFailure(const domain::Error& error)
{
    m_failed = true;
    m_lastError = error.message;
    // The message may quote a record; log only the code (personal data never reaches the log).
    qWarning("presentation: loading %s failed with error code %d", metaObject()->className(),
             static_cast<int>(error.code));
    Q_EMIT loadFailed(error.message);
}

} // namespace permanence::presentation
