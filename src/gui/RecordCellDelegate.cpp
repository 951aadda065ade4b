#include "gui/RecordCellDelegate.h"

#include "presentation/RecordRowsModel.h"

#include <QComboBox>
#include <QLineEdit>

namespace permanence::gui {

QWidget* RecordCellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                          const QModelIndex& index) const
{
    const QStringList choices = index.data(presentation::choicesRole).toStringList();
    if (!choices.isEmpty()) {
        auto* combo = new QComboBox(parent);
        combo->addItems(choices);
        return combo;
    }
    return new QLineEdit(parent);
}

void RecordCellDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QString text = index.data(Qt::EditRole).toString();
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        combo->setCurrentIndex(std::max(0, combo->findText(text)));
    else if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->setText(text);
}

void RecordCellDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                      const QModelIndex& index) const
{
    QString text;
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        text = combo->currentText();
    else if (auto* line = qobject_cast<QLineEdit*>(editor))
        text = line->text();
    if (!model->setData(index, text))
        Q_EMIT const_cast<RecordCellDelegate*>(this)->cellRefused(index, text);
}

} // namespace permanence::gui
