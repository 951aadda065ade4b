#pragma once

#include "domain/Child.h"

#include <QAbstractTableModel>
#include <QDate>
#include <vector>

namespace permanence::presentation {

/// A short, already-loaded list of children with their status on a date: the children behind
/// one number of the snapshot, or a sibling group. Not paged: these lists are small.
class ChildSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Reference,
        Name,
        DateOfBirth,
        Status,
        DaysWaiting,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the child's id (qint64)
    };

    explicit ChildSummaryModel(QObject* parent = nullptr);

    /// Shows `children`, with status and waiting derived on `on`.
    void setChildren(std::vector<domain::Child> children, QDate on);
    [[nodiscard]] const std::vector<domain::Child>& children() const { return m_children; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::vector<domain::Child> m_children;
    QDate m_on;
};

} // namespace permanence::presentation
