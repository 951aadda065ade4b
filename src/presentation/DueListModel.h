#pragma once

#include "domain/DueItem.h"
#include "presentation/DisplaySettings.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace permanence::presentation {

/// The "My work" table: what is due or overdue on a day, most urgent first, with the window
/// each item is due in and the record it is about. The list is built by services::DueList; the
/// model only shows it.
class DueListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Status,
        Window,
        Kind,
        Record,
        What,
        Hub,
        Worker,
        ColumnCount
    };
    enum Role
    {
        RecordKindRole = Qt::UserRole + 1, ///< int of domain::SearchKind
        RecordIdRole,                      ///< qint64
        OverdueRole,                       ///< bool
    };

    explicit DueListModel(QObject* parent = nullptr);

    /// Replaces the items (already sorted) as seen on `today`.
    void setItems(QList<domain::DueItem> items, QDate today);
    [[nodiscard]] const QList<domain::DueItem>& items() const { return m_items; }
    [[nodiscard]] const domain::DueItem& item(int row) const { return m_items.at(row); }
    [[nodiscard]] int overdueCount() const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    /// "Overdue by 12 days", "Due in 5 days", "Due today"; for a waiting child, "Overdue since
    /// 13 Jun 2023" (the day the threshold was crossed).
    [[nodiscard]] static QString statusText(const domain::DueItem& item, QDate today);
    /// "30 May – 13 Jun 2024", or "Since 13 Jun 2023" for an item overdue from its first day.
    [[nodiscard]] static QString windowText(const domain::DueItem& item);

private:
    QList<domain::DueItem> m_items;
    QDate m_today;
};

/// The due list's rules from the user's settings (the stage targets the board colours against).
[[nodiscard]] domain::DueRules dueRules(const DisplaySettings& settings);

/// The navigation label for the My work area: "My work (3 overdue)".
[[nodiscard]] QString myWorkLabel(int overdue, int total);

} // namespace permanence::presentation
