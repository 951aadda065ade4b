#pragma once

#include "domain/Result.h"

#include <QAbstractTableModel>
#include <QString>

namespace permanence::presentation {

/// Shared paging for list models over tables that can hold 100,000 records: a query change or
/// a reload loads the first page and the total count; views pull later pages through
/// canFetchMore()/fetchMore(). Filtering and sorting happen in SQL, so no proxy model sits on
/// top and nothing ever loads a whole table.
///
/// Subclasses own the rows and the query; this class owns the bookkeeping of how many rows are
/// loaded, how many match, and what the last failure was.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int pageSize = 200;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// Records the current query matches in the database, loaded or not.
    [[nodiscard]] int totalCount() const { return m_total; }
    /// The message of the last failed load; empty when the last load succeeded.
    [[nodiscard]] QString lastError() const { return m_lastError; }

    /// Whether sort(column, …) can order by this column (only columns with an SQL sort key).
    [[nodiscard]] virtual bool canSortBy(int column) const = 0;
    [[nodiscard]] virtual int sortColumn() const = 0;
    [[nodiscard]] virtual Qt::SortOrder sortOrder() const = 0;

    /// Drops the loaded rows and loads the first page of the current query again.
    void reload();

Q_SIGNALS:
    /// The number of matching records changed (after a query change or a reload).
    void totalCountChanged(int count);
    /// Loading failed; the model shows what it had loaded before (or nothing).
    void loadFailed(const QString& message);

protected:
    explicit PagedTableModel(QObject* parent = nullptr);

    /// False while there is nothing to read from (no workspace yet).
    [[nodiscard]] virtual bool hasSource() const = 0;
    /// Counts the records the current query matches.
    [[nodiscard]] virtual domain::Result<int> countMatching() const = 0;
    /// Reads records [offset, offset + limit) of the current query into a staging area and
    /// returns how many it read; commitStaged() then appends them to the rows. The split lets
    /// this class call beginInsertRows() with the real count before the rows change.
    [[nodiscard]] virtual domain::Result<int> stagePage(int offset, int limit) = 0;
    virtual void commitStaged() = 0;
    virtual void clearRows() = 0;

private:
    void recordFailure(const domain::Error& error);

    int m_loaded = 0;
    int m_total = 0;
    bool m_failed = false;
    QString m_lastError;
};

} // namespace permanence::presentation
