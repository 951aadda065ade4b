#include "Builders.h"
#include "domain/AdopterHousehold.h"
#include "domain/FamilyFinding.h"
#include "domain/Placement.h"

#include <algorithm>

using namespace permanence::domain;
using namespace permanence::test;

namespace {
const QDate today = d(2025, 6, 30);

AdopterHousehold household(qint64 id = 7)
{
    AdopterHousehold h = aHousehold().build();
    h.id = HouseholdId{id};
    return h;
}

AdopterHousehold interAgencyHousehold()
{
    AdopterHousehold h = aHousehold()
                             .reference(QStringLiteral("H-0002"))
                             .from(AdopterSource::VoluntaryAgency, QStringLiteral("Adoption Focus"))
                             .build();
    h.id = HouseholdId{8};
    return h;
}

/// A child with a placement order, actively family found.
ChildPlacement waiting(const QString& reference = QStringLiteral("C-0001"), qint64 id = 1)
{
    Child c = aChild()
                  .reference(reference)
                  .agencyDecision(d(2024, 9, 2))
                  .placementOrder(d(2024, 11, 4))
                  .with(Milestone::FamilyFindingStarted, d(2024, 11, 5))
                  .build();
    c.id = ChildId{id};
    return ChildPlacement{c, {}};
}

ChildPlacement linked()
{
    ChildPlacement p = waiting();
    REQUIRE(link(p, household(), d(2025, 2, 3), QStringLiteral("Priya Shah"), today).empty());
    return p;
}

ChildPlacement matched()
{
    ChildPlacement p = linked();
    REQUIRE(recordStep(p, WorkflowStep::MatchingPanel, d(2025, 3, 10), today).empty());
    REQUIRE(recordStep(p, WorkflowStep::MatchDecision, d(2025, 3, 14), today).empty());
    return p;
}

ChildPlacement placed()
{
    ChildPlacement p = matched();
    REQUIRE(recordIntroductions(p, d(2025, 3, 24), d(2025, 4, 4), today).empty());
    REQUIRE(recordStep(p, WorkflowStep::MovedIn, d(2025, 4, 4), today).empty());
    return p;
}

bool hasRule(const Problems& problems, const QString& rule)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const Problem& p) { return p.rule == rule; });
}

bool hasMessage(const Problems& problems, const QString& message)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const Problem& p) { return p.message == message; });
}
} // namespace

TEST_CASE("linking a waiting child records the link on the child and a link record",
          "[domain][placement]")
{
    ChildPlacement p = waiting();
    const Problems problems =
        link(p, household(), d(2025, 2, 3), QStringLiteral(" Priya Shah "), today);
    REQUIRE(problems.empty());
    CHECK(p.child.journey.linked == d(2025, 2, 3));
    CHECK(p.child.household == HouseholdId{7});
    REQUIRE(p.links.size() == 1);
    REQUIRE(p.current() != nullptr);
    CHECK(p.current()->household == HouseholdId{7});
    CHECK(p.current()->familyFinder == QStringLiteral("Priya Shah"));
    CHECK(familyFindingStatus(p.child, today) == FamilyFindingStatus::Linked);
}

TEST_CASE("a link is refused with every problem and leaves the record unchanged",
          "[domain][placement]")
{
    ChildPlacement p = waiting();
    const ChildPlacement before = p;
    AdopterHousehold h = household();
    h.journey.approval = d(2025, 8, 1);
    h.journey.panel = d(2025, 7, 20);
    const Problems problems = link(p, h, d(2025, 7, 3), QString(), today);
    CHECK(p == before);
    CHECK(hasRule(problems, QStringLiteral("date.in-future")));
    CHECK(hasRule(problems, QStringLiteral("workflow.household-not-approved")));
    CHECK(hasMessage(problems, QStringLiteral("Name the family finder who made the link.")));
    for (const Problem& problem : problems)
        CHECK_FALSE(problem.field.isEmpty());
}

