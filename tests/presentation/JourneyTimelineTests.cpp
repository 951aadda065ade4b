#include "Builders.h"
#include "presentation/JourneyTimeline.h"

using namespace permanence;
using domain::Milestone;
using presentation::JourneyTimeline;
using test::aChild;
using test::d;

TEST_CASE("the journey timeline lists milestones reached with the days between them",
          "[presentation][timeline]")
{
    const domain::Child child = aChild()
                                    .enteredCare(d(2021, 6, 1))
                                    .agencyDecision(d(2022, 1, 10))
                                    .placementOrder(d(2022, 3, 1))
                                    .linked(d(2024, 5, 20))
                                    .build();
    const JourneyTimeline timeline = JourneyTimeline::of(child, d(2024, 6, 1));
    REQUIRE(timeline.steps.size() == 4);
    CHECK(timeline.steps[0].milestone == Milestone::EnteredCare);
    CHECK_FALSE(timeline.steps[0].daysSincePrevious.has_value());
    CHECK(timeline.steps[1].daysSincePrevious == 223);
    CHECK(timeline.steps[2].daysSincePrevious == 50);
    // Family finding started is not recorded: the link counts from the placement order.
    CHECK(timeline.steps[3].milestone == Milestone::Linked);
    CHECK(timeline.steps[3].daysSincePrevious == 811);
    CHECK(timeline.totalDays() == 1084);
    CHECK(timeline.daysWaiting == 823);
    CHECK(timeline.describe() ==
          QStringLiteral("Entered care 1 Jun 2021. Agency decision 10 Jan 2022, 223 days later. "
                         "Placement order 1 Mar 2022, 50 days later. Link 20 May 2024, 811 days "
                         "later. Waiting 823 days since the placement order on 1 Jun 2024."));
}

TEST_CASE("the journey timeline leaves out dates after the day it is drawn for",
          "[presentation][timeline]")
{
    const domain::Child child =
        aChild().enteredCare(d(2021, 6, 1)).agencyDecision(d(2024, 7, 1)).build();
    const JourneyTimeline timeline = JourneyTimeline::of(child, d(2024, 6, 1));
    CHECK(timeline.steps.size() == 1);
    CHECK_FALSE(timeline.daysWaiting.has_value());
    CHECK(JourneyTimeline::of(domain::Child{}, d(2024, 6, 1)).describe() ==
          QStringLiteral("No milestones reached yet."));
}
