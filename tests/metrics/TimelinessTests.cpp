// Indicators over cohorts (measures.md §1.2–1.4, data-model.md §8.3 step 7): cohort by adoption
// order date, pooled 3-year figures, per council and pooled agency, rounding.
#include "MeasuresTestSupport.h"
#include "metrics/MeasureSettings.h"
#include "metrics/Timeliness.h"

#include <catch2/catch.hpp>

using namespace permanence::domain;
using namespace permanence::metrics;
using namespace permanence::test;

namespace {
const ReportingYear y2021{2021}, y2022{2022}, y2023{2023};
} // namespace

TEST_CASE("periods run 1 April to 31 March, both days included", "[metrics][timeliness]")
{
    const Period year = Period::year(y2023);
    CHECK(year.start() == d(2023, 4, 1));
    CHECK(year.end() == d(2024, 3, 31));
    CHECK(year.label() == QStringLiteral("2023-24"));
    const Period three = Period::threeYears(y2023);
    CHECK(three.start() == d(2021, 4, 1));
    CHECK(three.end() == d(2024, 3, 31));
    CHECK(three.label() == QStringLiteral("2021-24"));
    CHECK(three.contains(d(2021, 4, 1)));
    CHECK_FALSE(three.contains(d(2021, 3, 31)));
    CHECK_FALSE(three.contains(QDate()));
}

TEST_CASE("the mean is rounded to the nearest day, halves away from zero", "[metrics][timeliness]")
{
    CHECK(roundedMean(1540, 3) == 513); // 513.33
    CHECK(roundedMean(1460, 3) == 487); // 486.67
    CHECK(roundedMean(273, 2) == 137);  // 136.5 → 137
    CHECK(roundedMean(271, 2) == 136);  // 135.5 → 136
    CHECK(roundedMean(-5, 2) == -3);    // −2.5 → −3
    CHECK(roundedMean(0, 4) == 0);
}

TEST_CASE("worked examples as a cohort: each child lands in the year of its adoption order",
          "[metrics][timeliness]")
{
    // Example 1 adopted 12 Jan 2023 (2022-23): A10 398, A2 97. Its placement order (15 Mar 2022)
    // was in 2021-22, yet it counts only in 2022-23.
    const Child one = withId(aChild()
                                 .enteredCare(d(2021, 6, 1))
                                 .agencyDecision(d(2022, 1, 10))
                                 .placementOrder(d(2022, 3, 15))
                                 .matchDecision(d(2022, 6, 20))
                                 .movedIn(d(2022, 7, 4))
                                 .adoptionOrder(d(2023, 1, 12))
                                 .build(),
                             1);
    // Example 2 adopted 2 Jun 2022 (2022-23 too): A10 189, A2 153.
    const Child two = withId(aChild()
                                 .enteredCare(d(2020, 2, 3))
                                 .agencyDecision(d(2021, 3, 1))
                                 .placementOrder(d(2021, 6, 1))
                                 .matchDecision(d(2021, 11, 1))
                                 .movedIn(d(2021, 11, 1))
                                 .adoptionOrder(d(2022, 6, 2))
                                 .adoptedByFosterCarers(d(2020, 8, 10))
                                 .build(),
                             2);
    const std::vector<Child> children = {one, two};

    const Indicator a10 = indicator(children, Measure::A10, Period::year(y2022));
    CHECK(a10.n == 2);
    CHECK(a10.totalDays == 587); // 398 + 189
    CHECK(a10.value == 294);     // 293.5 → 294
    CHECK(*a10.exactMean == Approx(293.5));
    REQUIRE(a10.children.size() == 2);
    CHECK(a10.children[0] == CohortChild{ChildId{1}, QStringLiteral("C1"), QStringLiteral("STAFFS"),
                                         d(2023, 1, 12), 398});
    CHECK(a10.children[1].days == 189);

    const Indicator a2 = indicator(children, Measure::A2, Period::year(y2022));
    CHECK(a2.value == 125); // (97 + 153) / 2
    const Indicator a1 = indicator(children, Measure::A1, Period::year(y2022));
    CHECK(a1.value == 518); // (398 + 637) / 2 = 517.5 → 518

    // The placement order year has nobody: the cohort is by adoption order only.
    const Indicator a2Before = indicator(children, Measure::A2, Period::year(y2021));
    CHECK(a2Before.n == 0);
    CHECK_FALSE(a2Before.value.has_value());
    CHECK_FALSE(a2Before.exactMean.has_value());
}

