#include "Builders.h"
#include "domain/Agency.h"
#include "domain/Child.h"

using namespace permanence::domain;
using namespace permanence::test;

namespace {
const QDate today = d(2024, 6, 30);

Problems check(const Child& c)
{
    static const Agency agency = aFourCouncilAgency();
    return validate(c, ValidationContext{today, &agency});
}

const Problem* find(const Problems& problems, const QString& field, const QString& rule)
{
    for (const auto& p : problems)
        if (p.field == field && p.rule == rule)
            return &p;
    return nullptr;
}
} // namespace

TEST_CASE("a child with a complete, ordered journey is valid", "[domain][child]")
{
    const Child c = aChild()
                        .enteredCare(d(2021, 6, 1))
                        .agencyDecision(d(2022, 1, 10))
                        .placementOrder(d(2022, 3, 15))
                        .linked(d(2022, 5, 1))
                        .with(Milestone::MatchingPanel, d(2022, 6, 13))
                        .matchDecision(d(2022, 6, 20))
                        .movedIn(d(2022, 7, 4))
                        .adoptionOrder(d(2023, 1, 12))
                        .build();
    CHECK(check(c).empty());
}

TEST_CASE("a placement order before the agency decision is named with both dates",
          "[domain][child]")
{
    const Child c = aChild().agencyDecision(d(2023, 4, 10)).placementOrder(d(2023, 3, 1)).build();
    const Problems p = check(c);
    const Problem* problem =
        find(p, QStringLiteral("Placement order"), QStringLiteral("milestone.before-dependency"));
    REQUIRE(problem != nullptr);
    CHECK(problem->message ==
          QStringLiteral("Placement order 1 Mar 2023 is before the agency decision 10 Apr 2023."));
}

TEST_CASE("no milestone may be in the future", "[domain][child]")
{
    const Child c = aChild().agencyDecision(d(2024, 7, 1)).build();
    const Problem* p =
        find(check(c), QStringLiteral("Agency decision"), QStringLiteral("date.in-future"));
    REQUIRE(p != nullptr);
    CHECK(p->message == QStringLiteral("Agency decision 1 Jul 2024 is in the future."));
    CHECK(check(aChild().agencyDecision(today).build()).empty());
}

TEST_CASE("no milestone may be before birth or before entering care", "[domain][child]")
{
    const Child c = aChild().bornOn(d(2020, 5, 4)).enteredCare(d(2020, 5, 1)).build();
    CHECK(find(check(c), QStringLiteral("Entered care"), QStringLiteral("date.before-birth")));

    const Child c2 = aChild().enteredCare(d(2021, 6, 1)).agencyDecision(d(2021, 5, 1)).build();
    const Problem* p = find(check(c2), QStringLiteral("Agency decision"),
                            QStringLiteral("milestone.before-dependency"));
    REQUIRE(p != nullptr);
    CHECK(p->message ==
          QStringLiteral(
              "Agency decision 1 May 2021 is before the date the child entered care 1 Jun 2021."));
}

TEST_CASE("a milestone cannot be recorded while the one it depends on is missing",
          "[domain][child]")
{
    Child c = aChild().build();
    c.journey.enteredCare = {};
    c.journey.movedIn = d(2022, 7, 4);
    const Problems p = check(c);
    const Problem* moved =
        find(p, QStringLiteral("Moved in"), QStringLiteral("milestone.missing-dependency"));
    REQUIRE(moved != nullptr);
    CHECK(moved->message ==
          QStringLiteral("Moved in is recorded but the match decision is missing."));
}

TEST_CASE("an adoption order needs authority to place", "[domain][child]")
{
    const Child c = aChild()
                        .agencyDecision(d(2022, 1, 10))
                        .linked(d(2022, 5, 1))
                        .matchDecision(d(2022, 6, 20))
                        .movedIn(d(2022, 7, 4))
                        .adoptionOrder(d(2023, 1, 12))
                        .build();
    CHECK(find(check(c), QStringLiteral("Adoption order"),
               QStringLiteral("milestone.missing-dependency")));
}

TEST_CASE("identity problems are all reported together", "[domain][child]")
{
    Child c;
    c.ethnicity = QStringLiteral("XXXX");
    c.councilCode = QStringLiteral("MARS");
    const Problems p = check(c);
    CHECK(find(p, QStringLiteral("Reference"), QStringLiteral("required")));
    CHECK(find(p, QStringLiteral("Forename"), QStringLiteral("required")));
    CHECK(find(p, QStringLiteral("Surname"), QStringLiteral("required")));
    CHECK(find(p, QStringLiteral("Date of birth"), QStringLiteral("required")));
    CHECK(find(p, QStringLiteral("Sex"), QStringLiteral("required")));
    CHECK(find(p, QStringLiteral("Ethnicity"), QStringLiteral("ethnicity.unknown-code")));
    CHECK(find(p, QStringLiteral("Council"), QStringLiteral("council.unknown")));
    CHECK(p.size() == 7);
}

TEST_CASE("a foster-carer adoption needs the date the child moved in with the carers",
          "[domain][child]")
{
    Child c = aChild().build();
    c.journey.fosterCarerAdoption = true;
    CHECK(
        find(check(c), QStringLiteral("Moved in with foster carers"), QStringLiteral("required")));
    c.journey.movedInWithCarers = d(2021, 8, 10);
    CHECK(check(c).empty());
    c.journey.movedInWithCarers = d(2021, 5, 1);
    CHECK(find(check(c), QStringLiteral("Moved in with foster carers"),
               QStringLiteral("milestone.before-dependency")));
}

TEST_CASE("endings need a date, a reason and an agency decision", "[domain][child]")
{
    Child c = aChild().build();
    c.planChange.date = d(2022, 1, 1);
    c.familyFindingStop.reason = QStringLiteral("Ongoing assessment");
    const Problems p = check(c);
    CHECK(find(p, QStringLiteral("Plan changed"), QStringLiteral("milestone.missing-dependency")));
    CHECK(find(p, QStringLiteral("Plan change reason"), QStringLiteral("required")));
    CHECK(find(p, QStringLiteral("Family finding stopped"), QStringLiteral("required")));

    Child ok = aChild().agencyDecision(d(2022, 1, 10)).build();
    ok.planChange = {d(2022, 9, 1), QStringLiteral("Birth family assessed positively"),
                     QStringLiteral("Special guardianship order")};
    CHECK(check(ok).empty());
}

TEST_CASE("early permanence placement follows entering care and precedes the adoptive move",
          "[domain][child]")
{
    Child c = aChild().earlyPermanence(d(2021, 5, 1)).build();
    CHECK(find(check(c), QStringLiteral("Early permanence placement"),
               QStringLiteral("milestone.before-dependency")));
    c = aChild().earlyPermanence(d(2021, 6, 20)).build();
    CHECK(check(c).empty());
}
