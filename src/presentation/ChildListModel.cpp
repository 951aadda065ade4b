#include "presentation/ChildListModel.h"

#include "domain/Agency.h"
#include "domain/Dates.h"
#include "domain/FamilyFinding.h"
#include "domain/Person.h"
#include "services/Workspace.h"

#include <QStringList>
#include <algorithm>
#include <optional>

namespace permanence::presentation {

using domain::Child;
using storage::ChildSort;

namespace {

std::optional<ChildSort> sortKey(int column)
{
    switch (column) {
    case ChildListModel::Reference:
        return ChildSort::Reference;
    case ChildListModel::Name:
        return ChildSort::Surname;
    case ChildListModel::Age:
    case ChildListModel::DateOfBirth:
        return ChildSort::DateOfBirth;
    case ChildListModel::Council:
        return ChildSort::Council;
    case ChildListModel::EnteredCare:
        return ChildSort::EnteredCare;
    case ChildListModel::AgencyDecision:
        return ChildSort::AgencyDecision;
    case ChildListModel::PlacementOrder:
        return ChildSort::PlacementOrder;
    default:
        return std::nullopt;
    }
}

/// Whole months from `from` to `to`; a month counts on the same day of the month (a child born
/// on the 31st has its next "month" on the 1st of the month after a 30-day month).
int wholeMonths(QDate from, QDate to)
{
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (to.day() < from.day())
        --months;
    return months;
}

} // namespace

ChildListModel::ChildListModel(QObject* parent) : PagedTableModel(parent)
{}

void ChildListModel::setWorkspace(services::Workspace* workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        // The signal says only "something changed", so reload the current query rather than
        // guess which rows moved; a page of 200 reads in a few milliseconds.
        connect(m_workspace, &services::Workspace::childrenChanged, this, &ChildListModel::reload);
        connect(m_workspace, &services::Workspace::agencyChanged, this, &ChildListModel::reload);
    }
    reload();
}

int ChildListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChildListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && !isSortable(section))
        return tr("This column cannot be sorted");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reference:
        return tr("Reference");
    case Name:
        return tr("Name");
    case Age:
        return tr("Age");
    case DateOfBirth:
        return tr("Date of birth");
    case Sex:
        return tr("Sex");
    case Ethnicity:
        return tr("Ethnicity");
    case Council:
        return tr("Council");
    case EnteredCare:
        return tr("Entered care");
    case AgencyDecision:
        return tr("Agency decision");
    case PlacementOrder:
        return tr("Placement order");
    case DaysWaiting:
        return tr("Days waiting");
    case Stage:
        return tr("Stage");
    case Priority:
        return tr("Priority");
    default:
        return {};
    }
}

QVariant ChildListModel::data(const QModelIndex& index, int role) const
{
    const Child* child = index.isValid() ? childAt(index.row()) : nullptr;
    if (!child || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*child, index.column());
    case Qt::ToolTipRole:
        return toolTip(*child, index.column());
    case Qt::AccessibleTextRole:
        // "6y 3m" is read aloud badly; screen readers get the words.
        if (index.column() == Age || index.column() == Priority)
            return toolTip(*child, index.column());
        return display(*child, index.column());
    case Qt::BackgroundRole:
        if (isLongWait(*child))
            return longWaitColour();
        return {};
    case Qt::ForegroundRole:
        // The shade is light: keep the text dark even under a dark theme.
        if (isLongWait(*child))
            return QColor(Qt::black);
        return {};
    case IdRole:
        return child->id.value;
    default:
        return {};
    }
}

QVariant ChildListModel::display(const Child& child, int column) const
{
    switch (column) {
    case Reference:
        return child.reference;
    case Name:
        return child.displayName();
    case Age:
        return ageText(child.dateOfBirth, today());
    case DateOfBirth:
        return domain::formatDate(child.dateOfBirth);
    case Sex:
        return child.sex ? domain::sexLabel(*child.sex) : QString();
    case Ethnicity:
        return child.ethnicity.isEmpty() ? QString() : domain::ethnicityLabel(child.ethnicity);
    case Council: {
        const domain::Council* council =
            m_workspace ? m_workspace->agency().council(child.councilCode) : nullptr;
        return council ? council->name : child.councilCode;
    }
    case EnteredCare:
        return domain::formatDate(child.journey.enteredCare);
    case AgencyDecision:
        return domain::formatDate(child.journey.agencyDecision);
    case PlacementOrder:
        return domain::formatDate(child.journey.placementOrder);
    case DaysWaiting:
        return daysWaitingText(child, today(), m_longWaitDays);
    case Stage:
        return stageText(child, today());
    case Priority:
        return priorityText(child, today());
    default:
        return {};
    }
}

