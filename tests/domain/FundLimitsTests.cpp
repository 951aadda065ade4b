#include "domain/FundLimits.h"

#include <catch2/catch.hpp>

using namespace permanence::domain;

namespace {

SupportFundApplication anApplication(QDate applied, FundType type, Pence requested, int child = 1)
{
    SupportFundApplication a;
    a.applied = applied;
    a.childNumber = child;
    a.type = type;
    a.provider = QStringLiteral("Attachment therapy service");
    a.requested = requested;
    a.financialYear = ReportingYear::containing(applied);
    return a;
}

bool has(const Problems& problems, const QString& rule)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [&](const Problem& p) { return p.rule == rule; });
}

constexpr Pence pounds(qint64 p)
{
    return p * 100;
}

} // namespace

TEST_CASE("money reads and prints as people write it", "[domain][support][fund]")
{
    CHECK(formatMoney(pounds(5000)) == QStringLiteral("£5,000"));
    CHECK(formatMoney(123450) == QStringLiteral("£1,234.50"));
    CHECK(formatMoney(5) == QStringLiteral("£0.05"));
    CHECK(formatMoney(pounds(1234567)) == QStringLiteral("£1,234,567"));
    CHECK(parseMoney(QStringLiteral("£5,000")) == pounds(5000));
    CHECK(parseMoney(QStringLiteral("1234.5")) == 123450);
    CHECK(parseMoney(QStringLiteral(" 12.05 ")) == 1205);
    CHECK_FALSE(parseMoney(QStringLiteral("five")).has_value());
    CHECK_FALSE(parseMoney(QString()).has_value());
}

TEST_CASE("the limit in force is the latest rule started by the application date",
          "[domain][support][fund]")
{
    const FundLimits limits = FundLimits::defaults();
    CHECK_FALSE(limits.ruleOn(QDate(2016, 9, 30)).has_value());
    CHECK(limits.ruleOn(QDate(2016, 10, 1))->assessment == 0);
    CHECK(limits.ruleOn(QDate(2017, 4, 1))->assessment == pounds(2500));

    const auto march = limits.ruleOn(QDate(2025, 3, 31));
    REQUIRE(march.has_value());
    CHECK(march->therapy == pounds(5000));
    CHECK(march->assessment == pounds(2500));
    CHECK(march->combined == 0);
    CHECK(march->matchFunding);

    const auto april = limits.ruleOn(QDate(2025, 4, 1));
    REQUIRE(april.has_value());
    CHECK(april->combined == pounds(3000));
    CHECK_FALSE(april->matchFunding);
}

TEST_CASE("an application on 31 Mar 2025 is held to the 2024-25 limits", "[domain][support][fund]")
{
    const FundLimits limits = FundLimits::defaults();
    const QDate day(2025, 3, 31);
    // £4,000 therapy is inside £5,000; £2,000 assessment inside its separate £2,500.
    const auto therapy = anApplication(day, FundType::Therapy, pounds(4000));
    const auto assessment = anApplication(day, FundType::SpecialistAssessment, pounds(2000));
    CHECK(fundLimitWarnings(therapy, {therapy, assessment}, limits).empty());
    CHECK(fundLimitWarnings(assessment, {therapy, assessment}, limits).empty());

    // Another £1,500 of therapy takes the child to £5,500: match funding above £5,000.
    const auto more = anApplication(day, FundType::Therapy, pounds(1500));
    const Problems warnings = fundLimitWarnings(more, {therapy, assessment}, limits);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].field == QStringLiteral("Amount requested"));
    CHECK(warnings[0].rule == QStringLiteral("fund.above-limit"));
    CHECK(warnings[0].message.contains(QStringLiteral("£5,500")));
    CHECK(warnings[0].message.contains(QStringLiteral("2024-25")));
    CHECK(warnings[0].message.contains(QStringLiteral("£500 above it needs match funding")));
}

TEST_CASE("an application on 1 Apr 2025 is held to £3,000 in total with no match funding",
          "[domain][support][fund]")
{
    const FundLimits limits = FundLimits::defaults();
    const QDate day(2025, 4, 1);
    const auto therapy = anApplication(day, FundType::Therapy, pounds(2000));
    CHECK(fundLimitWarnings(therapy, {}, limits).empty());

    // The same £2,000 therapy and £2,000 assessment that were fine a day earlier now share £3,000.
    const auto assessment = anApplication(day, FundType::SpecialistAssessment, pounds(2000));
    const Problems warnings = fundLimitWarnings(assessment, {therapy}, limits);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].rule == QStringLiteral("fund.above-limit"));
    CHECK(warnings[0].message.contains(QStringLiteral("£4,000")));
    CHECK(warnings[0].message.contains(QStringLiteral("£3,000")));
    CHECK(warnings[0].message.contains(QStringLiteral("2025-26")));
    CHECK(warnings[0].message.contains(QStringLiteral("no match funding")));

    const auto dayBefore =
        anApplication(day.addDays(-1), FundType::SpecialistAssessment, pounds(2000));
    auto therapyBefore = therapy;
    therapyBefore.applied = day.addDays(-1);
    therapyBefore.financialYear = ReportingYear{2024};
    CHECK(fundLimitWarnings(dayBefore, {therapyBefore}, limits).empty());
}

