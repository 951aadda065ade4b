#include "presentation/ChildSummaryModel.h"

#include "domain/Dates.h"
#include "domain/FamilyFinding.h"
#include "presentation/CountText.h"

namespace permanence::presentation {

ChildSummaryModel::ChildSummaryModel(QObject* parent) : QAbstractTableModel(parent)
{}

void ChildSummaryModel::setChildren(std::vector<domain::Child> children, QDate on)
{
    beginResetModel();
    m_children = std::move(children);
    m_on = on;
    endResetModel();
}

int ChildSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_children.size());
}

int ChildSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChildSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const domain::Child& child = m_children[static_cast<std::size_t>(index.row())];
    if (role == IdRole)
        return child.id.value;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Reference:
        return child.reference;
    case Name:
        return child.displayName();
    case DateOfBirth:
        return domain::formatDate(child.dateOfBirth);
    case Status:
        return domain::statusLabel(domain::familyFindingStatus(child, m_on));
    case DaysWaiting: {
        const auto days = domain::daysWaitingSincePlacementOrder(child, m_on);
        return days ? dayCountText(static_cast<int>(*days)) : QString();
    }
    default:
        return {};
    }
}

QVariant ChildSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference:
        return tr("Reference");
    case Name:
        return tr("Name");
    case DateOfBirth:
        return tr("Date of birth");
    case Status:
        return m_on.isValid() ? tr("Status on %1").arg(domain::formatDate(m_on)) : tr("Status");
    case DaysWaiting:
        return tr("Days waiting");
    default:
        return {};
    }
}

} // namespace permanence::presentation
