#pragma once

#include "domain/SearchRecord.h"

#include <QAbstractListModel>
#include <QPointer>
#include <vector>

namespace permanence::services {
class Search;
}

namespace permanence::presentation {

/// The one search box's results as a list: a heading row per kind found ("Children — 3 of
/// 12"), then its records, best first. Headings cannot be chosen; a record row carries its
/// kind and id so the window can open it.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, ///< int(domain::SearchKind)
        IdRole,                      ///< qint64 record id; absent on headings
        IsHeadingRole,
        QueryRole, ///< the text searched for, so a completer leaves the box as typed
    };

    explicit SearchResultModel(QObject* parent = nullptr);

    /// The search to ask; nullptr empties the model. Not owned.
    void setSearch(services::Search* search);
    /// Searches for `text` now; an empty text empties the list.
    void setQuery(const QString& text);
    [[nodiscard]] QString query() const { return m_query; }
    /// The last search's problem in words, or empty.
    [[nodiscard]] QString lastError() const { return m_error; }
    /// Row of the first record (not a heading), or -1.
    [[nodiscard]] int firstRecordRow() const;
    [[nodiscard]] static QString kindLabel(domain::SearchKind kind, int count);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;

    static constexpr int perKind = 8;

private:
    struct Row
    {
        domain::SearchKind kind;
        bool heading = false;
        qint64 id = 0;
        QString text;
        QString tooltip;
    };

    QPointer<services::Search> m_search;
    QString m_query;
    QString m_error;
    std::vector<Row> m_rows;
};

} // namespace permanence::presentation
