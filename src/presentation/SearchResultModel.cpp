#include "presentation/SearchResultModel.h"

#include "presentation/CountText.h"
#include "services/Search.h"

#include <QFont>
#include <optional>

namespace permanence::presentation {

using domain::SearchKind;

SearchResultModel::SearchResultModel(QObject* parent) : QAbstractListModel(parent)
{}

void SearchResultModel::setSearch(services::Search* search)
{
    m_search = search;
    setQuery(m_query);
}

QString SearchResultModel::kindLabel(SearchKind kind, int count)
{
    switch (kind) {
    case SearchKind::Child:
        return countText(count, "1 child", "%1 children");
    case SearchKind::Household:
        return countText(count, "1 adopter household", "%1 adopter households");
    case SearchKind::PanelMeeting:
        return countText(count, "1 panel meeting", "%1 panel meetings");
    case SearchKind::SupportCase:
        return countText(count, "1 support case", "%1 support cases");
    }
    return {};
}

void SearchResultModel::setQuery(const QString& text)
{
    beginResetModel();
    m_query = text;
    m_rows.clear();
    m_error.clear();
    if (m_search && !text.trimmed().isEmpty()) {
        auto found = m_search->find(text, perKind);
        if (!found) {
            m_error = found.error().message;
        } else {
            std::optional<SearchKind> current;
            for (const services::SearchHit& hit : found->hits) {
                const domain::SearchRecord& r = *hit.record;
                if (current != r.kind) {
                    current = r.kind;
                    const int total = found->total(r.kind);
                    const int shown = std::min(total, perKind);
                    Row heading{r.kind, true, 0, kindLabel(r.kind, total), {}};
                    if (shown < total)
                        heading.text = tr("%1 (best %2 shown; type more to narrow)")
                                           .arg(heading.text)
                                           .arg(shown);
                    m_rows.push_back(heading);
                }
                QString line = r.detail.isEmpty() ? r.title : tr("%1 — %2").arg(r.title, r.detail);
                if (r.archived)
                    line = tr("%1 (archived)").arg(line);
                m_rows.push_back({r.kind, false, r.id, line, line});
            }
        }
    }
    endResetModel();
}

int SearchResultModel::firstRecordRow() const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (!m_rows[i].heading)
            return static_cast<int>(i);
    return -1;
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return row.heading ? row.text : QStringLiteral("    ") + row.text;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return row.text;
    case Qt::FontRole:
        if (row.heading) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case KindRole:
        return static_cast<int>(row.kind);
    case IdRole:
        return row.heading ? QVariant() : QVariant(row.id);
    case IsHeadingRole:
        return row.heading;
    case QueryRole:
        return m_query;
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (m_rows[static_cast<std::size_t>(index.row())].heading)
        return Qt::ItemIsEnabled; // shown, never chosen
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace permanence::presentation
