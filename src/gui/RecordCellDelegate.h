#pragma once

#include <QStyledItemDelegate>

namespace permanence::gui {

/// Edits the cells of a presentation::RecordRowsModel: a drop-down list where the cell offers
/// choices (presentation::choicesRole), otherwise a line edit holding the cell's text, so a
/// date is typed as it is shown ("1 Mar 2025", 1/3/2025) and an empty cell clears it.
class RecordCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

Q_SIGNALS:
    /// The model could not read what was typed (a date that is not a date); the cell kept its
    /// value. The page says so, naming the column.
    void cellRefused(const QModelIndex& index, const QString& text);
};

} // namespace permanence::gui
