#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <utility>

namespace permanence::presentation {

/// The role under which a cell offers its fixed choices (a QStringList); views edit such a cell
/// with a drop-down list instead of free text.
inline constexpr int choicesRole = Qt::UserRole + 40;

/// An editable table over a list of small records that belong to one form (the children of a
/// support case, its fund applications, the items of a post-box agreement). Each column reads
/// and writes its record as text, the way a worker types it; a column without a setter is
/// derived and read-only. The list is the form's draft: the domain validates it on save, so a
/// cell accepts any text its setter can read and refuses only text it cannot (a date that is
/// not a date), leaving the cell as it was.
template <typename Record> class RecordRowsModel : public QAbstractTableModel
{
public:
    struct Column
    {
        QString header;
        std::function<QString(const Record&)> text;
        /// Null for a derived, read-only column. False when the text cannot be read.
        std::function<bool(Record&, const QString&)> set = {};
        /// Non-empty: the cell takes one of these (edited with a drop-down list).
        std::function<QStringList()> choices = {};
    };

    explicit RecordRowsModel(QList<Column> columns, QObject* parent = nullptr)
        : QAbstractTableModel(parent), m_columns(std::move(columns))
    {}

    [[nodiscard]] const QList<Record>& records() const { return m_records; }
    void setRecords(QList<Record> records)
    {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }
    /// Adds a record at the end; returns its row.
    int append(Record record)
    {
        const auto row = static_cast<int>(m_records.size());
        beginInsertRows({}, row, row);
        m_records.append(std::move(record));
        endInsertRows();
        return row;
    }
    /// Replaces one record whole (after an edit made elsewhere, such as its plan's rows).
    void replace(int row, Record record)
    {
        if (row < 0 || row >= m_records.size())
            return;
        m_records[row] = std::move(record);
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    /// Derived columns may read something outside the record (today, the case's council):
    /// tells views to read every cell again.
    void refreshDerived()
    {
        if (!m_records.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_records.size());
    }
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Column& column = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return column.text(m_records.at(index.row()));
        case choicesRole:
            return column.choices ? QVariant(column.choices()) : QVariant();
        default:
            return {};
        }
    }
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override
    {
        if (role != Qt::EditRole ||
            !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return false;
        const Column& column = m_columns.at(index.column());
        if (!column.set)
            return false;
        Record edited = m_records.at(index.row());
        if (!column.set(edited, value.toString().trimmed()))
            return false;
        if (edited == m_records.at(index.row()))
            return true;
        m_records[index.row()] = std::move(edited);
        // The whole row: derived columns (a transfer date, an overdue mark) follow the edit.
        Q_EMIT dataChanged(this->index(index.row(), 0),
                           this->index(index.row(), columnCount() - 1));
        return true;
    }
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        if (!index.isValid())
            return Qt::NoItemFlags;
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (m_columns.at(index.column()).set)
            flags |= Qt::ItemIsEditable;
        return flags;
    }
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
            section >= m_columns.size())
            return {};
        return m_columns.at(section).header;
    }

private:
    QList<Column> m_columns;
    QList<Record> m_records;
};

} // namespace permanence::presentation
