#include "Builders.h"
#include "services/DueList.h"
#include "services/Workspace.h"

#include <QTemporaryDir>

using namespace permanence;
using namespace permanence::domain;
using namespace permanence::test;

namespace {

struct OpenWorkspace
{
    QTemporaryDir dir;
    FixedClock clock{d(2024, 6, 30)};
    std::unique_ptr<services::Workspace> ws;

    OpenWorkspace()
    {
        auto opened = services::Workspace::open(dir.filePath(QStringLiteral("ws.sqlite")), clock,
                                                Actor{QStringLiteral("j.bloggs")});
        REQUIRE(opened);
        ws = std::move(*opened);
        REQUIRE(ws->setAgency(aFourCouncilAgency()));
    }
};

AdopterHousehold inStage1(const QString& reference, QDate start, const QString& hub)
{
    HouseholdJourney j;
    j.enquiry = start.addDays(-40);
    j.registration = start.addDays(-10);
    j.stage1Start = start;
    return aHousehold().reference(reference).hub(hub).journey(j).terms({}).build();
}

} // namespace

TEST_CASE("the due list is worked out from the records: waiting children and stage targets, "
          "overdue first",
          "[services][due]")
{
    OpenWorkspace w;
    // Placement order 15 Mar 2023: past 12 months on 30 Jun 2024.
    const auto waiting = w.ws->createChild(aChild()
                                               .reference(QStringLiteral("C-WAIT"))
                                               .enteredCare(d(2022, 6, 1))
                                               .agencyDecision(d(2022, 12, 1))
                                               .placementOrder(d(2023, 3, 15))
                                               .build());
    REQUIRE(waiting);
    // Placement order 1 Jun 2024: 29 days, not yet on the list.
    REQUIRE(w.ws->createChild(aChild()
                                  .reference(QStringLiteral("C-NEW"))
                                  .enteredCare(d(2023, 6, 1))
                                  .agencyDecision(d(2024, 1, 10))
                                  .placementOrder(d(2024, 6, 1))
                                  .build()));
    // Stage 1 from 1 Apr 2024: target 31 May, overdue. From 20 May: target 19 Jul, not shown.
    const auto late = w.ws->createHousehold(
        inStage1(QStringLiteral("H-LATE"), d(2024, 4, 1), QStringLiteral("SHREWS")));
    REQUIRE(late);
    REQUIRE(w.ws->createHousehold(
        inStage1(QStringLiteral("H-EARLY"), d(2024, 5, 20), QStringLiteral("SHREWS"))));

    const services::DueList list(*w.ws, DueRules{});
    const auto items = list.items();
    REQUIRE(items);
    REQUIRE(items->size() == 2);
    // The child has been overdue since 15 Mar 2024, the household since 1 Jun: the child first.
    CHECK(items->at(0).kind == DueKind::ChildWaiting);
    CHECK(items->at(0).recordId == waiting->value);
    CHECK(items->at(0).what.startsWith(QStringLiteral("Waiting 12 months")));
    CHECK(items->at(1).kind == DueKind::Stage1Target);
    CHECK(items->at(1).recordId == late->value);
    CHECK(items->at(1).due == d(2024, 5, 31));

    SECTION("filtered by kind")
    {
        services::DueFilter filter;
        filter.kind = DueKind::Stage1Target;
        const auto only = list.items(filter);
        REQUIRE(only);
        REQUIRE(only->size() == 1);
        CHECK(only->front().recordId == late->value);
    }
    SECTION("filtered by hub")
    {
        services::DueFilter filter;
        filter.hubCode = QStringLiteral("UTTOX");
        const auto none = list.items(filter);
        REQUIRE(none);
        for (const DueItem& item : *none)
            CHECK(item.hubCode == QStringLiteral("UTTOX"));
        filter.hubCode = QStringLiteral("SHREWS");
        const auto shrews = list.items(filter);
        REQUIRE(shrews);
        CHECK(std::any_of(shrews->begin(), shrews->end(),
                          [&](const DueItem& i) { return i.recordId == late->value; }));
    }
    SECTION("recording what was due takes the item off the list")
    {
        auto household = w.ws->household(*late);
        REQUIRE(household);
        household->journey.stage1End = d(2024, 6, 20);
        REQUIRE(w.ws->updateHousehold(*household));
        const auto after = list.items();
        REQUIRE(after);
        CHECK(after->size() == 1);
        CHECK(after->front().kind == DueKind::ChildWaiting);
    }
}
