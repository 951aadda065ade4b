#include "reports/ReportText.h"

#include <catch2/catch.hpp>

using namespace permanence::reports;

TEST_CASE("report numbers are printed as 003 prints them", "[reports][text]")
{
    CHECK(percentText(0.685) == QStringLiteral("68.5%"));
    CHECK(percentText(0.91) == QStringLiteral("91%"));
    CHECK(percentText(std::nullopt) == QStringLiteral("–"));
    CHECK(changeText(656, 720) == QStringLiteral("+9.8%"));
    CHECK(changeText(186, 160) == QStringLiteral("-14%"));
    CHECK(changeText(5, 5) == QStringLiteral("no change"));
    CHECK(changeText(0, 3) == QStringLiteral("up from none"));
    CHECK(moneyText(1370640) == QStringLiteral("£1,370,640"));
    CHECK(moneyText(-12147) == QStringLiteral("-£12,147"));
    CHECK(daysText(495) == QStringLiteral("495"));
    CHECK(daysText(std::nullopt) == QStringLiteral("–"));
}

TEST_CASE("council names are shortened for table headings", "[reports][text]")
{
    CHECK(shortCouncilName(QStringLiteral("Staffordshire County Council")) ==
          QStringLiteral("Staffordshire"));
    CHECK(shortCouncilName(QStringLiteral("Stoke-on-Trent City Council")) ==
          QStringLiteral("Stoke-on-Trent"));
    CHECK(shortCouncilName(QStringLiteral("Telford & Wrekin Council")) ==
          QStringLiteral("Telford & Wrekin"));
    CHECK(shortCouncilName(QStringLiteral("Council")) == QStringLiteral("Council"));
}

TEST_CASE("tables right-align numbers and escape text", "[reports][text]")
{
    Table t{QStringLiteral("Caption & more"),
            {QString(), QStringLiteral("2023-24")},
            {{QStringLiteral("<Shropshire>"), QStringLiteral("720")},
             {QStringLiteral("Total"), QStringLiteral("3,593")}},
            true};
    const QString html = tableHtml(t);
    CHECK(html.contains(QStringLiteral("Caption &amp; more")));
    CHECK(html.contains(QStringLiteral("<td>&lt;Shropshire&gt;</td>")));
    CHECK(html.contains(QStringLiteral("<td class=\"number\" align=\"right\">720</td>")));
    CHECK(html.contains(QStringLiteral("<b>3,593</b>")));
    CHECK(paragraphsHtml(QStringLiteral("One\nline\n\n\nTwo")) ==
          QStringLiteral("<p>One<br>line</p>\n<p>Two</p>\n"));
}
