#include "Builders.h"
#include "domain/HouseholdStage.h"

using namespace permanence::domain;
using namespace permanence::test;

namespace {

// The builder's journey: enquiry 10 Jan 2022, information event 1 Feb, registration 20 Feb,
// stage 1 1 Mar – 1 Jun, stage 2 from 15 Jun 2022, panel 20 Feb 2023, approval 1 Mar 2023.
AdopterHousehold approved()
{
    AdopterHousehold h = aHousehold().build();
    h.id = HouseholdId{7};
    return h;
}

HouseholdStage stageOn(const AdopterHousehold& h, QDate on, const HouseholdPlacements& p = {})
{
    return householdStage(h, on, p);
}

} // namespace

TEST_CASE("each journey date moves the stage on that day, not the day after",
          "[domain][household][stage]")
{
    const AdopterHousehold h = approved();
    const std::pair<QDate, HouseholdStage> steps[] = {
        {d(2022, 1, 10), HouseholdStage::Enquiry},
        {d(2022, 2, 1), HouseholdStage::InformationEvent},
        {d(2022, 2, 20), HouseholdStage::Registered},
        {d(2022, 3, 1), HouseholdStage::Stage1},
        {d(2022, 6, 1), HouseholdStage::BetweenStages},
        {d(2022, 6, 15), HouseholdStage::Stage2},
        {d(2023, 3, 1), HouseholdStage::ApprovedWaiting},
    };
    HouseholdStage before = HouseholdStage::Enquiry;
    for (const auto& [date, stage] : steps) {
        INFO(date.toString(Qt::ISODate).toStdString());
        CHECK(stageOn(h, date) == stage);
        CHECK(stageOn(h, date.addDays(-1)) == before);
        before = stage;
    }
    // Before any date the household is still an enquiry: the record exists from the enquiry.
    CHECK(stageOn(h, d(2021, 1, 1)) == HouseholdStage::Enquiry);
    // The panel alone does not approve: the ADM's decision does.
    CHECK(stageOn(h, d(2023, 2, 20)) == HouseholdStage::Stage2);
}

TEST_CASE("children linked, matched and placed move an approved household on",
          "[domain][household][stage]")
{
    const AdopterHousehold h = approved();
    const HouseholdPlacements p{d(2023, 5, 1), d(2023, 6, 1), d(2023, 7, 1)};
    CHECK(stageOn(h, d(2023, 4, 30), p) == HouseholdStage::ApprovedWaiting);
    CHECK(stageOn(h, d(2023, 5, 1), p) == HouseholdStage::Linked);
    CHECK(stageOn(h, d(2023, 5, 31), p) == HouseholdStage::Linked);
    CHECK(stageOn(h, d(2023, 6, 1), p) == HouseholdStage::Matched);
    CHECK(stageOn(h, d(2023, 6, 30), p) == HouseholdStage::Matched);
    CHECK(stageOn(h, d(2023, 7, 1), p) == HouseholdStage::Placed);
    CHECK(stageOn(h, d(2025, 1, 1), p) == HouseholdStage::Placed);
}

TEST_CASE("placements only count once the household is approved", "[domain][household][stage]")
{
    const AdopterHousehold h = approved();
    // A link recorded against a household still in stage 2 (an early conversation, or a data
    // error) does not make it "linked" until the approval.
    const HouseholdPlacements early{d(2023, 1, 10), {}, {}};
    CHECK(stageOn(h, d(2023, 2, 28), early) == HouseholdStage::Stage2);
    CHECK(stageOn(h, d(2023, 3, 1), early) == HouseholdStage::Linked);
    // And the days in that stage start on the approval, not on the earlier link.
    CHECK(daysInStage(h, d(2023, 3, 11), early) == 10);
}

TEST_CASE("the placements of a household come from its children's earliest dates",
          "[domain][household][stage]")
{
    const HouseholdId id{7};
    Child a = aChild().linked(d(2023, 6, 1)).matchDecision(d(2023, 7, 1)).build();
    a.household = id;
    Child b = aChild().linked(d(2023, 5, 1)).build();
    b.household = id;
    Child other = aChild().linked(d(2023, 1, 1)).movedIn(d(2023, 2, 1)).build();
    other.household = HouseholdId{8};
    const HouseholdPlacements p = householdPlacements(id, {a, b, other});
    CHECK(p.firstLinked == d(2023, 5, 1));
    CHECK(p.firstMatched == d(2023, 7, 1));
    CHECK_FALSE(p.firstMovedIn.isValid());
    CHECK_FALSE(householdPlacements(HouseholdId{}, {a}).firstLinked.isValid());
}