TEST_CASE("a child already linked cannot be linked again", "[domain][placement]")
{
    ChildPlacement p = linked();
    const ChildPlacement before = p;
    const Problems problems =
        link(p, household(9), d(2025, 2, 10), QStringLiteral("Priya Shah"), today);
    CHECK(hasRule(problems, QStringLiteral("workflow.already-linked")));
    CHECK(p == before);
}

TEST_CASE("a child whose family finding stopped is not linked", "[domain][placement]")
{
    ChildPlacement p = waiting();
    p.child.familyFindingStop = {d(2025, 1, 6), QStringLiteral("Ongoing assessment")};
    const Problems problems =
        link(p, household(), d(2025, 2, 3), QStringLiteral("Priya Shah"), today);
    CHECK(hasRule(problems, QStringLiteral("workflow.not-waiting")));
}

TEST_CASE("no match decision without a link", "[domain][placement]")
{
    ChildPlacement p = waiting();
    const ChildPlacement before = p;
    const Problems problems = recordStep(p, WorkflowStep::MatchDecision, d(2025, 3, 14), today);
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().field == QStringLiteral("Match decision"));
    CHECK(problems.front().message ==
          QStringLiteral("No match decision without a link: link a household first."));
    CHECK(p == before);
}

TEST_CASE("no matching panel without a link, no match decision without the panel",
          "[domain][placement]")
{
    ChildPlacement p = waiting();
    CHECK(hasMessage(recordStep(p, WorkflowStep::MatchingPanel, d(2025, 3, 10), today),
                     QStringLiteral("No matching panel without a link: link a household first.")));
    ChildPlacement l = linked();
    const Problems problems = recordStep(l, WorkflowStep::MatchDecision, d(2025, 3, 14), today);
    CHECK(hasRule(problems, QStringLiteral("workflow.missing-step")));
    CHECK(problems.front().field == QStringLiteral("Match decision"));
}

TEST_CASE("a match decision before the matching panel names both dates", "[domain][placement]")
{
    ChildPlacement p = linked();
    REQUIRE(recordStep(p, WorkflowStep::MatchingPanel, d(2025, 3, 10), today).empty());
    const ChildPlacement before = p;
    const Problems problems = recordStep(p, WorkflowStep::MatchDecision, d(2025, 3, 3), today);
    CHECK(hasMessage(problems, QStringLiteral("Match decision 3 Mar 2025 is before the matching "
                                              "panel 10 Mar 2025.")));
    CHECK(p == before);
}

TEST_CASE("the matching panel cannot come before the link", "[domain][placement]")
{
    ChildPlacement p = linked();
    const Problems problems = recordStep(p, WorkflowStep::MatchingPanel, d(2025, 1, 10), today);
    CHECK(hasMessage(problems,
                     QStringLiteral("Matching panel 10 Jan 2025 is before the link 3 Feb 2025.")));
}

TEST_CASE("a step is recorded once", "[domain][placement]")
{
    ChildPlacement p = matched();
    const Problems problems = recordStep(p, WorkflowStep::MatchDecision, d(2025, 3, 20), today);
    CHECK(hasRule(problems, QStringLiteral("workflow.already-recorded")));
    CHECK(p.child.journey.matchDecision == d(2025, 3, 14));
}

TEST_CASE("no move-in without a match decision", "[domain][placement]")
{
    ChildPlacement p = linked();
    REQUIRE(recordStep(p, WorkflowStep::MatchingPanel, d(2025, 3, 10), today).empty());
    const ChildPlacement before = p;
    const Problems problems = recordStep(p, WorkflowStep::MovedIn, d(2025, 4, 4), today);
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().field == QStringLiteral("Moved in"));
    CHECK(
        problems.front().message.startsWith(QStringLiteral("No move-in without a match decision")));
    CHECK(p == before);
}

