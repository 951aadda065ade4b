#include "Builders.h"
#include "presentation/CohortModel.h"
#include "presentation/IndicatorTile.h"

#include <catch2/catch.hpp>

using namespace permanence;
using namespace permanence::metrics;
using namespace permanence::presentation;
using test::d;

namespace {

Indicator a10(std::optional<qint64> value, int n, domain::ReportingYear year = {2023})
{
    Indicator i;
    i.measure = Measure::A10;
    i.period = Period::threeYears(year);
    i.n = n;
    i.value = value;
    if (value)
        i.exactMean = static_cast<double>(*value);
    return i;
}

} // namespace

TEST_CASE("a dashboard tile says the figure, how it compares and who is behind it",
          "[presentation][dashboard]")
{
    const MeasureSettings settings = MeasureSettings::defaults();
    // 003's own 3-year A10 for 2021-24: 495 against 426 and England 475.
    const IndicatorTile above = indicatorTile(a10(495, 146), settings);
    CHECK(above.heading == QStringLiteral("A10 · 3 years 2021-24"));
    CHECK(above.value == QStringLiteral("495 days"));
    CHECK(above.comparison == QStringLiteral("69 days above the target (426)"));
    CHECK(above.england == QStringLiteral("England average 475"));
    CHECK(above.basis == QStringLiteral("146 children counted"));
    CHECK(above.standing == Standing::AboveTarget);

    const IndicatorTile within = indicatorTile(a10(400, 1), settings);
    CHECK(within.comparison == QStringLiteral("26 days within the target (426)"));
    CHECK(within.basis == QStringLiteral("1 child counted"));
    CHECK(within.standing == Standing::WithinTarget);

    Indicator none = a10(std::nullopt, 0, domain::ReportingYear{2030});
    none.period = Period::year(domain::ReportingYear{2030});
    none.excluded.push_back({domain::ChildId{4}, QStringLiteral("C4"), QStringLiteral("STOKE"),
                             d(2030, 6, 1), Exclusion::NotPlaced});
    const IndicatorTile empty = indicatorTile(none, settings);
    CHECK(empty.heading == QStringLiteral("A10 · 2030-31"));
    CHECK(empty.value == QStringLiteral("No children adopted"));
    CHECK(empty.england == QStringLiteral("No England average for 2030-31"));
    CHECK(empty.basis == QStringLiteral("0 children counted · 1 left out"));
    CHECK(empty.standing == Standing::NoFigure);
    CHECK(empty.text().count(QLatin1Char('\n')) == 4);
}

TEST_CASE("the children behind a figure: counted first, then those left out and why",
          "[presentation][dashboard]")
{
    domain::Child ava = test::aChild().named(QStringLiteral("Ava"), QStringLiteral("Khan")).build();
    ava.id = domain::ChildId{1};
    domain::Child ben = test::aChild().named(QStringLiteral("Ben"), QStringLiteral("Cole")).build();
    ben.id = domain::ChildId{2};
    Indicator i = a10(300, 1);
    i.children.push_back(
        {ava.id, QStringLiteral("C1"), QStringLiteral("STAFFS"), d(2023, 6, 1), 300});
    i.excluded.push_back({ben.id, QStringLiteral("C2"), QStringLiteral("STOKE"), d(2023, 7, 1),
                          Exclusion::NoEntryIntoCare});

    CohortModel model;
    model.showIndicator(i, {ava, ben});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, CohortModel::Name).data().toString() == QStringLiteral("Ava Khan"));
    CHECK(model.index(0, CohortModel::Figure).data().toString() == QStringLiteral("300 days"));
    CHECK(model.index(0, CohortModel::Date).data().toString() == QStringLiteral("1 Jun 2023"));
    CHECK(model.index(1, CohortModel::Figure)
              .data()
              .toString()
              .startsWith(QStringLiteral("Left out: ")));
    CHECK_FALSE(model.index(1, 0).data(CohortModel::CountedRole).toBool());
    CHECK(model.index(1, 0).data(CohortModel::ChildIdRole).toLongLong() == 2);
    CHECK(model.headerData(CohortModel::Date, Qt::Horizontal).toString() ==
          QStringLiteral("Adoption order"));

    ChildSet set;
    set.add(ben.id);
    set.add(domain::ChildId{99}); // not among the records: left out rather than shown blank
    model.showChildren(set, {ava, ben}, QStringLiteral("Moved in"),
                       [](const domain::Child&) { return d(2024, 1, 2); });
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, CohortModel::Reference).data().toString() == ben.reference);
    CHECK(model.headerData(CohortModel::Date, Qt::Horizontal).toString() ==
          QStringLiteral("Moved in"));
}