TEST_CASE("a household can withdraw at every stage", "[domain][household][stage]")
{
    const std::pair<QDate, HouseholdStage> before[] = {
        {d(2022, 1, 20), HouseholdStage::Enquiry},
        {d(2022, 2, 10), HouseholdStage::InformationEvent},
        {d(2022, 2, 25), HouseholdStage::Registered},
        {d(2022, 4, 1), HouseholdStage::Stage1},
        {d(2022, 6, 10), HouseholdStage::BetweenStages},
        {d(2022, 9, 1), HouseholdStage::Stage2},
        {d(2023, 4, 1), HouseholdStage::ApprovedWaiting},
    };
    for (const auto& [date, stage] : before) {
        INFO("withdrawn " << date.toString(Qt::ISODate).toStdString());
        AdopterHousehold h = approved();
        h.withdrawal = {date, QStringLiteral("Moving abroad"),
                        WithdrawalReason::ChangeOfCircumstances};
        CHECK(stageOn(h, date.addDays(-1)) == stage);
        CHECK(stageOn(h, date) == HouseholdStage::Withdrawn);
        CHECK(stageOn(h, d(2026, 1, 1)) == HouseholdStage::Withdrawn);
        CHECK(daysInStage(h, date.addDays(30)) == 30);
    }
    // Withdrawal outranks a pause that was still open.
    AdopterHousehold h = approved();
    h.pauses = {{d(2022, 7, 1), {}, QStringLiteral("Bereavement")}};
    h.withdrawal = {d(2022, 9, 1), QStringLiteral("Not now"), WithdrawalReason::Other};
    CHECK(stageOn(h, d(2022, 8, 31)) == HouseholdStage::Paused);
    CHECK(stageOn(h, d(2022, 9, 1)) == HouseholdStage::Withdrawn);
}

TEST_CASE("de-registration ends an approved household's journey", "[domain][household][stage]")
{
    AdopterHousehold h = approved();
    h.deregistered = d(2024, 3, 1);
    h.deregistrationReason = QStringLiteral("Review");
    const HouseholdPlacements linked{d(2023, 9, 1), {}, {}};
    CHECK(stageOn(h, d(2024, 2, 29), linked) == HouseholdStage::Linked);
    CHECK(stageOn(h, d(2024, 3, 1), linked) == HouseholdStage::Deregistered);
    // De-registration outranks a withdrawal recorded as well.
    h.withdrawal = {d(2024, 2, 1), QStringLiteral("x"), WithdrawalReason::Other};
    CHECK(stageOn(h, d(2024, 2, 1)) == HouseholdStage::Withdrawn);
    CHECK(stageOn(h, d(2024, 3, 1)) == HouseholdStage::Deregistered);
}

TEST_CASE("a pause runs from its first day up to the day work resumes",
          "[domain][household][stage]")
{
    AdopterHousehold h = approved();
    h.pauses = {{d(2022, 4, 1), d(2022, 5, 1), QStringLiteral("Medical")}};
    CHECK(stageOn(h, d(2022, 3, 31)) == HouseholdStage::Stage1);
    CHECK(stageOn(h, d(2022, 4, 1)) == HouseholdStage::Paused);
    CHECK(stageOn(h, d(2022, 4, 30)) == HouseholdStage::Paused);
    CHECK(stageOn(h, d(2022, 5, 1)) == HouseholdStage::Stage1);
    CHECK(daysInStage(h, d(2022, 4, 11)) == 10); // days in the pause itself

    // An open pause goes on.
    h.pauses = {{d(2023, 5, 1), {}, QStringLiteral("House move")}};
    CHECK(stageOn(h, d(2023, 4, 30)) == HouseholdStage::ApprovedWaiting);
    CHECK(stageOn(h, d(2025, 1, 1)) == HouseholdStage::Paused);
}

