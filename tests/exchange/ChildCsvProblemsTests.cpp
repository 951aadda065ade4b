#include "ImportTestSupport.h"

#include <QSignalSpy>

using namespace permanence;
using namespace permanence::domain;
using namespace permanence::test;
using exchange::ImportProblem;
using exchange::ImportReport;

namespace {

/// "row:column" for each problem, to compare where problems were found in one go.
QStringList where(const ImportReport& report)
{
    QStringList out;
    for (const ImportProblem& p : report.problems)
        out << QStringLiteral("%1:%2").arg(p.row).arg(p.column);
    return out;
}

} // namespace

TEST_CASE("one bad row among many refuses the whole file and names the cell",
          "[exchange][import][problems]")
{
    ImportWorkspace w;
    QSignalSpy changed(w.ws.get(), &services::Workspace::childrenChanged);
    QString text =
        minimalHeader() + QStringLiteral(",entered_care,agency_decision,placement_order\n");
    for (int n = 1; n <= 300; ++n)
        text += minimalRow(n) + (n == 137 ? QStringLiteral(",2021-06-01,2021-09-01,31/02/2023\n")
                                          : QStringLiteral(",2021-06-01,2021-09-01,2022-01-10\n"));
    const ImportReport report = w.importText(text);
    REQUIRE_FALSE(report.ok());
    CHECK(report.rows == 300);
    CHECK(report.created == 0);
    CHECK(report.updated == 0);
    REQUIRE(report.problems.size() == 1);
    const ImportProblem& p = report.problems.front();
    CHECK(p.row == 138); // the 137th child is on spreadsheet row 138, under the header
    CHECK(p.column == QStringLiteral("placement_order"));
    CHECK(p.value == QStringLiteral("31/02/2023"));
    CHECK(p.reason == QStringLiteral("not a date (use YYYY-MM-DD or DD/MM/YYYY)"));
    CHECK(report.summary() ==
          QStringLiteral("300 rows: nothing imported, 1 problem to correct.\n"
                         "row 138, column placement_order, value '31/02/2023': not a date (use "
                         "YYYY-MM-DD or DD/MM/YYYY)"));
    CHECK(w.count() == 0);
    CHECK(changed.count() == 0);
}

TEST_CASE("every problem in every row is reported, each at its column",
          "[exchange][import][problems]")
{
    ImportWorkspace w;
    REQUIRE(w.ws->createChild(aChild().reference(QStringLiteral("C-KEEP")).build()));
    const ImportReport report = w.importText(
        minimalHeader() +
        QStringLiteral(",entered_care,agency_decision,placement_order,"
                       "foster_carer_adoption,authority\n") +
        // Spreadsheet rows (the header is row 1). 2: fine
        QStringLiteral("C-1,STAFFS,A,B,2019-03-01,F,WBRI,2021-06-01,2021-09-01,2022-01-10,no,\n") +
        // 3: an order before the decision (a domain rule), and a flag that is not yes or no
        QStringLiteral("C-2,STAFFS,A,B,2019-03-01,F,WBRI,2021-06-01,2021-09-01,2021-08-01,"
                       "maybe,\n") +
        // 4: not a sex, a council outside the agency, a lower-case DfE code is fine
        QStringLiteral("C-3,MARS,A,B,2019-03-01,X,wbri,,,,,\n") +
        // 5: the reference of row 2 again, no date of birth, an unknown authority
        QStringLiteral("C-1,STAFFS,A,B,,M,WBRI,2021-06-01,,,,court\n") +
        // 6: blank, skipped; 7: an existing child updated with a future date
        QStringLiteral(",,,,,,,,,,,\n") +
        QStringLiteral("C-KEEP,STAFFS,Ellie,Marsh,2019-03-01,F,WBRI,2024-07-01,,,,\n"));
    REQUIRE_FALSE(report.ok());
    CHECK(report.rows == 5);
    CHECK(where(report) == QStringList{QStringLiteral("3:foster_carer_adoption"),
                                       QStringLiteral("3:placement_order"), QStringLiteral("4:sex"),
                                       QStringLiteral("4:council"), QStringLiteral("5:reference"),
                                       QStringLiteral("5:authority"),
                                       QStringLiteral("5:date_of_birth"),
                                       QStringLiteral("7:entered_care")});
    CHECK(report.problems[1].value == QStringLiteral("2021-08-01"));
    CHECK(report.problems[1].reason ==
          QStringLiteral("Placement order 1 Aug 2021 is before the agency decision 1 Sep 2021."));
    CHECK(report.problems[3].value == QStringLiteral("MARS"));
    CHECK(report.problems[4].reason == QStringLiteral("the reference is also on row 2"));
    CHECK(report.problems[6].value.isEmpty());
    CHECK(report.problems[6].reason == QStringLiteral("Date of birth is required."));
    CHECK(w.count() == 1);
    CHECK(w.byReference(QStringLiteral("C-KEEP")).journey.enteredCare == d(2021, 6, 1));
}

