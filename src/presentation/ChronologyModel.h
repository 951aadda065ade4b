#pragma once

#include "domain/Chronology.h"
#include "domain/Result.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace permanence::services {
class Workspace;
}

namespace permanence::presentation {

/// A child's or household's chronology, newest first, one dated entry per row, optionally
/// narrowed to one source (only the case notes, only the panel outcomes…).
class ChronologyModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Event,
        Detail,
        Kind,
        RecordedBy,
        ColumnCount
    };

    explicit ChronologyModel(QObject* parent = nullptr);

    [[nodiscard]] domain::Status loadChild(services::Workspace& workspace, domain::ChildId child);
    [[nodiscard]] domain::Status loadHousehold(services::Workspace& workspace,
                                               domain::HouseholdId household);
    /// nullopt shows every entry.
    void setSource(std::optional<domain::ChronologySource> source);

    /// The entries shown (after the source filter), newest first.
    [[nodiscard]] const std::vector<domain::ChronologyEntry>& shown() const { return m_shown; }
    [[nodiscard]] int totalCount() const { return static_cast<int>(m_all.size()); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /// The text of one entry's cell, for display and for the printed chronology alike.
    [[nodiscard]] static QString cellText(const domain::ChronologyEntry& entry, Column column);

private:
    void setEntries(std::vector<domain::ChronologyEntry> entries);
    void filter();

    std::vector<domain::ChronologyEntry> m_all;
    std::vector<domain::ChronologyEntry> m_shown;
    std::optional<domain::ChronologySource> m_source;
};

/// The chronology as an HTML document to print or save as PDF: a heading naming the record
/// and the date printed, then a table of every entry shown. Printed records say who printed
/// them, as the record-keeping standard asks of every entry.
[[nodiscard]] QString chronologyDocumentHtml(const QString& record, const QString& scope,
                                             const std::vector<domain::ChronologyEntry>& entries,
                                             QDate printedOn, const QString& printedBy);

} // namespace permanence::presentation