TEST_CASE("stage 1 and stage 2 days leave out paused days", "[domain][household][timeliness]")
{
    AdopterHousehold h = approved();
    // Stage 1: 1 Mar → 1 Jun 2022 = 92 days. Stage 2: 15 Jun 2022 → 1 Mar 2023 = 259 days.
    CHECK(stage1Days(h) == 92);
    CHECK(stage2Days(h) == 259);

    // 1 Apr → 1 May 2022 (30 days) inside stage 1; 1 Feb → 15 Feb 2023 (14 days) inside
    // stage 2; a pause straddling the end of stage 1 (25 May → 20 Jun: 7 days in stage 1,
    // 5 in stage 2 from 15 Jun; the 14 days between the stages count for neither).
    h.pauses = {{d(2022, 4, 1), d(2022, 5, 1), QStringLiteral("Medical")},
                {d(2022, 5, 25), d(2022, 6, 20), QStringLiteral("Holiday")},
                {d(2023, 2, 1), d(2023, 2, 15), QStringLiteral("Illness")}};
    CHECK(stage1Days(h) == 92 - 30 - 7);
    CHECK(stage2Days(h) == 259 - 5 - 14);
    CHECK(pausedDays(h, d(2022, 6, 1), d(2022, 6, 15)) == 14);

    // A pause still open at the approval counts up to the approval only.
    h.pauses = {{d(2023, 2, 1), {}, QStringLiteral("Illness")}};
    CHECK(stage2Days(h) == 259 - 28);
}

TEST_CASE("stage days need both dates", "[domain][household][timeliness]")
{
    AdopterHousehold h = approved();
    h.journey.approval = {};
    CHECK_FALSE(stage2Days(h).has_value());
    h.journey.stage1End = {};
    CHECK_FALSE(stage1Days(h).has_value());
}

TEST_CASE("fast-track households have no stage 1 figure", "[domain][household][timeliness]")
{
    AdopterHousehold h = approved();
    h.fastTrack = true;
    h.journey.stage1Start = {};
    h.journey.stage1End = {};
    CHECK_FALSE(stage1Days(h).has_value());
    CHECK(stage2Days(h) == 259);
    CHECK(stageOn(h, d(2022, 6, 14)) == HouseholdStage::Registered);
    CHECK(stageOn(h, d(2022, 6, 15)) == HouseholdStage::Stage2);
    // Even with stage 1 dates left on the record by mistake, a fast-track household is left
    // out of the stage 1 figures.
    h.journey.stage1Start = d(2022, 3, 1);
    h.journey.stage1End = d(2022, 6, 1);
    CHECK_FALSE(stage1Days(h).has_value());
}

TEST_CASE("days in stage count from the stage's first day, less pauses since",
          "[domain][household][timeliness]")
{
    AdopterHousehold h = approved();
    CHECK(daysInStage(h, d(2022, 3, 1)) == 0);
    CHECK(daysInStage(h, d(2022, 5, 1)) == 61);  // 1 Mar → 1 May
    CHECK(daysInStage(h, d(2022, 7, 15)) == 30); // stage 2 since 15 Jun
    h.pauses = {{d(2022, 4, 1), d(2022, 5, 1), QStringLiteral("Medical")}};
    CHECK(daysInStage(h, d(2022, 5, 1)) == 31);
    CHECK(daysInStage(h, d(2022, 5, 31)) == 61);
    // Placed: from the earliest move-in.
    CHECK(daysInStage(h, d(2023, 8, 1), {d(2023, 5, 1), d(2023, 6, 1), d(2023, 7, 1)}) == 31);
    // Unknown start: 0, never a negative count.
    AdopterHousehold blank;
    CHECK(daysInStage(blank, d(2024, 1, 1)) == 0);
}

TEST_CASE("every stage has a label", "[domain][household][stage]")
{
    CHECK(allHouseholdStages().size() == 13);
    for (HouseholdStage s : allHouseholdStages())
        CHECK_FALSE(householdStageLabel(s).isEmpty());
    CHECK(householdStageLabel(HouseholdStage::BetweenStages) == QStringLiteral("Between stages"));
}
