#include "Builders.h"
#include "services/ChildRecords.h"
#include "services/Measures.h"
#include "services/Workspace.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace permanence;
using namespace permanence::domain;
using namespace permanence::test;

namespace {

struct MeasuresWorkspace
{
    QTemporaryDir dir;
    FixedClock clock{d(2024, 10, 1)};
    std::unique_ptr<services::Workspace> ws;

    MeasuresWorkspace()
    {
        auto opened = services::Workspace::open(dir.filePath(QStringLiteral("ws.sqlite")), clock,
                                                Actor{QStringLiteral("manager")});
        REQUIRE(opened);
        ws = std::move(*opened);
        REQUIRE(ws->setAgency(aFourCouncilAgency()));
    }
};

} // namespace

TEST_CASE("targets and England averages: 003's defaults until a manager saves others",
          "[services][measures]")
{
    MeasuresWorkspace w;
    services::Measures measures(*w.ws);
    auto settings = measures.settings();
    REQUIRE(settings);
    CHECK(*settings == metrics::MeasureSettings::defaults());

    settings->benchmarks[metrics::Measure::A10].target.byYear.insert(2024, 400);
    REQUIRE(measures.saveSettings(*settings));
    auto back = measures.settings();
    REQUIRE(back);
    CHECK(*back == *settings);
}

TEST_CASE("the records behind the figures leave out archived children only", "[services][measures]")
{
    MeasuresWorkspace w;
    REQUIRE(w.ws->createChild(aChild().reference(QStringLiteral("C-1")).build()));
    auto archived = w.ws->createChild(aChild().reference(QStringLiteral("C-2")).build());
    REQUIRE(archived);
    REQUIRE(services::ChildRecords(*w.ws).archive(*archived));
    REQUIRE(w.ws->createHousehold(aHousehold().build()));

    auto records = services::Measures(*w.ws).records();
    REQUIRE(records);
    REQUIRE(records->children.size() == 1);
    CHECK(records->children[0].reference == QStringLiteral("C-1"));
    CHECK(records->households.size() == 1);
}

TEST_CASE("a manager's report figures and words are saved per year, checked first",
          "[services][measures]")
{
    MeasuresWorkspace w;
    services::Measures measures(*w.ws);
    auto empty = measures.reportInputs(ReportingYear{2023});
    REQUIRE(empty);
    CHECK(empty->year == ReportingYear{2023});
    CHECK(empty->childrenInCare.isEmpty());

    AnnualReportInputs inputs;
    inputs.year = ReportingYear{2023};
    inputs.childrenInCare = {{QStringLiteral("SHROPS"), 720}};
    inputs.childrenInCareUnder6 = {{QStringLiteral("SHROPS"), 189}};
    inputs.finance = {
        {QStringLiteral("Inter-agency expenditure"), QStringLiteral("Shropshire"), 62000, 94104}};
    inputs.narrative = {
        {QStringLiteral("introduction"), QStringLiteral("First paragraph.\n\nSecond.")}};
    inputs.author = QStringLiteral("Regional Head");
    inputs.signedOn = d(2024, 9, 20);
    REQUIRE(measures.saveReportInputs(inputs));
    auto back = measures.reportInputs(ReportingYear{2023});
    REQUIRE(back);
    CHECK(*back == inputs);
    // Another year is separate.
    CHECK(measures.reportInputs(ReportingYear{2022})->childrenInCare.isEmpty());

    AnnualReportInputs bad = inputs;
    bad.childrenInCare.insert(QStringLiteral("STOKE"), -3);
    bad.signedOn = d(2025, 1, 1);
    const auto refused = measures.saveReportInputs(bad);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Validation);
    CHECK(refused.error().problems.size() == 2);
    CHECK(*measures.reportInputs(ReportingYear{2023}) == inputs); // nothing half-written
}
