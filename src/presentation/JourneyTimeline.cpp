#include "presentation/JourneyTimeline.h"

#include "domain/Dates.h"
#include "domain/FamilyFinding.h"
#include "presentation/CountText.h"

#include <QCoreApplication>
#include <QStringList>

namespace permanence::presentation {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("JourneyTimeline", text);
}
} // namespace

JourneyTimeline JourneyTimeline::of(const domain::Child& child, QDate asOf)
{
    JourneyTimeline timeline;
    timeline.asOf = asOf;
    QDate previous;
    for (domain::Milestone milestone : domain::allMilestones()) {
        const QDate date = child.journey.date(milestone);
        // A date after asOf is a mistake validation reports; the timeline shows the journey so far.
        if (!date.isValid() || (asOf.isValid() && date > asOf))
            continue;
        TimelineStep step{milestone, domain::milestoneLabel(milestone), date, std::nullopt};
        if (previous.isValid())
            step.daysSincePrevious = domain::daysBetween(previous, date);
        previous = date;
        timeline.steps.push_back(step);
    }
    if (asOf.isValid())
        timeline.daysWaiting = domain::daysWaitingSincePlacementOrder(child, asOf);
    return timeline;
}

qint64 JourneyTimeline::totalDays() const
{
    if (steps.size() < 2)
        return 0;
    return domain::daysBetween(steps.front().date, steps.back().date);
}

QString JourneyTimeline::describe() const
{
    if (steps.empty())
        return tr("No milestones reached yet.");
    QStringList sentences;
    for (const TimelineStep& step : steps) {
        const QString when = domain::formatDate(step.date);
        if (step.daysSincePrevious)
            sentences << tr("%1 %2, %3 later.")
                             .arg(step.label, when,
                                  dayCountText(static_cast<int>(*step.daysSincePrevious)));
        else
            sentences << tr("%1 %2.").arg(step.label, when);
    }
    if (daysWaiting)
        sentences << tr("Waiting %1 since the placement order on %2.")
                         .arg(dayCountText(static_cast<int>(*daysWaiting)),
                              domain::formatDate(asOf));
    return sentences.join(QLatin1Char(' '));
}

} // namespace permanence::presentation