TEST_CASE("the whole journey from link to adoption order", "[domain][placement]")
{
    ChildPlacement p = placed();
    CHECK(familyFindingStatus(p.child, today) == FamilyFindingStatus::Placed);
    REQUIRE(p.current() != nullptr);
    CHECK(p.current()->introductionsStart == d(2025, 3, 24));
    CHECK(p.current()->introductionsEnd == d(2025, 4, 4));

    SECTION("the order needs ten weeks of living together")
    {
        const Problems tooSoon = recordStep(p, WorkflowStep::AdoptionOrder, d(2025, 5, 1), today);
        CHECK(hasRule(tooSoon, QStringLiteral("workflow.order-too-soon")));
        CHECK(p.child.journey.adoptionOrder.isNull());
    }
    SECTION("then the order is made")
    {
        REQUIRE(recordStep(p, WorkflowStep::AdoptionOrder, d(2025, 6, 20), today).empty());
        CHECK(familyFindingStatus(p.child, today) == FamilyFindingStatus::Adopted);
    }
}

TEST_CASE("introductions begin after the match decision and end after they start",
          "[domain][placement]")
{
    ChildPlacement l = linked();
    CHECK(hasRule(recordIntroductions(l, d(2025, 3, 24), QDate(), today),
                  QStringLiteral("workflow.missing-step")));
    ChildPlacement m = matched();
    const ChildPlacement before = m;
    const Problems problems = recordIntroductions(m, d(2025, 3, 12), d(2025, 3, 11), today);
    CHECK(hasMessage(problems, QStringLiteral("Introductions start 12 Mar 2025 is before the "
                                              "match decision 14 Mar 2025.")));
    CHECK(hasMessage(problems, QStringLiteral("Introductions end 11 Mar 2025 is before the "
                                              "introductions start 12 Mar 2025.")));
    CHECK(m == before);
    REQUIRE(recordIntroductions(m, d(2025, 3, 24), QDate(), today).empty());
    CHECK(m.current()->introductionsEnd.isNull());
}

TEST_CASE("the move-in cannot come before introductions started", "[domain][placement]")
{
    ChildPlacement p = matched();
    REQUIRE(recordIntroductions(p, d(2025, 3, 24), QDate(), today).empty());
    CHECK_FALSE(recordStep(p, WorkflowStep::MovedIn, d(2025, 3, 20), today).empty());
}

TEST_CASE("an inter-agency fee only for a household approved by another agency",
          "[domain][placement]")
{
    SECTION("own agency's household: no fee")
    {
        ChildPlacement p = linked();
        const ChildPlacement before = p;
        const Problems problems =
            recordInterAgencyFee(p, household(), InterAgencyFee{2700000, QStringLiteral("STAFFS")});
        CHECK(hasRule(problems, QStringLiteral("workflow.not-inter-agency")));
        CHECK(p == before);
    }
    SECTION("voluntary agency's household: fee and paying council recorded")
    {
        ChildPlacement p = waiting();
        REQUIRE(link(p, interAgencyHousehold(), d(2025, 2, 3), QStringLiteral("Priya Shah"), today)
                    .empty());
        REQUIRE(recordInterAgencyFee(p, interAgencyHousehold(),
                                     InterAgencyFee{3924500, QStringLiteral(" STAFFS ")})
                    .empty());
        REQUIRE(p.current()->fee.has_value());
        CHECK(p.current()->fee->pence == 3924500);
        CHECK(p.current()->fee->payingCouncil == QStringLiteral("STAFFS"));
    }
    SECTION("a fee needs an amount and a paying council")
    {
        ChildPlacement p = waiting();
        REQUIRE(link(p, interAgencyHousehold(), d(2025, 2, 3), QStringLiteral("Priya Shah"), today)
                    .empty());
        const Problems problems =
            recordInterAgencyFee(p, interAgencyHousehold(), InterAgencyFee{0, QString()});
        CHECK(hasRule(problems, QStringLiteral("fee.not-positive")));
        CHECK(hasMessage(problems, QStringLiteral("Choose the council that pays the fee.")));
    }
    SECTION("no fee without a link")
    {
        ChildPlacement p = waiting();
        CHECK(hasRule(recordInterAgencyFee(p, interAgencyHousehold(),
                                           InterAgencyFee{3924500, QStringLiteral("STAFFS")}),
                      QStringLiteral("workflow.missing-step")));
    }
}

