#pragma once

#include "domain/Child.h"
#include "metrics/ChildrenFigures.h"
#include "metrics/Timeliness.h"

#include <QAbstractTableModel>
#include <QHash>
#include <functional>
#include <vector>

namespace permanence::presentation {

/// The children behind a dashboard figure ("click any figure to see the children behind it"):
/// for an indicator, each counted child with their days and each child left out with the
/// reason; for a count, each child in it. Rows are in the figure's own order.
class CohortModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Reference,
        Name,
        Council,
        Date,
        Figure,
        ColumnCount
    };
    enum Role
    {
        ChildIdRole = Qt::UserRole + 1,
        CountedRole, ///< false for a child left out of an indicator
    };

    struct Row
    {
        domain::ChildId id;
        QString reference;
        QString name;
        QString council;
        QDate date;
        QString figure; ///< "489 days", or why the child is left out
        bool counted = true;
    };

    explicit CohortModel(QObject* parent = nullptr);

    /// Rows for an indicator: counted children, then those left out. Names come from
    /// `children` (the records the figure was computed from).
    void showIndicator(const metrics::Indicator& indicator,
                       const std::vector<domain::Child>& children);
    /// Rows for a count of children; `dateHeading` names the date column ("Moved in").
    void showChildren(const metrics::ChildSet& set, const std::vector<domain::Child>& children,
                      const QString& dateHeading,
                      const std::function<QDate(const domain::Child&)>& dateOf);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] const std::vector<Row>& rows() const { return m_rows; }

private:
    std::vector<Row> m_rows;
    QString m_dateHeading;
    QString m_figureHeading;
};

} // namespace permanence::presentation