TEST_CASE("exactly at the limit is not above it", "[domain][support][fund]")
{
    const FundLimits limits = FundLimits::defaults();
    CHECK(fundLimitWarnings(anApplication(QDate(2025, 4, 1), FundType::Therapy, pounds(3000)), {},
                            limits)
              .empty());
    CHECK(fundLimitWarnings(anApplication(QDate(2025, 3, 31), FundType::Therapy, pounds(5000)), {},
                            limits)
              .empty());
    CHECK_FALSE(
        fundLimitWarnings(anApplication(QDate(2025, 4, 1), FundType::Therapy, pounds(3000) + 1), {},
                          limits)
            .empty());
}

TEST_CASE("match funding from 2025-26 is warned about", "[domain][support][fund]")
{
    auto a = anApplication(QDate(2025, 6, 1), FundType::Therapy, pounds(1000));
    a.matchFunding = pounds(500);
    a.matchFundedBy = QStringLiteral("Stoke-on-Trent City Council");
    const Problems warnings = fundLimitWarnings(a, {}, FundLimits::defaults());
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].field == QStringLiteral("Match funding"));
    CHECK(warnings[0].message.contains(QStringLiteral("1 Apr 2025")));

    a.applied = QDate(2024, 6, 1);
    a.financialYear = ReportingYear{2024};
    CHECK(fundLimitWarnings(a, {}, FundLimits::defaults()).empty());
}

TEST_CASE("limits are per child and per financial year", "[domain][support][fund]")
{
    const FundLimits limits = FundLimits::defaults();
    const auto first = anApplication(QDate(2025, 5, 1), FundType::Therapy, pounds(2500), 1);
    const auto sibling = anApplication(QDate(2025, 5, 1), FundType::Therapy, pounds(2500), 2);
    auto lastYear = anApplication(QDate(2025, 3, 1), FundType::Therapy, pounds(2500), 1);
    CHECK(fundLimitWarnings(first, {first, sibling, lastYear}, limits).empty());

    // An application made in March for work next year counts against next year.
    lastYear.financialYear = ReportingYear{2025};
    CHECK_FALSE(fundLimitWarnings(first, {first, sibling, lastYear}, limits).empty());
}

TEST_CASE("the approved amount counts once the fund has decided", "[domain][support][fund]")
{
    auto earlier = anApplication(QDate(2025, 5, 1), FundType::Therapy, pounds(3000));
    earlier.approved = pounds(1000);
    const auto later = anApplication(QDate(2025, 9, 1), FundType::Therapy, pounds(1500));
    CHECK(fundLimitWarnings(later, {earlier}, FundLimits::defaults()).empty());
}

TEST_CASE("a fund application lists every problem at once", "[domain][support][fund]")
{
    SupportFundApplication a;
    a.requested = 0;
    a.approved = pounds(10);
    a.matchFunding = pounds(100);
    const Problems problems = validate(a, QDate(2025, 1, 1));
    CHECK(has(problems, QStringLiteral("required")));
    CHECK(has(problems, QStringLiteral("fund.amount")));
    QStringList fields;
    for (const Problem& p : problems)
        fields << p.field;
    CHECK(fields.contains(QStringLiteral("Application date")));
    CHECK(fields.contains(QStringLiteral("Provider")));
    CHECK(fields.contains(QStringLiteral("Amount requested")));
    CHECK(fields.contains(QStringLiteral("Financial year")));
    CHECK(fields.contains(QStringLiteral("Match funded by")));

    auto good = anApplication(QDate(2024, 5, 1), FundType::Therapy, pounds(1000));
    good.approved = pounds(1200);
    const Problems over = validate(good, QDate(2025, 1, 1));
    REQUIRE(over.size() == 1);
    CHECK(over[0].message ==
          QStringLiteral("The fund approved £1,200, more than the £1,000 requested."));
    CHECK(has(validate(good, QDate(2024, 4, 30)), QStringLiteral("fund.future")));
}

TEST_CASE("fund limits round-trip through their setting and fall back to the defaults",
          "[domain][support][fund]")
{
    FundLimits custom = FundLimits::defaults();
    custom.rules << FundLimitRule{QDate(2026, 4, 1), 0, 0, pounds(3500), false};
    CHECK(FundLimits::fromJson(custom.toJson()) == custom);
    CHECK(FundLimits::fromJson(QJsonObject{}) == FundLimits::defaults());
    CHECK(custom.ruleOn(QDate(2026, 4, 1))->combined == pounds(3500));
}
