#pragma once

#include <QStyledItemDelegate>

namespace permanence::gui {

/// Draws a bar for the 0–100 value under `role` behind the cell's text, so a family finder
/// compares scores at a glance; the text ("72 of 100") stays, because a bar alone reaches
/// neither a screen reader nor everyone's eyes.
class ScoreBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ScoreBarDelegate(int role, QObject* parent);
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace permanence::gui
