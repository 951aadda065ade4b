#include "gui/PipelineBoard.h"

#include "domain/HouseholdStage.h"
#include "presentation/PipelineModel.h"
#include "ui_PipelineBoard.h"

#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextOption>
#include <QVBoxLayout>
#include <algorithm>

namespace permanence::gui {

using presentation::PipelineModel;

namespace {
/// Wide enough for "Over target by 123 days" and most names on one line.
constexpr int columnWidthChars = 30;

/// Paints a card as a framed box filled with the model's target colour, its lines wrapped to
/// the column's width and never cut off. (A style sheet on the items would hide the colour.)
class CardDelegate : public QStyledItemDelegate
{
public:
    explicit CardDelegate(QListView* view) : QStyledItemDelegate(view), m_view(view) {}

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QRectF box = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5);
        const QVariant background = index.data(Qt::BackgroundRole);
        QColor fill = background.canConvert<QBrush>() ? background.value<QBrush>().color()
                                                      : option.palette.color(QPalette::Base);
        if (!fill.isValid() || fill.alpha() == 0)
            fill = option.palette.color(QPalette::Base);
        const bool selected = option.state & QStyle::State_Selected;
        painter->setBrush(fill);
        painter->setPen(QPen(selected ? option.palette.color(QPalette::Highlight)
                                      : option.palette.color(QPalette::Mid),
                             selected ? 2.0 : 1.0));
        painter->drawRoundedRect(box, 4, 4);
        const QVariant foreground = index.data(Qt::ForegroundRole);
        painter->setPen(foreground.canConvert<QBrush>() ? foreground.value<QBrush>().color()
                                                        : option.palette.color(QPalette::Text));
        painter->setFont(option.font);
        painter->drawText(textRect(option.rect), index.data(Qt::DisplayRole).toString(),
                          wrapping());
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        // A list view asks before laying out, with no rectangle yet: the card is as wide as
        // the column's visible area.
        const int width = std::max(m_view->viewport()->width() - 2 * m_view->spacing(), 80);
        const QRect bounds = option.fontMetrics.boundingRect(
            textRect(QRect(0, 0, width, 10000)).toRect(), Qt::TextWordWrap,
            index.data(Qt::DisplayRole).toString());
        return {width, bounds.height() + 2 * padding + 2};
    }

private:
    static constexpr int padding = 6;
    QListView* m_view;
    static QRectF textRect(const QRect& rect)
    {
        return QRectF(rect).adjusted(padding, padding, -padding, -padding);
    }
    static QTextOption wrapping()
    {
        QTextOption text(Qt::AlignLeft | Qt::AlignTop);
        text.setWrapMode(QTextOption::WordWrap);
        return text;
    }
};
} // namespace

PipelineBoard::PipelineBoard(PipelineModel* model, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PipelineBoard>()), m_model(model)
{
    m_ui->setupUi(this);
    build();
    connect(m_model, &QAbstractItemModel::modelReset, this, &PipelineBoard::refresh);
    refresh();
}

PipelineBoard::~PipelineBoard() = default;

QListView* PipelineBoard::columnView(int column) const
{
    return m_columns.value(column).cards;
}

QLabel* PipelineBoard::columnHeading(int column) const
{
    return m_columns.value(column).heading;
}

void PipelineBoard::build()
{
    const int width = fontMetrics().averageCharWidth() * columnWidthChars;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        auto* frame = new QWidget(m_ui->columnsWidget);
        auto* layout = new QVBoxLayout(frame);
        layout->setContentsMargins(0, 0, 0, 0);
        Column column{new QLabel(frame), new QListView(frame), new QLabel(frame)};
        QFont bold = column.heading->font();
        bold.setBold(true);
        column.heading->setFont(bold);
        column.heading->setBuddy(column.cards);
        column.cards->setModel(m_model);
        column.cards->setWordWrap(true);
        column.cards->setSpacing(3);
        column.cards->setUniformItemSizes(false);
        column.cards->setEditTriggers(QAbstractItemView::NoEditTriggers);
        column.cards->setSelectionMode(QAbstractItemView::SingleSelection);
        column.cards->setDragEnabled(false);
        column.cards->setItemDelegate(new CardDelegate(column.cards));
        // Cards wrap to the column instead of scrolling sideways; sizes follow the width.
        column.cards->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        column.cards->setResizeMode(QListView::Adjust);
        column.more->setWordWrap(true);
        frame->setFixedWidth(width);
        layout->addWidget(column.heading);
        layout->addWidget(column.cards, 1);
        layout->addWidget(column.more);
        m_ui->columnsLayout->addWidget(frame);
        connect(column.cards, &QAbstractItemView::activated, this,
                [this](const QModelIndex& index) {
                    if (const PipelineModel::Card* card = m_model->cardAt(index))
                        Q_EMIT householdActivated(card->id);
                });
        m_columns << column;
    }
    m_ui->columnsLayout->addStretch(1);
}

void PipelineBoard::refresh()
{
    const presentation::StageTargets targets = m_model->targets();
    m_ui->legendLabel->setText(
        tr("One column per stage, longest in stage first. Stage 1 is measured against %1 days and "
           "stage 2 against %2; each card says whether it is within or over the target. A "
           "household moves when its dates are entered in its form. Double-click a card to open "
           "the household.")
            .arg(targets.stage1Days)
            .arg(targets.stage2Days));
    if (!m_model->lastError().isEmpty())
        m_ui->legendLabel->setText(tr("Could not load the board: %1").arg(m_model->lastError()));
    for (int row = 0; row < m_columns.size(); ++row) {
        const Column& column = m_columns.at(row);
        const PipelineModel::Column& stage = m_model->columns().at(static_cast<std::size_t>(row));
        const QModelIndex root = m_model->index(row, 0);
        column.cards->setRootIndex(root);
        column.heading->setText(PipelineModel::columnTitle(stage));
        column.cards->setAccessibleName(domain::householdStageLabel(stage.stage));
        column.more->setText(PipelineModel::moreText(stage));
        column.more->setVisible(!column.more->text().isEmpty());
    }
}

} // namespace permanence::gui
