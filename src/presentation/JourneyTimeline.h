#pragma once

#include "domain/Child.h"

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace permanence::presentation {

/// One milestone the child has reached, as the timeline shows it.
struct TimelineStep
{
    domain::Milestone milestone = domain::Milestone::EnteredCare;
    QString label; ///< "Placement order"
    QDate date;
    /// Days since the previous reached milestone (end minus start, as the national measures
    /// count); nullopt for the first. Negative only on a record that fails validation.
    std::optional<qint64> daysSincePrevious;
};

/// The milestones of a child's journey that have been reached, in journey order, with the days
/// between consecutive ones: what the Journey tab draws, and the same facts in words for
/// screen readers. Pure data, derived each time from the record (nothing stored).
struct JourneyTimeline
{
    std::vector<TimelineStep> steps;
    /// Days from the placement order to `asOf` while the child is still waiting; nullopt
    /// otherwise.
    std::optional<qint64> daysWaiting;
    QDate asOf;

    [[nodiscard]] bool isEmpty() const { return steps.empty(); }
    /// Days from the first to the last reached milestone; 0 with fewer than two.
    [[nodiscard]] qint64 totalDays() const;
    /// The timeline as sentences: "Entered care 1 Jun 2021. Agency decision 10 Jan 2022, 223
    /// days later. … Waiting 59 days since the placement order on 1 Jun 2024."
    [[nodiscard]] QString describe() const;

    /// The timeline of `child` on `asOf` (today): milestones dated after `asOf` are left out.
    [[nodiscard]] static JourneyTimeline of(const domain::Child& child, QDate asOf);
};

} // namespace permanence::presentation
