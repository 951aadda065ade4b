#include "Builders.h"
#include "domain/AdopterHousehold.h"
#include "domain/Agency.h"

using namespace permanence::domain;
using namespace permanence::test;

namespace {
const QDate today = d(2024, 6, 30);

Problems check(const AdopterHousehold& h)
{
    static const Agency agency = aFourCouncilAgency();
    return validate(h, ValidationContext{today, &agency});
}

bool has(const Problems& problems, const QString& rule)
{
    for (const auto& p : problems)
        if (p.rule == rule)
            return true;
    return false;
}
} // namespace

TEST_CASE("a couple approved by the agency is valid", "[domain][household]")
{
    CHECK(check(aHousehold().build()).empty());
    CHECK(aHousehold().build().displayName() == QStringLiteral("Sam & Priya Holloway"));
}

TEST_CASE("a household has one or two applicants", "[domain][household]")
{
    AdopterHousehold h = aHousehold().build();
    h.applicants.clear();
    CHECK(has(check(h), QStringLiteral("household.applicant-count")));
    h = aHousehold().build();
    h.relationship = Relationship::Single;
    CHECK(has(check(h), QStringLiteral("household.relationship")));
    h = aHousehold().build();
    h.applicants.append(h.applicants.first());
    CHECK(has(check(h), QStringLiteral("household.applicant-count")));
    CHECK(
        check(aHousehold().single(QStringLiteral("Jo"), QStringLiteral("Bright")).build()).empty());
}

TEST_CASE("applicants must be 21 by the approval date", "[domain][household]")
{
    AdopterHousehold h = aHousehold().build();
    h.applicants[0].dateOfBirth = d(2002, 3, 2);
    CHECK(has(check(h), QStringLiteral("household.applicant-too-young")));
    h.applicants[0].dateOfBirth = d(2002, 3, 1);
    CHECK(check(h).empty());
}

TEST_CASE("journey dates must run in order and never in the future", "[domain][household]")
{
    HouseholdJourney j = aHousehold().build().journey;
    j.stage2Start = d(2022, 5, 1); // before stage 1 ended
    j.approval = d(2024, 7, 1);
    const Problems p = check(aHousehold().journey(j).build());
    CHECK(has(p, QStringLiteral("journey.out-of-order")));
    CHECK(has(p, QStringLiteral("date.in-future")));
    bool named = false;
    for (const auto& problem : p)
        if (problem.message ==
            QStringLiteral("Stage 2 start 1 May 2022 is before stage 1 end 1 Jun 2022."))
            named = true;
    CHECK(named);
}

TEST_CASE("fast-track households start at stage 2", "[domain][household]")
{
    AdopterHousehold h = aHousehold().build();
    h.fastTrack = true;
    CHECK(has(check(h), QStringLiteral("household.fast-track-stage1")));
    h.journey.stage1Start = {};
    h.journey.stage1End = {};
    CHECK(check(h).empty());
    h.fastTrack = false;
    CHECK(has(check(h), QStringLiteral("milestone.missing-dependency")));
}

TEST_CASE("inter-agency households name their agency and need no hub", "[domain][household]")
{
    AdopterHousehold h = aHousehold().from(AdopterSource::VoluntaryAgency).build();
    CHECK(has(check(h), QStringLiteral("required")));
    h.sourceAgency = QStringLiteral("Northfield Family Adoption");
    CHECK(check(h).empty());
}

TEST_CASE("approval terms must make sense", "[domain][household]")
{
    ApprovalTerms terms;
    terms.maxChildren = 1;
    terms.minAge = 5;
    terms.maxAge = 2;
    terms.siblings = true;
    AdopterHousehold h = aHousehold().terms(terms).build();
    const Problems p = check(h);
    CHECK(has(p, QStringLiteral("terms.age-range")));
    CHECK(has(p, QStringLiteral("terms.siblings")));
}

TEST_CASE("a withdrawal needs a reason", "[domain][household]")
{
    AdopterHousehold h = aHousehold().build();
    h.withdrawal.date = d(2023, 6, 1);
    CHECK(has(check(h), QStringLiteral("required")));
    h.withdrawal.reason = QStringLiteral("Cost of living");
    CHECK(check(h).empty());
}

TEST_CASE("pauses need a start, a reason, an order and no overlap", "[domain][household]")
{
    AdopterHousehold h = aHousehold().build();
    h.pauses = {{d(2022, 3, 1), d(2022, 4, 1), QString()},
                {d(2022, 3, 15), QDate(), QStringLiteral("Bereavement")},
                {d(2022, 6, 1), d(2022, 5, 1), QStringLiteral("Illness")}};
    const Problems p = check(h);
    CHECK(has(p, QStringLiteral("pause.order")));
    CHECK(has(p, QStringLiteral("pause.overlap")));
    CHECK(has(p, QStringLiteral("required")));
    h.pauses = {{d(2022, 4, 1), d(2022, 5, 1), QStringLiteral("House move")}};
    CHECK(check(h).empty());
}

TEST_CASE("only an approved household can be de-registered, with a reason", "[domain][household]")
{
    AdopterHousehold h = aHousehold().build();
    h.deregistered = d(2023, 2, 1);
    const Problems p = check(h);
    CHECK(has(p, QStringLiteral("journey.out-of-order")));
    CHECK(has(p, QStringLiteral("required")));
    h.deregistered = d(2024, 2, 1);
    h.deregistrationReason = QStringLiteral("Change in health");
    CHECK(check(h).empty());
}
