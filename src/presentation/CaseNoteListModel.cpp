#include "presentation/CaseNoteListModel.h"

#include "domain/Dates.h"
#include "services/CaseNotes.h"
#include "services/Workspace.h"

namespace permanence::presentation {

CaseNoteListModel::CaseNoteListModel(QObject* parent) : QAbstractTableModel(parent)
{}

domain::Status CaseNoteListModel::load(services::Workspace& workspace, domain::ChildId child)
{
    m_workspace = &workspace;
    m_child = child;
    std::vector<domain::CaseNote> notes;
    if (child.isValid()) {
        auto loaded = services::CaseNotes(workspace).forChild(child);
        if (!loaded)
            return domain::fail(loaded.error());
        notes = std::move(*loaded);
    }
    beginResetModel();
    m_notes = std::move(notes);
    endResetModel();
    return {};
}

domain::Status CaseNoteListModel::add(QDate date, domain::NoteKind kind, const QString& text)
{
    Q_ASSERT(m_workspace);
    domain::CaseNote note;
    note.child = m_child;
    note.date = date;
    note.kind = kind;
    note.text = text.trimmed();
    if (auto added = services::CaseNotes(*m_workspace).add(note); !added)
        return domain::fail(added.error());
    // The service orders the chronology (date, then time recorded): ask it again.
    return load(*m_workspace, m_child);
}

int CaseNoteListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_notes.size());
}

int CaseNoteListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseNoteListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const domain::CaseNote& note = m_notes[static_cast<std::size_t>(index.row())];
    if (role == Qt::ToolTipRole && index.column() == Text)
        return note.text;
    if (role == Qt::ToolTipRole && index.column() == Date && note.recordedAt.isValid())
        return tr("Recorded %1 by %2")
            .arg(domain::formatDate(note.recordedAt.toLocalTime().date()), note.author);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Date:
        return domain::formatDate(note.date);
    case Kind:
        return domain::noteKindLabel(note.kind);
    case Author:
        return note.author;
    case Text:
        // One line per row in the table; the whole note is in the tooltip and the detail pane.
        return role == Qt::DisplayRole
                   ? QString(note.text).replace(QLatin1Char('\n'), QLatin1Char(' '))
                   : note.text;
    default:
        return {};
    }
}

QVariant CaseNoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Author:
        return tr("Author");
    case Text:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace permanence::presentation
