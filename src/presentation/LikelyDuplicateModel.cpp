#include "presentation/LikelyDuplicateModel.h"

namespace permanence::presentation {

LikelyDuplicateModel::LikelyDuplicateModel(std::vector<domain::LikelyDuplicate> found,
                                           QObject* parent)
    : QAbstractTableModel(parent), m_found(std::move(found))
{}

int LikelyDuplicateModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_found.size());
}

int LikelyDuplicateModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LikelyDuplicateModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || role != Qt::DisplayRole)
        return {};
    const domain::LikelyDuplicate& d = m_found[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case Record:
        return d.archived ? tr("%1 (archived)").arg(d.title) : d.title;
    case Detail:
        return d.detail;
    case Reason:
        return domain::duplicateReasonText(d.reason);
    default:
        return {};
    }
}

QVariant LikelyDuplicateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Record:
        return tr("Existing record");
    case Detail:
        return tr("Details");
    case Reason:
        return tr("Why it was found");
    default:
        return {};
    }
}

} // namespace permanence::presentation