QVariant ChildListModel::toolTip(const Child& child, int column) const
{
    switch (column) {
    case Age: {
        if (!child.dateOfBirth.isValid() || child.dateOfBirth > today())
            return {};
        const int months = wholeMonths(child.dateOfBirth, today());
        return tr("%1 years %2 months").arg(months / 12).arg(months % 12);
    }
    case Ethnicity:
        return child.ethnicity;
    case Council:
        return child.councilCode;
    case DaysWaiting:
        if (isLongWait(child))
            return tr("Waiting %1 days or more since the placement order (long wait)")
                .arg(m_longWaitDays);
        return {};
    case Priority:
        return domain::priorityFlags(child, today()).describe();
    default:
        return {};
    }
}

bool ChildListModel::isLongWait(const Child& child) const
{
    const auto days = domain::daysWaitingSincePlacementOrder(child, today());
    return days && *days >= m_longWaitDays;
}

QColor ChildListModel::longWaitColour()
{
    return QColor(0xff, 0xe0, 0xa0);
}

QDate ChildListModel::today() const
{
    return m_workspace ? m_workspace->clock().today() : QDate();
}

QString ChildListModel::ageText(QDate dateOfBirth, QDate today)
{
    if (!dateOfBirth.isValid() || !today.isValid() || today < dateOfBirth)
        return {};
    const int months = wholeMonths(dateOfBirth, today);
    return tr("%1y %2m").arg(months / 12).arg(months % 12);
}

void ChildListModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKey(column);
    if (!key)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_query.sort = *key;
    // Youngest first is latest date of birth first.
    if (column == Age)
        m_query.order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    else
        m_query.order = order;
    reload();
}

bool ChildListModel::isSortable(int column)
{
    return sortKey(column).has_value();
}

void ChildListModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_query.text)
        return;
    m_query.text = trimmed;
    reload();
}

void ChildListModel::setCouncilFilter(const QString& councilCode)
{
    if (councilCode == m_query.councilCode)
        return;
    m_query.councilCode = councilCode;
    reload();
}

const Child* ChildListModel::childAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

void ChildListModel::setStatusFilter(std::optional<domain::FamilyFindingStatus> status)
{
    if (status == m_query.status)
        return;
    m_query.status = status;
    reload();
}

void ChildListModel::setPriorityOnly(bool priorityOnly)
{
    if (priorityOnly == m_query.priorityOnly)
        return;
    m_query.priorityOnly = priorityOnly;
    reload();
}

void ChildListModel::setEarlyPermanenceFilter(std::optional<bool> earlyPermanence)
{
    if (earlyPermanence == m_query.earlyPermanence)
        return;
    m_query.earlyPermanence = earlyPermanence;
    reload();
}

void ChildListModel::setMinDaysWaiting(int days)
{
    days = std::max(days, 0);
    if (days == m_query.minDaysWaiting)
        return;
    m_query.minDaysWaiting = days;
    reload();
}

void ChildListModel::setLongWaitDays(int days)
{
    days = std::max(days, 1);
    if (days == m_longWaitDays)
        return;
    m_longWaitDays = days;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole,
                            Qt::BackgroundRole, Qt::ForegroundRole});
}

storage::ChildQuery ChildListModel::datedQuery() const
{
    // Status, priority and waiting are derived on a date; the list always means today, read
    // from the workspace clock at each load so a window left open overnight moves on.
    storage::ChildQuery query = m_query;
    query.on = today();
    return query;
}

domain::Result<int> ChildListModel::countMatching() const
{
    return m_workspace->childCount(datedQuery());
}

domain::Result<int> ChildListModel::stagePage(int offset, int limit)
{
    storage::ChildQuery page = datedQuery();
    page.offset = offset;
    page.limit = limit;
    auto children = m_workspace->children(page);
    if (!children)
        return domain::fail(children.error());
    m_staged = std::move(*children);
    return static_cast<int>(m_staged.size());
}

void ChildListModel::commitStaged()
{
    m_rows.insert(m_rows.end(), std::make_move_iterator(m_staged.begin()),
                  std::make_move_iterator(m_staged.end()));
    m_staged.clear();
}

void ChildListModel::clearRows()
{
    m_rows.clear();
    m_staged.clear();
}

} // namespace permanence::presentation
