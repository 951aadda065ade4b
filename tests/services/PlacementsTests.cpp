#include "Builders.h"
#include "services/Placements.h"
#include "services/Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace permanence;
using namespace permanence::domain;
using namespace permanence::test;

namespace {

struct OpenWorkspace
{
    QTemporaryDir dir;
    FixedClock clock{d(2025, 6, 30)};
    std::unique_ptr<services::Workspace> ws;

    OpenWorkspace()
    {
        auto opened = services::Workspace::open(dir.filePath(QStringLiteral("ws.sqlite")), clock,
                                                Actor{QStringLiteral("p.shah")});
        REQUIRE(opened);
        ws = std::move(*opened);
        REQUIRE(ws->setAgency(aFourCouncilAgency()));
    }

    ChildId child(const QString& reference, const QString& group = {}, QDate born = d(2020, 3, 1))
    {
        auto id = ws->createChild(aChild()
                                      .reference(reference)
                                      .bornOn(born)
                                      .siblingGroup(group)
                                      .agencyDecision(d(2024, 9, 2))
                                      .placementOrder(d(2024, 11, 4))
                                      .build());
        REQUIRE(id);
        return *id;
    }

    HouseholdId household(const QString& reference, AdopterSource source = AdopterSource::OwnAgency)
    {
        HouseholdBuilder b = aHousehold().reference(reference);
        if (source != AdopterSource::OwnAgency)
            b.from(source, QStringLiteral("Adoption Focus"));
        auto id = ws->createHousehold(b.build());
        REQUIRE(id);
        return *id;
    }
};

bool hasRule(const Error& error, const QString& rule)
{
    return std::any_of(error.problems.begin(), error.problems.end(),
                       [&](const Problem& p) { return p.rule == rule; });
}

} // namespace

TEST_CASE("linking one child of a group links the whole group and announces it",
          "[services][placements]")
{
    OpenWorkspace w;
    const ChildId tom = w.child(QStringLiteral("C-1"), QStringLiteral("SG-1"), d(2019, 5, 1));
    const ChildId amy = w.child(QStringLiteral("C-2"), QStringLiteral("SG-1"), d(2021, 5, 1));
    const HouseholdId h = w.household(QStringLiteral("H-1"));
    services::Placements placements(*w.ws);
    QSignalSpy children(w.ws.get(), &services::Workspace::childrenChanged);
    QSignalSpy households(w.ws.get(), &services::Workspace::householdsChanged);

    REQUIRE(placements.link(amy, h, d(2025, 2, 3), QStringLiteral("Priya Shah")));
    CHECK(children.count() == 1);
    CHECK(households.count() == 1);
    for (ChildId id : {tom, amy}) {
        auto p = placements.placement(id);
        REQUIRE(p);
        CHECK(p->child.household == h);
        CHECK(p->child.journey.linked == d(2025, 2, 3));
        REQUIRE(p->current() != nullptr);
        CHECK(p->current()->familyFinder == QStringLiteral("Priya Shah"));
    }

    SECTION("the tracker shows the group as one row")
    {
        auto rows = placements.tracker();
        REQUIRE(rows);
        REQUIRE(rows->size() == 1);
        const services::TrackerRow& row = rows->front();
        CHECK(row.children == std::vector{tom, amy});
        CHECK(row.childReferences == QStringLiteral("C-1, C-2"));
        CHECK(row.childNames == QStringLiteral("Ellie and Ellie"));
        CHECK(row.householdReference == QStringLiteral("H-1"));
        CHECK(row.linked == d(2025, 2, 3));
        CHECK(row.daysSinceLink == d(2025, 2, 3).daysTo(d(2025, 6, 30)));
        CHECK(row.daysSincePlacementOrder == d(2024, 11, 4).daysTo(d(2025, 6, 30)));
        CHECK(row.status == FamilyFindingStatus::Linked);
    }
    SECTION("each step applies to both children")
    {
        REQUIRE(placements.recordStep(tom, WorkflowStep::MatchingPanel, d(2025, 3, 10)));
        REQUIRE(placements.recordStep(amy, WorkflowStep::MatchDecision, d(2025, 3, 14)));
        for (ChildId id : {tom, amy})
            CHECK(w.ws->child(id)->journey.matchDecision == d(2025, 3, 14));
        auto rows = placements.tracker();
        REQUIRE(rows);
        CHECK(rows->front().status == FamilyFindingStatus::MatchedMovingIn);
    }
    SECTION("ending the link returns both to family finding")
    {
        REQUIRE(placements.endLink(tom, d(2025, 3, 1), QStringLiteral("Adopters withdrew")));
        for (ChildId id : {tom, amy}) {
            auto p = placements.placement(id);
            REQUIRE(p);
            CHECK_FALSE(p->child.household.isValid());
            CHECK(p->links.front().outcome == LinkOutcome::Ended);
        }
        CHECK(placements.tracker()->empty());
    }
}

