#include "Builders.h"
#include "domain/Dates.h"

using namespace permanence::domain;
using permanence::test::d;

TEST_CASE("dates are written the way social workers write them", "[domain][dates]")
{
    CHECK(formatDate(d(2023, 3, 1)) == QStringLiteral("1 Mar 2023"));
    CHECK(formatDate(d(2022, 9, 30)) == QStringLiteral("30 Sep 2022"));
    CHECK(formatDate(QDate()).isEmpty());
}

TEST_CASE("dates are read as ISO 8601 or UK day-first", "[domain][dates]")
{
    CHECK(parseDate(QStringLiteral("2023-03-01")) == d(2023, 3, 1));
    CHECK(parseDate(QStringLiteral("01/03/2023")) == d(2023, 3, 1));
    CHECK(parseDate(QStringLiteral(" 1/3/2023 ")) == d(2023, 3, 1));
    CHECK(parseDate(QStringLiteral("1 Mar 2023")) == d(2023, 3, 1));
    CHECK(parseDate(QStringLiteral("29 sep 2024")) == d(2024, 9, 29));
    CHECK_FALSE(parseDate(QStringLiteral("1 Mrz 2023")).has_value());
    CHECK_FALSE(parseDate(QStringLiteral("30 Feb 2023")).has_value());
    CHECK_FALSE(parseDate(QStringLiteral("31/02/2023")).has_value());
    CHECK_FALSE(parseDate(QStringLiteral("2023/03/01")).has_value());
    CHECK_FALSE(parseDate(QString()).has_value());
}

TEST_CASE("day counts are end minus start", "[domain][dates]")
{
    CHECK(daysBetween(d(2021, 6, 1), d(2022, 7, 4)) == 398);
    CHECK(daysBetween(d(2024, 2, 28), d(2024, 3, 1)) == 2); // leap year
}

TEST_CASE("a child is five on their fifth birthday", "[domain][dates]")
{
    CHECK(ageInYears(d(2019, 3, 1), d(2024, 2, 29)) == 4);
    CHECK(ageInYears(d(2019, 3, 1), d(2024, 3, 1)) == 5);
    SECTION("born on 29 February")
    {
        CHECK(ageInYears(d(2020, 2, 29), d(2025, 2, 28)) == 4);
        CHECK(ageInYears(d(2020, 2, 29), d(2025, 3, 1)) == 5);
        CHECK(ageInYears(d(2020, 2, 29), d(2024, 2, 29)) == 4);
    }
}

TEST_CASE("the reporting year runs 1 April to 31 March", "[domain][dates]")
{
    const ReportingYear y{2023};
    CHECK(y.label() == QStringLiteral("2023-24"));
    CHECK(y.contains(d(2023, 4, 1)));
    CHECK(y.contains(d(2024, 3, 31)));
    CHECK_FALSE(y.contains(d(2023, 3, 31)));
    CHECK_FALSE(y.contains(d(2024, 4, 1)));
    CHECK(ReportingYear::containing(d(2024, 3, 31)) == ReportingYear{2023});
    CHECK(ReportingYear::containing(d(2024, 4, 1)) == ReportingYear{2024});
    CHECK(ReportingYear{1999}.label() == QStringLiteral("1999-00"));
}
