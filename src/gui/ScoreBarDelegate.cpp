#include "gui/ScoreBarDelegate.h"

#include <QApplication>
#include <QPainter>

namespace permanence::gui {

ScoreBarDelegate::ScoreBarDelegate(int role, QObject* parent)
    : QStyledItemDelegate(parent), m_role(role)
{}

void ScoreBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // Background and selection first, then the bar, then the text on top.
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const double value = std::clamp(index.data(m_role).toDouble(), 0.0, 100.0);
    QRect bar = opt.rect.adjusted(2, 3, -2, -3);
    bar.setWidth(qRound(bar.width() * value / 100.0));
    painter->save();
    // On a selected row the highlight is the background, so the bar takes the text colour.
    const bool selected = opt.state & QStyle::State_Selected;
    QColor fill = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    fill.setAlpha(selected ? 90 : 70);
    painter->fillRect(bar, fill);
    painter->restore();

    opt.text = text;
    style->drawItemText(
        painter, opt.rect.adjusted(4, 0, -4, 0), static_cast<int>(opt.displayAlignment),
        opt.palette, opt.state & QStyle::State_Enabled, text,
        opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
}

} // namespace permanence::gui