TEST_CASE("an unknown column is a problem of the header", "[exchange][import][problems]")
{
    ImportWorkspace w;
    const ImportReport report = w.importText(minimalHeader() + QStringLiteral(",favourite_food\n") +
                                             minimalRow(1) + QStringLiteral(",chips\n"));
    REQUIRE_FALSE(report.ok());
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].row == 0);
    CHECK(report.problems[0].column == QStringLiteral("favourite_food"));
    CHECK(report.summary().contains(QStringLiteral("header, column favourite_food")));
    CHECK(w.count() == 0);
}

TEST_CASE("a missing required column is reported once, not on every row",
          "[exchange][import][problems]")
{
    ImportWorkspace w;
    const ImportReport report =
        w.importText(QStringLiteral("reference,council,forename,surname,date_of_birth,sex\n"
                                    "C-1,STAFFS,A,B,2019-03-01,F\nC-2,STAFFS,A,B,2019-03-01,F\n"));
    REQUIRE_FALSE(report.ok());
    CHECK(where(report) == QStringList{QStringLiteral("0:ethnicity")});
    CHECK(report.problems[0].reason == QStringLiteral("a required column is missing"));
    CHECK(w.count() == 0);
}

TEST_CASE("a row with more values than the header has columns is refused",
          "[exchange][import][problems]")
{
    ImportWorkspace w;
    const ImportReport report =
        w.importText(minimalHeader() + QLatin1Char('\n') + minimalRow(1) +
                     QStringLiteral(",surplus\n") + minimalRow(2) + QStringLiteral(",,\n"));
    REQUIRE_FALSE(report.ok());
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].row == 2);
    CHECK(report.problems[0].value == QStringLiteral("surplus"));
}

TEST_CASE("an empty file, a file that is not UTF-8 and a missing file are reported",
          "[exchange][import][problems]")
{
    ImportWorkspace w;
    const ImportReport empty = w.import(w.file(QByteArray()));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.problems[0].row == 0);

    const ImportReport latin1 =
        w.import(w.file(minimalHeader().toUtf8() + "\nC-1,STAFFS,Zo\xEB,B,2019-03-01,F,WBRI\n"));
    REQUIRE_FALSE(latin1.ok());
    CHECK(latin1.problems[0].reason.contains(QStringLiteral("UTF-8")));

    auto missing = exchange::importChildren(*w.ws, w.dir.filePath(QStringLiteral("nope.csv")));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::Io);
    CHECK(w.count() == 0);
}

TEST_CASE("children cannot be imported before the agency is set up", "[exchange][import][problems]")
{
    QTemporaryDir dir;
    FixedClock clock{d(2024, 6, 30)};
    auto ws = services::Workspace::open(dir.filePath(QStringLiteral("new.sqlite")), clock,
                                        Actor::system());
    REQUIRE(ws);
    const QString path = dir.filePath(QStringLiteral("children.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write((minimalHeader() + QLatin1Char('\n') + minimalRow(1)).toUtf8());
    }
    auto report = exchange::importChildren(**ws, path);
    REQUIRE(report);
    REQUIRE_FALSE(report->ok());
    CHECK(report->problems[0].row == 0);
    CHECK(report->problems[0].reason.contains(QStringLiteral("agency")));
    CHECK(*(*ws)->childCount() == 0);
}
