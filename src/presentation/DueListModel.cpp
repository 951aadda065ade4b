#include "presentation/DueListModel.h"

#include "domain/Dates.h"
#include "presentation/CountText.h"

#include <QBrush>
#include <QColor>

namespace permanence::presentation {

using namespace permanence::domain;

DueListModel::DueListModel(QObject* parent) : QAbstractTableModel(parent)
{}

void DueListModel::setItems(QList<DueItem> items, QDate today)
{
    beginResetModel();
    m_items = std::move(items);
    m_today = today;
    endResetModel();
}

int DueListModel::overdueCount() const
{
    return static_cast<int>(std::count_if(m_items.cbegin(), m_items.cend(), [this](const auto& i) {
        return i.state(m_today) == DueState::Overdue;
    }));
}

int DueListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int DueListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DueListModel::statusText(const DueItem& item, QDate today)
{
    if (item.state(today) == DueState::Overdue) {
        if (item.due < item.from)
            return tr("Overdue since %1").arg(formatDate(item.from));
        return tr("Overdue by %1").arg(dayCountText(static_cast<int>(item.due.daysTo(today))));
    }
    const auto left = static_cast<int>(today.daysTo(item.due));
    if (left == 0)
        return tr("Due today");
    return tr("Due in %1").arg(dayCountText(left));
}

QString DueListModel::windowText(const DueItem& item)
{
    if (item.due < item.from)
        return tr("Since %1").arg(formatDate(item.from));
    return tr("%1 – %2").arg(formatDate(item.from), formatDate(item.due));
}

QVariant DueListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const DueItem& item = m_items.at(index.row());
    const bool overdue = item.state(m_today) == DueState::Overdue;
    switch (role) {
    case RecordKindRole:
        return static_cast<int>(item.recordKind);
    case RecordIdRole:
        return item.recordId;
    case OverdueRole:
        return overdue;
    case Qt::ForegroundRole:
        // Dark red rather than bright: readable on the default light palette all day.
        return index.column() == Status && overdue ? QVariant(QBrush(QColor(0xa0, 0x10, 0x10)))
                                                   : QVariant();
    case Qt::ToolTipRole:
        return index.column() == What ? item.what : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Status:
        return statusText(item, m_today);
    case Window:
        return windowText(item);
    case Kind:
        return dueKindLabel(item.kind);
    case Record:
        return item.record;
    case What:
        return item.what;
    case Hub:
        return item.hubCode;
    case Worker:
        return item.worker;
    default:
        return {};
    }
}

QVariant DueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Status:
        return tr("Status");
    case Window:
        return tr("Due window");
    case Kind:
        return tr("Kind");
    case Record:
        return tr("Record");
    case What:
        return tr("What is due");
    case Hub:
        return tr("Hub");
    case Worker:
        return tr("Worker");
    default:
        return {};
    }
}

domain::DueRules dueRules(const DisplaySettings& settings)
{
    domain::DueRules rules;
    rules.stage1TargetDays = settings.stageTargets.stage1Days;
    rules.stage2TargetDays = settings.stageTargets.stage2Days;
    return rules;
}

QString myWorkLabel(int overdue, int total)
{
    if (total == 0)
        return DueListModel::tr("My work");
    if (overdue == 0)
        return DueListModel::tr("My work (%1)").arg(total);
    return DueListModel::tr("My work (%1 overdue)").arg(overdue);
}

} // namespace permanence::presentation
