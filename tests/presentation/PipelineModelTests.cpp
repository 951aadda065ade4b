#include "WorkspaceFixture.h"
#include "presentation/PipelineModel.h"

#include <QAbstractItemModelTester>

using namespace permanence;
using domain::HouseholdStage;
using presentation::PipelineModel;
using test::aHousehold;
using test::d;

namespace {

/// Enquired, registered and in stage 1 since `stage1Start` (today is 1 Jun 2024).
domain::HouseholdJourney inStage1Since(QDate stage1Start)
{
    domain::HouseholdJourney j;
    j.enquiry = stage1Start.addDays(-40);
    j.registration = stage1Start.addDays(-10);
    j.stage1Start = stage1Start;
    return j;
}

domain::HouseholdJourney inStage2Since(QDate stage2Start)
{
    domain::HouseholdJourney j = inStage1Since(stage2Start.addDays(-60));
    j.stage1End = stage2Start.addDays(-10);
    j.stage2Start = stage2Start;
    return j;
}

const PipelineModel::Card* cardNamed(const PipelineModel& model, HouseholdStage stage,
                                     const QString& name)
{
    for (const auto& card :
         model.columns().at(static_cast<std::size_t>(model.columnOf(stage))).cards)
        if (card.name == name)
            return &card;
    return nullptr;
}

struct Pipeline : test::WorkspaceFixture
{
    Pipeline()
    {
        add(aHousehold()
                .reference(QStringLiteral("H-1"))
                .single(QStringLiteral("Ann"), QStringLiteral("Over"))
                .journey(inStage1Since(d(2024, 3, 10))) // 83 days: 23 over the 60-day target
                .terms({})
                .build());
        beaId = add(aHousehold()
                        .reference(QStringLiteral("H-2"))
                        .single(QStringLiteral("Bea"), QStringLiteral("Within"))
                        .journey(inStage1Since(d(2024, 5, 2))) // 30 days
                        .terms({})
                        .build());
        add(aHousehold()
                .reference(QStringLiteral("H-3"))
                .single(QStringLiteral("Cal"), QStringLiteral("Second"))
                .journey(inStage2Since(d(2024, 1, 1))) // 152 days: 31 over 121
                .terms({})
                .build());
        add(aHousehold().reference(QStringLiteral("H-4")).build()); // approved 1 Mar 2023
        domain::AdopterHousehold withdrawn =
            aHousehold()
                .reference(QStringLiteral("H-5"))
                .single(QStringLiteral("Dee"), QStringLiteral("Gone"))
                .journey(inStage1Since(d(2024, 2, 1)))
                .terms({})
                .build();
        withdrawn.withdrawal = {d(2024, 4, 1), QStringLiteral("Moved abroad"),
                                domain::WithdrawalReason::ChangeOfCircumstances};
        add(withdrawn);
    }
    domain::HouseholdId beaId;
};

} // namespace

TEST_CASE_METHOD(Pipeline, "the pipeline puts each active household in its stage's column",
                 "[presentation][pipeline]")
{
    PipelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(workspace.get());

    REQUIRE(model.lastError().isEmpty());
    REQUIRE(model.rowCount() == PipelineModel::boardStages().size());
    const auto& stage1 =
        model.columns().at(static_cast<std::size_t>(model.columnOf(HouseholdStage::Stage1)));
    CHECK(stage1.total == 2);
    REQUIRE(stage1.cards.size() == 2);
    // Longest in stage first.
    CHECK(stage1.cards.at(0).name == QStringLiteral("Ann Over"));
    CHECK(model.rowCount(model.index(model.columnOf(HouseholdStage::Stage2), 0)) == 1);
    CHECK(model.rowCount(model.index(model.columnOf(HouseholdStage::ApprovedWaiting), 0)) == 1);
    // Withdrawn households are not on the board at all.
    CHECK(PipelineModel::boardStages().indexOf(HouseholdStage::Withdrawn) < 0);
    int cards = 0;
    for (const auto& column : model.columns())
        cards += static_cast<int>(column.cards.size());
    CHECK(cards == 4);
    CHECK(PipelineModel::columnTitle(stage1) == QStringLiteral("Stage 1 (2)"));
}

