#include "presentation/TrainingEventListModel.h"

#include "domain/Dates.h"
#include "services/TrainingRegister.h"
#include "services/Workspace.h"

namespace permanence::presentation {

TrainingEventListModel::TrainingEventListModel(QObject* parent) : QAbstractTableModel(parent)
{}

void TrainingEventListModel::setWorkspace(services::Workspace* workspace)
{
    m_workspace = workspace;
    reload();
}

void TrainingEventListModel::reload()
{
    beginResetModel();
    m_events.clear();
    m_lastError.clear();
    if (m_workspace) {
        auto events = services::TrainingRegister(*m_workspace).events();
        if (events)
            m_events = std::move(*events);
        else
            m_lastError = events.error().message;
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        Q_EMIT loadFailed(m_lastError);
}

const domain::TrainingEvent* TrainingEventListModel::eventAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_events.size()))
        return nullptr;
    return &m_events[static_cast<std::size_t>(row)];
}

int TrainingEventListModel::rowOf(domain::TrainingEventId id) const
{
    for (std::size_t i = 0; i < m_events.size(); ++i)
        if (m_events[i].id == id)
            return static_cast<int>(i);
    return -1;
}

QString TrainingEventListModel::datesText(const domain::TrainingEvent& event)
{
    if (!event.end.isValid() || event.end == event.start)
        return domain::formatDate(event.start);
    return tr("%1 to %2").arg(domain::formatDate(event.start), domain::formatDate(event.end));
}

int TrainingEventListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int TrainingEventListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingEventListModel::data(const QModelIndex& index, int role) const
{
    const domain::TrainingEvent* event = index.isValid() ? eventAt(index.row()) : nullptr;
    if (!event)
        return {};
    if (role == IdRole)
        return event->id.value;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Kind:
        return domain::trainingKindLabel(event->kind);
    case Title:
        return event->title;
    case Dates:
        return datesText(*event);
    case Trainer:
        return event->trainer;
    case Attending:
        return event->attendees.size() == 1 ? tr("1 household")
                                            : tr("%1 households").arg(event->attendees.size());
    default:
        return {};
    }
}

QVariant TrainingEventListModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Title");
    case Dates:
        return tr("Dates");
    case Trainer:
        return tr("Trainer");
    case Attending:
        return tr("Attending");
    default:
        return {};
    }
}

} // namespace permanence::presentation
