#include "gui/JourneyTimelineWidget.h"

#include "domain/Dates.h"
#include "presentation/CountText.h"

#include <QPainter>
#include <QPalette>

namespace permanence::gui {

namespace {
constexpr int dotRadius = 5;
constexpr int margin = 8;
} // namespace

JourneyTimelineWidget::JourneyTimelineWidget(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Journey timeline"));
    setTimeline({});
}

void JourneyTimelineWidget::setTimeline(const presentation::JourneyTimeline& timeline)
{
    m_timeline = timeline;
    const QString words = m_timeline.describe();
    setAccessibleDescription(words);
    setToolTip(words);
    update();
}

QSize JourneyTimelineWidget::sizeHint() const
{
    const int line = fontMetrics().height();
    // Two lines of label above the line, one of day counts on it, two of labels below.
    return {margin * 2 + 9 * fontMetrics().averageCharWidth() * 14, margin * 2 + line * 5 + 8};
}

QSize JourneyTimelineWidget::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 40, sizeHint().height()};
}

void JourneyTimelineWidget::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int y = margin + line * 2 + line / 2 + 4;

    const auto& steps = m_timeline.steps;
    if (steps.empty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, m_timeline.describe());
        return;
    }

    const int left = margin + fm.averageCharWidth() * 7;
    const int right = width() - margin - fm.averageCharWidth() * 7;
    const int count = static_cast<int>(steps.size());
    const auto xAt = [&](int i) {
        return count == 1 ? (left + right) / 2 : left + (right - left) * i / (count - 1);
    };

    painter.setPen(QPen(pal.color(QPalette::Mid), 2));
    painter.drawLine(xAt(0), y, xAt(count - 1), y);

    const int slot = count == 1 ? right - left : (right - left) / (count - 1);
    for (int i = 0; i < count; ++i) {
        const auto& step = steps[static_cast<std::size_t>(i)];
        const int x = xAt(i);
        // Day counts sit on the line between the two milestones they separate.
        if (i > 0 && step.daysSincePrevious) {
            const int mid = (xAt(i - 1) + x) / 2;
            const QString days =
                presentation::dayCountText(static_cast<int>(*step.daysSincePrevious));
            const QRect box(mid - slot / 2, y - line / 2, slot, line);
            painter.fillRect(box.adjusted(slot / 4, 0, -slot / 4, 0), pal.color(QPalette::Window));
            painter.setPen(pal.color(QPalette::WindowText));
            painter.drawText(box, Qt::AlignCenter, days);
        }
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter.setBrush(pal.color(QPalette::Highlight));
        painter.drawEllipse(QPoint(x, y), dotRadius, dotRadius);

        // Alternate labels above and below so neighbours have twice the room.
        const bool above = i % 2 == 0;
        const int width = std::min(slot * 2 - 4, fm.averageCharWidth() * 24);
        const QRect label(x - width / 2, above ? y - dotRadius - 4 - line * 2 : y + dotRadius + 4,
                          width, line * 2);
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(label, Qt::AlignHCenter | (above ? Qt::AlignBottom : Qt::AlignTop),
                         step.label + QLatin1Char('\n') + domain::formatDate(step.date));
    }
}

} // namespace permanence::gui