TEST_CASE("the 3-year figure pools children: 513.3, not the mean of means 486.7",
          "[metrics][timeliness]")
{
    // measures.md §1.7: 10 children at 400 days (2021-22), 20 at 500 (2022-23), 30 at 560
    // (2023-24). Pooled: (4000 + 10000 + 16800) / 60 = 513.33; yearly means 400, 500, 560
    // average 486.67.
    std::vector<Child> children;
    qint64 id = 1;
    for (int i = 0; i < 10; ++i)
        children.push_back(adoptedWithDays(id++, 400, d(2021, 9, 1)));
    for (int i = 0; i < 20; ++i)
        children.push_back(adoptedWithDays(id++, 500, d(2022, 9, 1)));
    for (int i = 0; i < 30; ++i)
        children.push_back(adoptedWithDays(id++, 560, d(2023, 9, 1)));

    const Indicator pooled = indicator(children, Measure::A10, Period::threeYears(y2023));
    CHECK(pooled.n == 60);
    CHECK(*pooled.exactMean == Approx(513.333).epsilon(1e-5));
    CHECK(pooled.value == 513);

    double meanOfMeans = 0;
    for (const ReportingYear& y : {y2021, y2022, y2023})
        meanOfMeans += *indicator(children, Measure::A10, Period::year(y)).exactMean / 3;
    CHECK(meanOfMeans == Approx(486.667).epsilon(1e-5));
    CHECK(pooled.value != qRound64(meanOfMeans));
}

TEST_CASE("a small year weighs less than a big one in the 3-year figure", "[metrics][timeliness]")
{
    // 2021-22: one child at 100 days; 2023-24: three at 300. Pooled (100 + 900) / 4 = 250;
    // the mean of the two yearly figures would be 200.
    const std::vector<Child> children = {
        adoptedWithDays(1, 100, d(2021, 5, 1)), adoptedWithDays(2, 300, d(2023, 5, 1)),
        adoptedWithDays(3, 300, d(2023, 6, 1)), adoptedWithDays(4, 300, d(2023, 7, 1))};
    CHECK(indicator(children, Measure::A10, Period::threeYears(y2023)).value == 250);
}

TEST_CASE("orders on 31 March and 1 April fall in the right year, leap day included",
          "[metrics][timeliness]")
{
    const std::vector<Child> children = {
        adoptedWithDays(1, 300, d(2024, 3, 31)), // last day of 2023-24
        adoptedWithDays(2, 400, d(2024, 4, 1)),  // first day of 2024-25
        adoptedWithDays(3, 500, d(2023, 4, 1)),  // first day of 2023-24
        adoptedWithDays(4, 600, d(2023, 3, 31)), // last day of 2022-23
        adoptedWithDays(5, 200, d(2024, 2, 29)), // leap day, 2023-24
        adoptedWithDays(6, 700, d(2021, 3, 31)), // just before the 3-year period 2021-24
        adoptedWithDays(7, 800, d(2021, 4, 1)),  // its first day
    };
    const Indicator year = indicator(children, Measure::A10, Period::year(y2023));
    CHECK(idsOf([&] {
              std::vector<ChildId> ids;
              for (const auto& c : year.children)
                  ids.push_back(c.id);
              return ids;
          }()) == std::vector<qint64>{1, 3, 5});
    CHECK(year.value == 333); // (300 + 500 + 200) / 3 = 333.3
    CHECK(indicator(children, Measure::A10, Period::year(ReportingYear{2024})).value == 400);
    CHECK(indicator(children, Measure::A10, Period::year(y2022)).value == 600);
    const Indicator three = indicator(children, Measure::A10, Period::threeYears(y2023));
    CHECK(three.n == 5); // 1, 3, 4, 5, 7 — not 2 (2024-25) nor 6 (2020-21)
    CHECK(three.totalDays == 300 + 500 + 600 + 200 + 800);
}

