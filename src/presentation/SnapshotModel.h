#pragma once

#include "domain/Child.h"
#include "domain/FamilyFinding.h"
#include "domain/Result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <vector>

namespace permanence::services {
class Workspace;
}

namespace permanence::presentation {

/// 003 §3.9 "Children with a plan of adoption on D" as a small table: one row per bucket of
/// domain::planSnapshot with its count, and the children behind each count one call away
/// (managers check a number by looking at the children in it).
class SnapshotModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Row
    {
        WithPlan,
        WithOrderNotPlaced,
        MatchedMovingIn,
        Linked,
        Stopped,
        ActivelySought,
        NotYetAuthorised,
        Placed,
        RowCount
    };
    enum Column
    {
        Group,
        Count,
        ColumnCount
    };
    enum Role
    {
        IdsRole = Qt::UserRole + 1, ///< QVariantList of the child ids (qint64) behind the row
        LevelRole,                  ///< 0, 1 or 2: how far the row is a part of the one above
    };

    explicit SnapshotModel(QObject* parent = nullptr);

    /// Reads every child that is not archived and takes the snapshot on `on`.
    [[nodiscard]] domain::Status load(services::Workspace& workspace, QDate on);
    /// Takes the snapshot of `children` on `on` (what load() does after reading).
    void setChildren(std::vector<domain::Child> children, QDate on);

    [[nodiscard]] const domain::PlanSnapshot& snapshot() const { return m_snapshot; }
    [[nodiscard]] QDate date() const { return m_snapshot.on; }
    [[nodiscard]] int count(int row) const;
    [[nodiscard]] const std::vector<domain::ChildId>& ids(int row) const;
    /// The children behind a row, in the snapshot's order.
    [[nodiscard]] std::vector<domain::Child> childrenBehind(int row) const;
    /// The row's label as the table shows it ("Linked").
    [[nodiscard]] static QString label(int row);

    /// The last 31 March on or before `today`: the end of the last complete reporting year,
    /// the date 003 reports on.
    [[nodiscard]] static QDate lastYearEnd(QDate today);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] static QString description(int row);
    [[nodiscard]] static int level(int row);

    std::vector<domain::Child> m_children;
    domain::PlanSnapshot m_snapshot;
};

} // namespace permanence::presentation