TEST_CASE("a busy household is not linked with another child", "[services][placements]")
{
    OpenWorkspace w;
    const ChildId first = w.child(QStringLiteral("C-1"));
    const ChildId second = w.child(QStringLiteral("C-2"));
    const HouseholdId h = w.household(QStringLiteral("H-1"));
    services::Placements placements(*w.ws);
    REQUIRE(placements.link(first, h, d(2025, 2, 3), QStringLiteral("Priya Shah")));
    auto refused = placements.link(second, h, d(2025, 2, 4), QStringLiteral("Priya Shah"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Validation);
    CHECK(hasRule(refused.error(), QStringLiteral("workflow.household-busy")));
    CHECK_FALSE(w.ws->child(second)->household.isValid());
}

TEST_CASE("a refused step changes nothing and says why", "[services][placements]")
{
    OpenWorkspace w;
    const ChildId c = w.child(QStringLiteral("C-1"));
    services::Placements placements(*w.ws);
    QSignalSpy children(w.ws.get(), &services::Workspace::childrenChanged);
    auto refused = placements.recordStep(c, WorkflowStep::MatchDecision, d(2025, 3, 14));
    REQUIRE_FALSE(refused);
    REQUIRE(refused.error().problems.size() == 1);
    CHECK(refused.error().problems.front().message ==
          QStringLiteral("No match decision without a link: link a household first."));
    CHECK(children.count() == 0);
}

TEST_CASE("a group's inter-agency fee is recorded once, on the eldest child's link",
          "[services][placements]")
{
    OpenWorkspace w;
    const ChildId tom = w.child(QStringLiteral("C-1"), QStringLiteral("SG-1"), d(2019, 5, 1));
    const ChildId amy = w.child(QStringLiteral("C-2"), QStringLiteral("SG-1"), d(2021, 5, 1));
    const HouseholdId h = w.household(QStringLiteral("H-1"), AdopterSource::VoluntaryAgency);
    services::Placements placements(*w.ws);
    REQUIRE(placements.link(tom, h, d(2025, 2, 3), QStringLiteral("Priya Shah")));
    REQUIRE(
        placements.recordInterAgencyFee(amy, InterAgencyFee{3924500, QStringLiteral("STAFFS")}));
    CHECK(placements.placement(tom)->current()->fee ==
          InterAgencyFee{3924500, QStringLiteral("STAFFS")});
    CHECK_FALSE(placements.placement(amy)->current()->fee.has_value());
    CHECK(placements.tracker()->front().fee.has_value());
}

TEST_CASE("a child's unit is ranked against every household", "[services][placements]")
{
    OpenWorkspace w;
    const ChildId c = w.child(QStringLiteral("C-1"));
    w.household(QStringLiteral("H-1"));
    w.household(QStringLiteral("H-2"), AdopterSource::VoluntaryAgency);
    services::Placements placements(*w.ws);
    auto ranking = placements.rank(c);
    REQUIRE(ranking);
    CHECK(ranking->ranking.ranked.size() + ranking->ranking.excluded.size() == 2);
    CHECK(ranking->unit.size() == 1);
    CHECK(ranking->householdNames.size() == 2);
}
