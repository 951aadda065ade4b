// The machine-readable output carries the same numbers as the functions (issue 7).
#include "MeasuresTestSupport.h"
#include "metrics/MeasuresJson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace permanence::domain;
using namespace permanence::metrics;
using namespace permanence::test;

namespace {

// Two children adopted in 2023-24:
//  - SHROPS, adopted by foster carers: entered care 1 Oct 22, with the carers 15 Mar 23
//    → A10 165 (Oct 31 + Nov 30 + Dec 31 + Jan 31 + Feb 28 = 151, + 14); PO 1 Feb 23, match
//    1 May 23 → A2 89 (28 + 31 + 30).
//  - STAFFS: entered 1 Jun 21, moved in 1 Oct 22 → A10 487 (365 + 122); PO 1 Mar 22, match
//    1 Sep 22 → A2 184.
// Agency: A10 (165 + 487) / 2 = 326; A2 (89 + 184) / 2 = 136.5 → 137.
std::vector<Child> twoAdopted()
{
    return {withId(aChild()
                       .council(QStringLiteral("SHROPS"))
                       .enteredCare(d(2022, 10, 1))
                       .agencyDecision(d(2022, 11, 1))
                       .placementOrder(d(2023, 2, 1))
                       .earlyPermanence(d(2023, 3, 15))
                       .matchDecision(d(2023, 5, 1))
                       .movedIn(d(2023, 5, 1))
                       .adoptionOrder(d(2024, 3, 31))
                       .adoptedByFosterCarers(d(2023, 3, 15))
                       .build(),
                   1),
            withId(aChild()
                       .council(QStringLiteral("STAFFS"))
                       .enteredCare(d(2021, 6, 1))
                       .agencyDecision(d(2021, 12, 1))
                       .placementOrder(d(2022, 3, 1))
                       .matchDecision(d(2022, 9, 1))
                       .movedIn(d(2022, 10, 1))
                       .adoptionOrder(d(2023, 4, 1))
                       .build(),
                   2)};
}

QJsonObject json(const QString& council = {})
{
    MeasuresRequest request;
    request.year = ReportingYear{2023};
    request.councilCode = council;
    return measuresJson(aFourCouncilAgency(), twoAdopted(), {}, request);
}

QJsonObject at(const QJsonObject& o, std::initializer_list<const char*> path)
{
    QJsonObject cur = o;
    for (const char* key : path)
        cur = cur.value(QString::fromUtf8(key)).toObject();
    return cur;
}

} // namespace

TEST_CASE("JSON: the agency total with values, exact means, n and benchmarks", "[metrics][json]")
{
    const QJsonObject o = json();
    CHECK(o.value(QStringLiteral("schema")).toString() == QStringLiteral("permanence.measures/1"));
    CHECK(at(o, {"year"}).value(QStringLiteral("label")).toString() == QStringLiteral("2023-24"));
    CHECK(at(o, {"threeYear"}).value(QStringLiteral("start")).toString() ==
          QStringLiteral("2021-04-01"));

    const QJsonObject a10 = at(o, {"total", "a10", "year"});
    CHECK(a10.value(QStringLiteral("value")).toInteger() == 326);
    CHECK(a10.value(QStringLiteral("exactMean")).toDouble() == Approx(326.0));
    CHECK(a10.value(QStringLiteral("n")).toInt() == 2);
    CHECK(a10.value(QStringLiteral("totalDays")).toInteger() == 652);
    CHECK(a10.value(QStringLiteral("target")).toDouble() == 426);
    CHECK(a10.value(QStringLiteral("againstTarget")).toString() == QStringLiteral("below"));
    CHECK(a10.value(QStringLiteral("englandAverage")).isNull()); // none published per year
    const QJsonArray children = a10.value(QStringLiteral("children")).toArray();
    REQUIRE(children.size() == 2);
    CHECK(children[0].toObject().value(QStringLiteral("id")).toInteger() == 1);
    CHECK(children[0].toObject().value(QStringLiteral("days")).toInteger() == 165);
    CHECK(children[1].toObject().value(QStringLiteral("adoptionOrder")).toString() ==
          QStringLiteral("2023-04-01"));

    const QJsonObject a10Three = at(o, {"total", "a10", "threeYear"});
    CHECK(a10Three.value(QStringLiteral("englandAverage")).toDouble() == 475);
    CHECK(a10Three.value(QStringLiteral("againstEnglandAverage")).toString() ==
          QStringLiteral("below"));

    const QJsonObject a2 = at(o, {"total", "a2", "year"});
    CHECK(a2.value(QStringLiteral("value")).toInteger() == 137);
    CHECK(a2.value(QStringLiteral("exactMean")).toDouble() == Approx(136.5));
    CHECK(a2.value(QStringLiteral("againstTarget")).toString() == QStringLiteral("above"));

    const QJsonArray trend = at(o, {"total", "a10"}).value(QStringLiteral("trend")).toArray();
    REQUIRE(trend.size() == 3);
    CHECK(trend[0]
              .toObject()
              .value(QStringLiteral("year"))
              .toObject()
              .value(QStringLiteral("period")) == QStringLiteral("2021-22"));
    CHECK(trend[2]
              .toObject()
              .value(QStringLiteral("threeYear"))
              .toObject()
              .value(QStringLiteral("value")) == 326);

    CHECK(at(o, {"total", "adopted", "adopted"}).value(QStringLiteral("count")).toInt() == 2);
    CHECK(at(o, {"total", "a3", "year"}).value(QStringLiteral("n")).toInt() == 2);
}

TEST_CASE("JSON: every council, with empty figures as null", "[metrics][json]")
{
    const QJsonObject councils = json().value(QStringLiteral("councils")).toObject();
    CHECK(councils.keys() == QStringList{QStringLiteral("SHROPS"), QStringLiteral("STAFFS"),
                                         QStringLiteral("STOKE"), QStringLiteral("TELW")});
    CHECK(at(councils, {"SHROPS", "a10", "year"}).value(QStringLiteral("value")) == 165);
    CHECK(at(councils, {"STAFFS", "a2", "year"}).value(QStringLiteral("value")) == 184);
    const QJsonObject stoke = at(councils, {"STOKE", "a10", "year"});
    CHECK(stoke.value(QStringLiteral("value")).isNull());
    CHECK(stoke.value(QStringLiteral("n")).toInt() == 0);
    CHECK(stoke.value(QStringLiteral("againstTarget")).isNull());
    CHECK(at(councils, {"STOKE", "placements"}).value(QStringLiteral("inHouseShare")).isNull());
}

TEST_CASE("JSON: a council filter prints that council only", "[metrics][json]")
{
    const QJsonObject o = json(QStringLiteral("STAFFS"));
    CHECK_FALSE(o.contains(QStringLiteral("total")));
    const QJsonObject councils = o.value(QStringLiteral("councils")).toObject();
    CHECK(councils.keys() == QStringList{QStringLiteral("STAFFS")});
    CHECK(at(councils, {"STAFFS", "a10", "year"}).value(QStringLiteral("value")) == 487);
    CHECK(councils.value(QStringLiteral("STAFFS")).toObject().value(QStringLiteral("council")) ==
          QStringLiteral("STAFFS"));
    CHECK_FALSE(QJsonDocument(o).toJson().isEmpty());
}
