#pragma once

#include "domain/CaseNote.h"
#include "domain/Result.h"

#include <QAbstractTableModel>
#include <vector>

namespace permanence::services {
class Workspace;
}

namespace permanence::presentation {

/// A child's chronology of case notes, newest first, one note per row. Notes are never edited
/// or deleted (records are kept 100 years), so the model only loads and adds.
class CaseNoteListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Kind,
        Author,
        Text,
        ColumnCount
    };

    explicit CaseNoteListModel(QObject* parent = nullptr);

    /// The notes of `child` in `workspace`; an invalid id (a child not saved yet) empties it.
    [[nodiscard]] domain::Status load(services::Workspace& workspace, domain::ChildId child);
    /// Adds a note dated `date` to the loaded child (signed by the workspace's user) and
    /// reloads; a validation failure lists every problem and adds nothing.
    [[nodiscard]] domain::Status add(QDate date, domain::NoteKind kind, const QString& text);

    [[nodiscard]] const std::vector<domain::CaseNote>& notes() const { return m_notes; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    services::Workspace* m_workspace = nullptr;
    domain::ChildId m_child;
    std::vector<domain::CaseNote> m_notes;
};

} // namespace permanence::presentation
