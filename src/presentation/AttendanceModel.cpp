#include "presentation/AttendanceModel.h"

#include "services/Workspace.h"

namespace permanence::presentation {

using domain::HouseholdId;

namespace {
QString rowText(const domain::AdopterHousehold& h)
{
    return AttendanceModel::tr("%1 (%2)").arg(h.displayName(), h.reference);
}
} // namespace

AttendanceModel::AttendanceModel(QObject* parent) : QAbstractListModel(parent)
{}

void AttendanceModel::setWorkspace(services::Workspace* workspace)
{
    m_workspace = workspace;
    load();
}

void AttendanceModel::setEvent(const domain::TrainingEvent& event)
{
    m_event = event;
    m_loaded = event.attendees;
    load();
}

void AttendanceModel::setSearchText(const QString& text)
{
    if (text.trimmed() == m_search)
        return;
    m_search = text.trimmed();
    load();
}

void AttendanceModel::load()
{
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    if (m_workspace) {
        for (const HouseholdId id : m_event.attendees) {
            auto h = m_workspace->household(id);
            m_rows.push_back({id, h ? rowText(*h) : tr("Household %1").arg(id.value)});
        }
        storage::HouseholdQuery query;
        query.text = m_search;
        query.sort = storage::HouseholdSort::Name;
        auto households = m_workspace->households(query);
        if (households) {
            for (const auto& h : *households)
                if (!m_event.attendees.contains(h.id))
                    m_rows.push_back({h.id, rowText(h)});
        } else {
            m_lastError = households.error().message;
        }
    }
    endResetModel();
}

int AttendanceModel::rowOf(HouseholdId id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}

bool AttendanceModel::isAttending(HouseholdId id) const
{
    return m_event.attendees.contains(id);
}

void AttendanceModel::setAttending(HouseholdId id, bool attending)
{
    if (attending == isAttending(id))
        return;
    if (attending)
        m_event.attendees.append(id);
    else
        m_event.attendees.removeAll(id);
    if (const int row = rowOf(id); row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {Qt::CheckStateRole});
    Q_EMIT attendanceChanged();
}

int AttendanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AttendanceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows.at(static_cast<std::size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return row.text;
    case Qt::AccessibleTextRole:
        return isAttending(row.id) ? tr("%1, attended").arg(row.text)
                                   : tr("%1, did not attend").arg(row.text);
    case Qt::CheckStateRole:
        return isAttending(row.id) ? Qt::Checked : Qt::Unchecked;
    case IdRole:
        return row.id.value;
    default:
        return {};
    }
}

bool AttendanceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    setAttending(m_rows.at(static_cast<std::size_t>(index.row())).id,
                 static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked);
    return true;
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace permanence::presentation