TEST_CASE("ending a link returns the child to family finding and keeps the history",
          "[domain][placement]")
{
    ChildPlacement p = linked();
    REQUIRE(recordStep(p, WorkflowStep::MatchingPanel, d(2025, 3, 10), today).empty());
    REQUIRE(endLink(p, d(2025, 3, 20), QStringLiteral("Adopters withdrew"), today).empty());
    CHECK(familyFindingStatus(p.child, today) == FamilyFindingStatus::ActivelyFamilyFinding);
    CHECK_FALSE(p.child.household.isValid());
    CHECK(p.child.journey.linked.isNull());
    CHECK(p.child.journey.matchingPanel.isNull());
    CHECK(p.current() == nullptr);
    REQUIRE(p.links.size() == 1);
    const LinkRecord& ended = p.links.front();
    CHECK(ended.outcome == LinkOutcome::Ended);
    CHECK(ended.household == HouseholdId{7});
    CHECK(ended.linked == d(2025, 2, 3));
    CHECK(ended.matchingPanel == d(2025, 3, 10));
    CHECK(ended.ended == d(2025, 3, 20));
    CHECK(ended.endReason == QStringLiteral("Adopters withdrew"));

    SECTION("a new link starts after the old one ended")
    {
        CHECK(hasMessage(link(p, household(9), d(2025, 3, 19), QStringLiteral("Priya Shah"), today),
                         QStringLiteral("Link 19 Mar 2025 is before the end of the previous link "
                                        "20 Mar 2025.")));
        REQUIRE(link(p, household(9), d(2025, 4, 1), QStringLiteral("Priya Shah"), today).empty());
        CHECK(p.links.size() == 2);
        CHECK(p.current()->household == HouseholdId{9});
    }
}

TEST_CASE("a link is ended with a reason, and not after the child moved in", "[domain][placement]")
{
    ChildPlacement l = linked();
    CHECK(hasMessage(endLink(l, d(2025, 3, 20), QString(), today),
                     QStringLiteral("Say why the link ended.")));
    ChildPlacement w = waiting();
    CHECK(hasMessage(endLink(w, d(2025, 3, 20), QStringLiteral("x"), today),
                     QStringLiteral("There is no link to end.")));
    ChildPlacement p = placed();
    const ChildPlacement before = p;
    CHECK(hasRule(endLink(p, d(2025, 5, 20), QStringLiteral("x"), today),
                  QStringLiteral("workflow.moved-in")));
    CHECK(p == before);
}

TEST_CASE("a disruption before the order is kept and returns the child to family finding",
          "[domain][placement]")
{
    ChildPlacement p = placed();
    const Disruption disruption{d(2025, 5, 30), QStringLiteral("Placement broke down"), true,
                                QStringLiteral("Earlier support plan")};
    REQUIRE(recordDisruption(p, disruption, today).empty());
    CHECK(familyFindingStatus(p.child, today) == FamilyFindingStatus::ActivelyFamilyFinding);
    CHECK_FALSE(p.child.household.isValid());
    CHECK(p.child.journey.movedIn.isNull());
    CHECK(p.child.journey.matchDecision.isNull());
    REQUIRE(p.child.pastPlacements.size() == 1);
    const PastPlacement& past = p.child.pastPlacements.front();
    CHECK(past.household == HouseholdId{7});
    CHECK(past.linked == d(2025, 2, 3));
    CHECK(past.matchDecision == d(2025, 3, 14));
    CHECK(past.movedIn == d(2025, 4, 4));
    CHECK(past.ended == d(2025, 5, 30));
    CHECK(past.reason == QStringLiteral("Placement broke down"));
    CHECK(past.reviewMeetingHeld);
    CHECK(past.learning == QStringLiteral("Earlier support plan"));
    REQUIRE(p.links.size() == 1);
    CHECK(p.links.front().outcome == LinkOutcome::Disrupted);
    CHECK(p.links.front().introductionsStart == d(2025, 3, 24));
    CHECK(validate(p.child, ValidationContext{today, nullptr}).empty());
}