TEST_CASE("per council figures and the pooled agency figure", "[metrics][timeliness]")
{
    // SHROPS: 300 and 500 → 400. STAFFS: 100 → 100. Agency pooled over children:
    // (300 + 500 + 100) / 3 = 300, not the mean of the council figures (250).
    const std::vector<Child> children = {
        adoptedWithDays(1, 300, d(2023, 6, 1), QStringLiteral("SHROPS")),
        adoptedWithDays(2, 500, d(2023, 7, 1), QStringLiteral("SHROPS")),
        adoptedWithDays(3, 100, d(2023, 8, 1), QStringLiteral("STAFFS")),
    };
    const Period p = Period::year(y2023);
    CHECK(indicator(children, Measure::A10, p, Scope::council(QStringLiteral("SHROPS"))).value ==
          400);
    CHECK(indicator(children, Measure::A10, p, Scope::council(QStringLiteral("STAFFS"))).value ==
          100);
    CHECK(indicator(children, Measure::A10, p, Scope::council(QStringLiteral("STOKE"))).n == 0);
    CHECK(indicator(children, Measure::A10, p).value == 300);
}

TEST_CASE("excluded and archived children", "[metrics][timeliness]")
{
    Child consent = adoptedWithDays(1, 300, d(2023, 6, 1));
    consent.journey.authority = PlacementAuthority::Consent;
    Child archived = adoptedWithDays(2, 900, d(2023, 6, 1));
    archived.archived = true;
    const std::vector<Child> children = {consent, archived, adoptedWithDays(3, 500, d(2023, 6, 1))};
    const Period p = Period::year(y2023);

    // Consent: in A10 (300 and 500 → 400), out of A2 with its reason listed.
    CHECK(indicator(children, Measure::A10, p).value == 400);
    const Indicator a2 = indicator(children, Measure::A2, p);
    CHECK(a2.n == 1);
    CHECK(a2.value == 60);
    REQUIRE(a2.excluded.size() == 1);
    CHECK(a2.excluded[0].id == ChildId{1});
    CHECK(a2.excluded[0].reason == Exclusion::ConsentPlacement);
}

TEST_CASE("A3 counts children who moved in within 14 months", "[metrics][timeliness]")
{
    // 400 days (entered 120 + 400 days before the order): 14 calendar months is ≥ 424 days, so
    // within; 500 days is not.
    const std::vector<Child> children = {adoptedWithDays(1, 400, d(2023, 6, 1)),
                                         adoptedWithDays(2, 500, d(2023, 7, 1)),
                                         adoptedWithDays(3, 300, d(2023, 8, 1))};
    const A3Indicator a3 = a3Indicator(children, Period::year(y2023));
    CHECK(a3.n == 3);
    CHECK(a3.lessThan14Months == 2);
    CHECK(idsOf(a3.lessThan14MonthsIds) == std::vector<qint64>{1, 3});
    CHECK(*a3.share == Approx(2.0 / 3));
}

TEST_CASE("targets and England averages are yearly settings", "[metrics][settings]")
{
    const MeasureSettings s = MeasureSettings::defaults();
    CHECK(s.target(Measure::A10, Period::threeYears(y2023)) == 426);
    CHECK(s.target(Measure::A10, Period::year(ReportingYear{2030})) == 426); // holds until changed
    CHECK(s.target(Measure::A2, Period::year(y2023)) == 121);
    CHECK_FALSE(s.target(Measure::A10, Period::year(ReportingYear{2010})).has_value());
    CHECK(s.englandAverage(Measure::A10, Period::threeYears(ReportingYear{2021})) == 445);
    CHECK(s.englandAverage(Measure::A10, Period::threeYears(y2022)) == 480);
    CHECK(s.englandAverage(Measure::A10, Period::threeYears(y2023)) == 475);
    CHECK(s.englandAverage(Measure::A2, Period::threeYears(y2023)) == 197);
    CHECK(s.englandAverage(Measure::A2, Period::threeYears(ReportingYear{2021})) == 196);
    // An average belongs to its own period only; no annual England figures are seeded.
    CHECK_FALSE(s.englandAverage(Measure::A10, Period::threeYears(ReportingYear{2024})));
    CHECK_FALSE(s.englandAverage(Measure::A10, Period::year(y2023)));

    MeasureSettings edited = s;
    edited.benchmarks[Measure::A2].target.byYear.insert(2024, 100);
    CHECK(edited.target(Measure::A2, Period::year(y2023)) == 121);
    CHECK(edited.target(Measure::A2, Period::year(ReportingYear{2025})) == 100);

    // 003 §3.6: T4C's 495 is above both the 426 target and the England average of 475.
    CHECK(compare(495, 426) == Against::Above);
    CHECK(compare(426, 426) == Against::Equal);
    CHECK(compare(180, 197) == Against::Below);
    CHECK(againstCode(Against::Above) == QStringLiteral("above"));
}
