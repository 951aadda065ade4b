#pragma once

#include "domain/LikelyDuplicate.h"

#include <QAbstractTableModel>
#include <vector>

namespace permanence::presentation {

/// The records that may already hold a record about to be created, for the "Is this one of
/// them?" question: what the record is, how to tell it apart, and why it was found.
class LikelyDuplicateModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Record,
        Detail,
        Reason,
        ColumnCount
    };

    explicit LikelyDuplicateModel(std::vector<domain::LikelyDuplicate> found,
                                  QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    std::vector<domain::LikelyDuplicate> m_found;
};

} // namespace permanence::presentation