TEST_CASE("a disruption needs a move-in, a reason, and no adoption order", "[domain][placement]")
{
    ChildPlacement m = matched();
    CHECK(hasRule(
        recordDisruption(m, Disruption{d(2025, 5, 30), QStringLiteral("x"), false, {}}, today),
        QStringLiteral("workflow.missing-step")));
    ChildPlacement p = placed();
    CHECK(hasMessage(recordDisruption(p, Disruption{d(2025, 5, 30), QString(), false, {}}, today),
                     QStringLiteral("Say why the placement ended.")));
    REQUIRE(recordStep(p, WorkflowStep::AdoptionOrder, d(2025, 6, 20), today).empty());
    const ChildPlacement before = p;
    CHECK(hasRule(
        recordDisruption(p, Disruption{d(2025, 6, 25), QStringLiteral("x"), false, {}}, today),
        QStringLiteral("workflow.adopted")));
    CHECK(p == before);
}

TEST_CASE("a sibling group is linked as one, all or none", "[domain][placement][siblings]")
{
    ChildPlacement tom = waiting(QStringLiteral("C-0001"), 1);
    ChildPlacement amy = waiting(QStringLiteral("C-0002"), 2);
    tom.child.siblingGroup = amy.child.siblingGroup = QStringLiteral("SG-01");

    SECTION("both linked")
    {
        QList<ChildPlacement> group{tom, amy};
        REQUIRE(linkGroup(group, household(), d(2025, 2, 3), QStringLiteral("Priya Shah"), today)
                    .empty());
        for (const ChildPlacement& p : group) {
            CHECK(p.child.household == HouseholdId{7});
            CHECK(p.child.journey.linked == d(2025, 2, 3));
        }
    }
    SECTION("one child cannot be linked: neither is")
    {
        amy.child.familyFindingStop = {d(2025, 1, 6), QStringLiteral("Ongoing assessment")};
        QList<ChildPlacement> group{tom, amy};
        const QList<ChildPlacement> before = group;
        const Problems problems =
            linkGroup(group, household(), d(2025, 2, 3), QStringLiteral("Priya Shah"), today);
        REQUIRE(problems.size() == 1);
        CHECK(problems.front().message.startsWith(QStringLiteral("C-0002: ")));
        CHECK(group == before);
    }
    SECTION("a household approved for fewer children")
    {
        AdopterHousehold h = household();
        h.terms.maxChildren = 1;
        QList<ChildPlacement> group{tom, amy};
        CHECK(hasMessage(
            linkGroup(group, h, d(2025, 2, 3), QStringLiteral("Priya Shah"), today),
            QStringLiteral("H-0001 is approved for 1 child at most; this group has 2 children.")));
    }
    SECTION("children of different groups are not one unit")
    {
        amy.child.siblingGroup = QStringLiteral("SG-02");
        QList<ChildPlacement> group{tom, amy};
        CHECK(hasRule(
            linkGroup(group, household(), d(2025, 2, 3), QStringLiteral("Priya Shah"), today),
            QStringLiteral("group.not-one-group")));
    }
    SECTION("then matched together")
    {
        QList<ChildPlacement> group{tom, amy};
        REQUIRE(linkGroup(group, household(), d(2025, 2, 3), QStringLiteral("Priya Shah"), today)
                    .empty());
        const auto step = [&](WorkflowStep s, QDate date) {
            return applyToGroup(group,
                                [&](ChildPlacement& p) { return recordStep(p, s, date, today); });
        };
        REQUIRE(step(WorkflowStep::MatchingPanel, d(2025, 3, 10)).empty());
        REQUIRE(step(WorkflowStep::MatchDecision, d(2025, 3, 14)).empty());
        CHECK(group[0].child.journey.matchDecision == d(2025, 3, 14));
        CHECK(group[1].child.journey.matchDecision == d(2025, 3, 14));
    }
}
