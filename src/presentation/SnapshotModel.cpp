#include "presentation/SnapshotModel.h"

#include "services/Workspace.h"

#include <QVariantList>
#include <algorithm>

namespace permanence::presentation {

SnapshotModel::SnapshotModel(QObject* parent) : QAbstractTableModel(parent)
{}

domain::Status SnapshotModel::load(services::Workspace& workspace, QDate on)
{
    storage::ChildQuery query;
    query.limit = 0; // every child: the snapshot counts them all
    query.sort = storage::ChildSort::Reference;
    auto children = workspace.children(query);
    if (!children)
        return domain::fail(children.error());
    setChildren(std::move(*children), on);
    return {};
}

void SnapshotModel::setChildren(std::vector<domain::Child> children, QDate on)
{
    beginResetModel();
    m_children = std::move(children);
    m_snapshot = domain::planSnapshot(m_children, on);
    endResetModel();
}

const std::vector<domain::ChildId>& SnapshotModel::ids(int row) const
{
    const domain::PlanSnapshot& s = m_snapshot;
    switch (row) {
    case WithPlan:
        return s.withPlanIds;
    case WithOrderNotPlaced:
        return s.withOrderNotMatchedIds;
    case MatchedMovingIn:
        return s.matchedMovingInIds;
    case Linked:
        return s.linkedIds;
    case Stopped:
        return s.stoppedIds;
    case ActivelySought:
        return s.activelySoughtIds;
    case NotYetAuthorised:
        return s.notYetAuthorisedIds;
    case Placed:
        return s.placedIds;
    default:
        break;
    }
    static const std::vector<domain::ChildId> none;
    return none;
}

int SnapshotModel::count(int row) const
{
    return static_cast<int>(ids(row).size());
}

std::vector<domain::Child> SnapshotModel::childrenBehind(int row) const
{
    const auto& wanted = ids(row);
    std::vector<domain::Child> found;
    found.reserve(wanted.size());
    for (const domain::ChildId id : wanted) {
        const auto it = std::find_if(m_children.begin(), m_children.end(),
                                     [id](const domain::Child& c) { return c.id == id; });
        if (it != m_children.end())
            found.push_back(*it);
    }
    return found;
}

QString SnapshotModel::label(int row)
{
    switch (row) {
    case WithPlan:
        return tr("Children with a plan of adoption");
    case WithOrderNotPlaced:
        return tr("With a placement order, not yet placed");
    case MatchedMovingIn:
        return tr("Matched and moving in");
    case Linked:
        return tr("Linked");
    case Stopped:
        return tr("Family finding stopped");
    case ActivelySought:
        return tr("Family actively sought");
    case NotYetAuthorised:
        return tr("Awaiting a placement order");
    case Placed:
        return tr("Placed, awaiting the adoption order");
    default:
        return {};
    }
}

QString SnapshotModel::description(int row)
{
    switch (row) {
    case WithPlan:
        return tr("The agency decision maker decided on adoption, and there is no plan change "
                  "and no adoption order yet.");
    case WithOrderNotPlaced:
        return tr("Of those with a plan: a placement order (or consent) and not yet moved in "
                  "with adopters.");
    case MatchedMovingIn:
        return tr("The match has been decided; the child has not moved in yet.");
    case Linked:
        return tr("Linked with a prospective household, not yet matched.");
    case Stopped:
        return tr("Family finding stopped or paused, for example for an ongoing assessment.");
    case ActivelySought:
        return tr("No link yet: a family is being actively sought.");
    case NotYetAuthorised:
        return tr("A plan of adoption but no placement order or consent yet.");
    case Placed:
        return tr("Moved in with adopters; the adoption order has not been made yet.");
    default:
        return {};
    }
}

int SnapshotModel::level(int row)
{
    switch (row) {
    case WithPlan:
        return 0;
    case MatchedMovingIn:
    case Linked:
    case Stopped:
    case ActivelySought:
        return 2;
    default:
        return 1;
    }
}

QDate SnapshotModel::lastYearEnd(QDate today)
{
    const QDate thisYear(today.year(), 3, 31);
    return today >= thisYear ? thisYear : QDate(today.year() - 1, 3, 31);
}

int SnapshotModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_snapshot.on.isValid() ? 0 : RowCount;
}

int SnapshotModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Count)
            return count(row);
        // The indent shows which rows split the one above; the words stand without it.
        return QString(QString(level(row) * 4, QLatin1Char(' ')) + label(row));
    case Qt::AccessibleTextRole:
        return index.column() == Count ? QString::number(count(row)) : label(row);
    case Qt::ToolTipRole:
        return description(row);
    case Qt::TextAlignmentRole:
        if (index.column() == Count)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdsRole: {
        QVariantList list;
        for (const domain::ChildId id : ids(row))
            list << id.value;
        return list;
    }
    case LevelRole:
        return level(row);
    default:
        return {};
    }
}

QVariant SnapshotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Group)
        return tr("Children");
    if (section == Count)
        return tr("Number");
    return {};
}

} // namespace permanence::presentation
