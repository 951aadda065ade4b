#include "Builders.h"
#include "domain/AnnualReportInputs.h"

#include <catch2/catch.hpp>

using namespace permanence::domain;
using namespace permanence::test;

namespace {

bool hasRule(const Problems& problems, const char* rule)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [&](const Problem& p) { return p.rule == QLatin1String(rule); });
}

} // namespace

TEST_CASE("a manager's report figures are checked, every problem at once", "[domain][report]")
{
    const Agency agency = aFourCouncilAgency();
    AnnualReportInputs inputs;
    inputs.year = ReportingYear{2023};
    inputs.childrenInCare = {{QStringLiteral("SHROPS"), 720}, {QStringLiteral("STAFFS"), 1310}};
    inputs.childrenInCareUnder6 = {{QStringLiteral("SHROPS"), 189}};
    inputs.finance = {{QStringLiteral("Central Permanency Hub"),
                       QStringLiteral("Central Permanency Hub"), 295175, 363711}};
    inputs.narrative = {{QStringLiteral("introduction"), QStringLiteral("This is the fourth…")}};
    inputs.signedOn = d(2024, 9, 20);
    CHECK(validate(inputs, agency, d(2024, 10, 1)).empty());
    CHECK(inputs.finance[0].variance() == 68536);

    inputs.childrenInCare.insert(QStringLiteral("NOWHERE"), 10);
    inputs.childrenInCare.insert(QStringLiteral("STOKE"), -1);
    inputs.childrenInCareUnder6.insert(QStringLiteral("STAFFS"), 2000);
    inputs.finance.push_back({QStringLiteral("Parking"), QString(), 1, 2});
    inputs.narrative.insert(QStringLiteral("weather"), QStringLiteral("Sunny"));
    inputs.signedOn = d(2024, 10, 2);
    const Problems problems = validate(inputs, agency, d(2024, 10, 1));
    CHECK(hasRule(problems, "report.unknown-council"));
    CHECK(hasRule(problems, "report.negative"));
    CHECK(hasRule(problems, "report.part-above-whole"));
    CHECK(hasRule(problems, "report.finance-line"));
    CHECK(hasRule(problems, "report.finance-table"));
    CHECK(hasRule(problems, "report.section"));
    CHECK(hasRule(problems, "report.future"));
    CHECK(problems.size() == 7);
    for (const Problem& p : problems)
        CHECK_FALSE(p.field.isEmpty());
}

TEST_CASE("the report's sections and finance tables have stable keys", "[domain][report]")
{
    const auto& sections = annualReportSections();
    REQUIRE(sections.size() >= 15);
    CHECK(sections.front().key == QStringLiteral("introduction"));
    CHECK(sections.back().key == QStringLiteral("priorities"));
    CHECK(financeTables().size() == 4);
}
