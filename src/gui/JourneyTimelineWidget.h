#pragma once

#include "presentation/JourneyTimeline.h"

#include <QWidget>

namespace permanence::gui {

/// The child's journey drawn as a horizontal line: a dot per milestone reached, its name and
/// date beside it, and the days between consecutive milestones on the line between them.
/// Milestones are evenly spaced rather than to scale, so that labels never overlap; the day
/// counts carry the scale. Screen readers get the same facts as sentences (accessible
/// description), and so does the tooltip.
class JourneyTimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit JourneyTimelineWidget(QWidget* parent = nullptr);

    void setTimeline(const presentation::JourneyTimeline& timeline);
    [[nodiscard]] const presentation::JourneyTimeline& timeline() const { return m_timeline; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    presentation::JourneyTimeline m_timeline;
};

} // namespace permanence::gui
