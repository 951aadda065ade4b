// The annual report: its figures are the metrics functions' (the same as the JSON), the words
// are the manager's, and it is written as HTML and PDF without a display.
#include "Builders.h"
#include "metrics/MeasuresJson.h"
#include "reports/AnnualReport.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace permanence;
using namespace permanence::domain;
using namespace permanence::test;

namespace {

Child adopted(qint64 id, const QString& council, QDate entered, QDate order, QDate match,
              QDate movedIn, QDate adoption)
{
    Child c = aChild()
                  .council(council)
                  .enteredCare(entered)
                  .agencyDecision(entered.addDays(30))
                  .placementOrder(order)
                  .matchDecision(match)
                  .movedIn(movedIn)
                  .adoptionOrder(adoption)
                  .build();
    c.id = ChildId{id};
    c.reference = QStringLiteral("C%1").arg(id);
    return c;
}

reports::AnnualReportSource source()
{
    reports::AnnualReportSource s;
    s.agency = aFourCouncilAgency();
    s.year = ReportingYear{2023};
    s.children = {
        adopted(1, QStringLiteral("SHROPS"), d(2022, 1, 10), d(2022, 9, 1), d(2022, 12, 1),
                d(2023, 1, 5), d(2023, 6, 1)),
        adopted(2, QStringLiteral("STAFFS"), d(2021, 11, 1), d(2022, 6, 1), d(2023, 2, 1),
                d(2023, 4, 20), d(2023, 11, 30)),
        adopted(3, QStringLiteral("STOKE"), d(2020, 5, 1), d(2021, 4, 1), d(2021, 9, 1),
                d(2021, 10, 1), d(2022, 5, 1)),
    };
    s.producedOn = d(2024, 9, 1);
    s.inputs.year = s.year;
    s.inputs.author = QStringLiteral("Regional Head <of adoption>");
    s.inputs.narrative = {{QStringLiteral("introduction"),
                           QStringLiteral("We had a good year.\n\nAnd <b>more</b> to do.")}};
    s.inputs.childrenInCare = {{QStringLiteral("SHROPS"), 720},
                               {QStringLiteral("STAFFS"), 1310},
                               {QStringLiteral("STOKE"), 1151},
                               {QStringLiteral("TELW"), 412}};
    s.previousInputs.childrenInCare = {{QStringLiteral("SHROPS"), 656},
                                       {QStringLiteral("STAFFS"), 1385},
                                       {QStringLiteral("STOKE"), 1108},
                                       {QStringLiteral("TELW"), 454}};
    s.inputs.finance = {{QStringLiteral("Central Permanency Hub"),
                         QStringLiteral("Central Permanency Hub"), 295175, 363711}};
    return s;
}

} // namespace

TEST_CASE("the annual report prints the same A10 and A2 as the machine-readable output",
          "[reports][annual]")
{
    const reports::AnnualReportSource s = source();
    const QString html = reports::AnnualReport(s).body();

    metrics::MeasuresRequest request;
    request.year = s.year;
    const QJsonObject json = metrics::measuresJson(s.agency, s.children, s.households, request);
    const QJsonObject total = json.value(QStringLiteral("total")).toObject();
    for (const char* measure : {"a10", "a2"}) {
        const QJsonObject m = total.value(QString::fromLatin1(measure)).toObject();
        for (const char* period : {"year", "threeYear"}) {
            const QJsonObject figure = m.value(QString::fromLatin1(period)).toObject();
            const QString expected =
                QStringLiteral("The %1 figure for %2 over %3 is <b>%4</b> days, from %5 children")
                    .arg(QString::fromLatin1(measure).toUpper(), s.agency.name.toHtmlEscaped(),
                         figure.value(QStringLiteral("period")).toString())
                    .arg(figure.value(QStringLiteral("value")).toInteger())
                    .arg(figure.value(QStringLiteral("n")).toInt());
            INFO(expected.toStdString());
            CHECK(html.contains(expected));
        }
    }
}

TEST_CASE("the annual report follows 003's sections, with the manager's words escaped",
          "[reports][annual]")
{
    const QString html = reports::AnnualReport(source()).body();
    for (const char* heading :
         {"Section 1: The Partnership", "2.3 Assessment and Approval of Adopters",
          "3.1 Children in Care Trends", "3.2 Agency Decisions", "3.4 Where we Found Homes",
          "3.5 Early Permanence", "3.6 Timescales", "3.7 Children Adopted During 2023-24",
          "3.9 Children with a Plan of Adoption on 31 Mar 2024",
          "3.10 Regional Overview of Placement Disruptions", "Financial Information",
          "Key Priorities 2024-25"})
        CHECK(html.contains(QString::fromUtf8(heading)));
    CHECK(html.contains(QStringLiteral("<p>We had a good year.</p>")));
    CHECK(html.contains(QStringLiteral("<p>And &lt;b&gt;more&lt;/b&gt; to do.</p>")));
    CHECK(html.contains(QStringLiteral("Regional Head &lt;of adoption&gt;")));
    // Children in care: entered figures with the change (656 → 720 is +9.8%).
    CHECK(html.contains(QStringLiteral("+9.8%")));
    // Finance: the variance is derived.
    CHECK(html.contains(QStringLiteral("£68,536")));
    // A section with no words says so, rather than printing nothing.
    CHECK(html.contains(QStringLiteral("No text has been written for this section yet")));
}

TEST_CASE("a report without the manager's figures says what is missing", "[reports][annual]")
{
    reports::AnnualReportSource s = source();
    s.inputs = {};
    s.inputs.year = s.year;
    const QString html = reports::AnnualReport(s).body();
    CHECK(html.contains(QStringLiteral("children in care totals for 31 March 2024 have not been "
                                       "entered")));
    CHECK(html.contains(QStringLiteral("budget and outturn figures for 2023-24 have not been "
                                       "entered")));
}

TEST_CASE("the annual report is written as self-contained HTML and as PDF", "[reports][annual]")
{
    QTemporaryDir dir;
    const reports::AnnualReport report(source());
    REQUIRE(report.charts().size() >= 6);

    const QString htmlPath = dir.filePath(QStringLiteral("report.html"));
    REQUIRE(report.writeHtml(htmlPath));
    QFile html(htmlPath);
    REQUIRE(html.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(html.readAll());
    CHECK(text.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(text.contains(QStringLiteral("src=\"data:image/png;base64,")));
    CHECK_FALSE(text.contains(QStringLiteral("src=\"chart-")));

    const QString pdfPath = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(report.writePdf(pdfPath));
    QFile pdf(pdfPath);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    CHECK(bytes.startsWith("%PDF"));
    CHECK(bytes.size() > 20000); // text, tables and six chart images
    CHECK_FALSE(QFile::exists(pdfPath + QStringLiteral(".part")));

    const auto refused = report.writePdf(dir.filePath(QStringLiteral("no/such/dir/r.pdf")));
    CHECK_FALSE(refused);
}