TEST_CASE_METHOD(Pipeline, "a card says in words how far over its stage target a household is",
                 "[presentation][pipeline]")
{
    PipelineModel model;
    model.setWorkspace(workspace.get());

    const auto* over = cardNamed(model, HouseholdStage::Stage1, QStringLiteral("Ann Over"));
    REQUIRE(over);
    CHECK(over->days == 83);
    CHECK(over->status == PipelineModel::TargetStatus::OverTarget);
    CHECK(over->overBy == 23);
    CHECK(over->daysText == QStringLiteral("83 days in stage 1"));
    CHECK(over->targetText == QStringLiteral("Over target by 23 days"));

    const auto* within = cardNamed(model, HouseholdStage::Stage1, QStringLiteral("Bea Within"));
    REQUIRE(within);
    CHECK(within->status == PipelineModel::TargetStatus::WithinTarget);
    CHECK(within->targetText == QStringLiteral("Within the 60-day target"));

    const auto* stage2 = cardNamed(model, HouseholdStage::Stage2, QStringLiteral("Cal Second"));
    REQUIRE(stage2);
    CHECK(stage2->targetText == QStringLiteral("Over target by 31 days"));

    // The text shown on the card carries the words, not only the colour.
    const QModelIndex column = model.index(model.columnOf(HouseholdStage::Stage1), 0);
    const QModelIndex first = model.index(0, 0, column);
    CHECK(model.data(first).toString().contains(QStringLiteral("Over target by 23 days")));
    CHECK(model.data(first, PipelineModel::OverByRole).toLongLong() == 23);
    CHECK(model.data(first, Qt::BackgroundRole).isValid());
}

TEST_CASE_METHOD(Pipeline,
                 "targets come from the caller and approved households count days since approval",
                 "[presentation][pipeline]")
{
    PipelineModel model;
    model.setTargets({90, 121});
    model.setWorkspace(workspace.get());

    const auto* ann = cardNamed(model, HouseholdStage::Stage1, QStringLiteral("Ann Over"));
    REQUIRE(ann);
    CHECK(ann->status == PipelineModel::TargetStatus::WithinTarget);

    const auto& waiting = model.columns().at(
        static_cast<std::size_t>(model.columnOf(HouseholdStage::ApprovedWaiting)));
    REQUIRE(waiting.cards.size() == 1);
    CHECK(waiting.cards.front().days == 458);
    CHECK(waiting.cards.front().daysText == QStringLiteral("458 days since approval"));
    CHECK(waiting.cards.front().status == PipelineModel::TargetStatus::NoTarget);
}

TEST_CASE_METHOD(Pipeline, "a capped column says how many more households it holds",
                 "[presentation][pipeline]")
{
    PipelineModel model;
    model.setColumnCap(1);
    model.setWorkspace(workspace.get());

    const auto& stage1 =
        model.columns().at(static_cast<std::size_t>(model.columnOf(HouseholdStage::Stage1)));
    CHECK(stage1.cards.size() == 1);
    CHECK(stage1.total == 2);
    CHECK(PipelineModel::moreText(stage1) ==
          QStringLiteral("+1 more: use the list's stage filter"));
}

TEST_CASE_METHOD(Pipeline, "the board follows a household saved in the workspace",
                 "[presentation][pipeline]")
{
    PipelineModel model;
    model.setWorkspace(workspace.get());
    domain::AdopterHousehold bea = workspace->household(beaId).value();
    bea.journey.stage1End = d(2024, 5, 20);
    REQUIRE(workspace->updateHousehold(bea));
    CHECK(cardNamed(model, HouseholdStage::BetweenStages, QStringLiteral("Bea Within")));
    CHECK_FALSE(cardNamed(model, HouseholdStage::Stage1, QStringLiteral("Bea Within")));
}
