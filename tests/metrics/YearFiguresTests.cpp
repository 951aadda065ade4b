// The dashboard's figures are the same functions as the JSON and the report (issue 7).
#include "MeasuresTestSupport.h"
#include "metrics/MeasuresJson.h"
#include "metrics/YearFigures.h"

using namespace permanence::domain;
using namespace permanence::metrics;
using namespace permanence::test;

TEST_CASE("agency figures: the year, the 3-year figure and the trends are the indicators",
          "[metrics][dashboard]")
{
    // One child adopted in each of 2021-22, 2022-23 and 2023-24, with A10 300, 400 and 500 days,
    // in different councils.
    const std::vector<Child> children = {
        adoptedWithDays(1, 300, d(2021, 9, 1), QStringLiteral("SHROPS")),
        adoptedWithDays(2, 400, d(2022, 9, 1), QStringLiteral("STAFFS")),
        adoptedWithDays(3, 500, d(2023, 9, 1), QStringLiteral("STAFFS")),
    };
    const Agency agency = aFourCouncilAgency();
    const AgencyFigures f = agencyFigures(agency, children, {}, ReportingYear{2023});

    CHECK(f.year == ReportingYear{2023});
    CHECK(f.agency.name == agency.name);
    REQUIRE(f.councils.size() == static_cast<std::size_t>(agency.councils.size()));
    for (qsizetype i = 0; i < agency.councils.size(); ++i)
        CHECK(f.councils[static_cast<std::size_t>(i)].scope.councilCode ==
              agency.councils.at(i).code);

    REQUIRE(f.agency.a10.yearTrend.size() == 3);
    CHECK(f.agency.a10.yearTrend[0].period == Period::year(ReportingYear{2021}));
    CHECK(f.agency.a10.yearTrend[0].value == 300);
    CHECK(f.agency.a10.yearTrend[1].value == 400);
    CHECK(f.agency.a10.yearTrend[2].value == 500);
    CHECK(f.agency.a10.year == f.agency.a10.yearTrend.back());
    // Pooled over the three children: (300 + 400 + 500) / 3.
    CHECK(f.agency.a10.threeYear.value == 400);
    CHECK(f.agency.a10.threeYear ==
          indicator(children, Measure::A10, Period::threeYears(ReportingYear{2023})));
    CHECK(f.agency.a10.threeYearTrend[0].period == Period::threeYears(ReportingYear{2021}));
    CHECK(f.agency.a10.threeYearTrend[0].value == 300);
    CHECK(f.agency.a2.year.value == 60);

    const ScopeFigures& staffs = *std::find_if(f.councils.begin(), f.councils.end(), [](auto& s) {
        return s.scope.councilCode == QLatin1String("STAFFS");
    });
    CHECK(staffs.a10.threeYear.value == 450);
    CHECK(staffs.a10.threeYear.n == 2);
    CHECK(staffs.children == childrenFigures(children, AdopterSources{}, ReportingYear{2023},
                                             Scope::council(QStringLiteral("STAFFS"))));
    const ScopeFigures& stoke = *std::find_if(f.councils.begin(), f.councils.end(), [](auto& s) {
        return s.scope.councilCode == QLatin1String("STOKE");
    });
    CHECK_FALSE(stoke.a10.year.value.has_value()); // nobody adopted: no figure, not 0
}

TEST_CASE("measure settings are saved as JSON and read back", "[metrics][settings]")
{
    MeasureSettings s = MeasureSettings::defaults();
    s.benchmarks[Measure::A10].target.byYear.insert(2025, 400);
    s.benchmarks[Measure::A2].englandYear.byYear.insert(2023, 190);
    s.a3Rule.kind = A3Rule::Kind::Days;
    s.a3Rule.days = 420;

    const auto back = measureSettingsFromJson(toJson(s));
    REQUIRE(back);
    CHECK(*back == s);
    CHECK(back->target(Measure::A10, Period::year(ReportingYear{2026})) == 400);
    CHECK(back->target(Measure::A10, Period::year(ReportingYear{2024})) == 426);

    // Nothing saved: 003's defaults.
    const auto empty = measureSettingsFromJson({});
    REQUIRE(empty);
    CHECK(*empty == MeasureSettings::defaults());
}

TEST_CASE("bad measure settings name every setting that is wrong", "[metrics][settings]")
{
    QJsonObject json = toJson(MeasureSettings::defaults());
    QJsonObject a10 = json.value(QStringLiteral("a10")).toObject();
    a10.insert(QStringLiteral("targetFromYear"),
               QJsonObject{{QStringLiteral("2023-24"), -5}, {QStringLiteral("soon"), 400}});
    json.insert(QStringLiteral("a10"), a10);
    QJsonObject a2 = json.value(QStringLiteral("a2")).toObject();
    a2.insert(QStringLiteral("englandYear"),
              QJsonObject{{QStringLiteral("2023-24"), QStringLiteral("x")}});
    json.insert(QStringLiteral("a2"), a2);

    const auto read = measureSettingsFromJson(json);
    REQUIRE_FALSE(read);
    const Problems& problems = read.error().problems;
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].field == QStringLiteral("A10 target"));
    CHECK(problems[0].message.contains(QStringLiteral("2023-24")));
    CHECK(problems[1].message.contains(QStringLiteral("soon")));
    CHECK(problems[2].field == QStringLiteral("A2 England average (year)"));
}
