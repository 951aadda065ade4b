#include "WorkspaceFixture.h"
#include "presentation/HouseholdListModel.h"
#include "storage/HouseholdRepository.h"

#include <QAbstractItemModelTester>

using namespace permanence;
using domain::AdopterSource;
using presentation::HouseholdListModel;
using test::aHousehold;
using test::d;

namespace {

QString cell(const HouseholdListModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

QStringList column(const HouseholdListModel& model, int col)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << cell(model, row, col);
    return values;
}

domain::HouseholdJourney enquiredOnly(QDate enquiry)
{
    domain::HouseholdJourney j;
    j.enquiry = enquiry;
    return j;
}

domain::ApprovalTerms oneChildAgedThree()
{
    domain::ApprovalTerms terms;
    terms.maxChildren = 1;
    terms.minAge = 3;
    terms.maxAge = 3;
    return terms;
}

/// An approved couple (Shrewsbury hub), a single applicant at enquiry (Stoke hub), and a
/// household approved by a voluntary agency.
struct ThreeHouseholds : test::WorkspaceFixture
{
    ThreeHouseholds()
    {
        holloway = add(aHousehold().reference(QStringLiteral("H-0001")).build());
        add(aHousehold()
                .reference(QStringLiteral("H-0002"))
                .single(QStringLiteral("Jo"), QStringLiteral("Bright"))
                .hub(QStringLiteral("STOKEHUB"))
                .journey(enquiredOnly(d(2024, 5, 2)))
                .terms({})
                .build());
        add(aHousehold()
                .reference(QStringLiteral("H-0003"))
                .single(QStringLiteral("Kim"), QStringLiteral("Carter"))
                .from(AdopterSource::VoluntaryAgency, QStringLiteral("Adoption Matters"))
                .terms(oneChildAgedThree())
                .build());
    }
    domain::HouseholdId holloway;
};

} // namespace

TEST_CASE_METHOD(ThreeHouseholds, "the household list shows each household in words",
                 "[presentation][households]")
{
    HouseholdListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(workspace.get());

    REQUIRE(model.rowCount() == 3);
    CHECK(model.totalCount() == 3);
    CHECK(column(model, HouseholdListModel::Reference) == QStringList{QStringLiteral("H-0001"),
                                                                      QStringLiteral("H-0002"),
                                                                      QStringLiteral("H-0003")});

    CHECK(cell(model, 0, HouseholdListModel::Applicants) == aHousehold().build().displayName());
    CHECK(cell(model, 0, HouseholdListModel::Source) == QStringLiteral("Own agency"));
    CHECK(cell(model, 0, HouseholdListModel::Hub) == QStringLiteral("Shrewsbury Locality Hub"));
    CHECK(cell(model, 0, HouseholdListModel::Enquiry) == QStringLiteral("10 Jan 2022"));
    CHECK(cell(model, 0, HouseholdListModel::Approval) == QStringLiteral("1 Mar 2023"));
    CHECK(cell(model, 0, HouseholdListModel::ApprovedFor) ==
          QStringLiteral("2 children, 0–6 years"));
    CHECK(cell(model, 0, HouseholdListModel::Stage) == QStringLiteral("Approved, waiting"));
    CHECK(cell(model, 0, HouseholdListModel::DaysInStage) == QStringLiteral("458 days"));
    CHECK(model.data(model.index(0, 0), HouseholdListModel::IdRole).toLongLong() == holloway.value);

    CHECK(cell(model, 1, HouseholdListModel::Applicants) == QStringLiteral("Jo Bright"));
    CHECK(cell(model, 1, HouseholdListModel::ApprovedFor).isEmpty());
    CHECK(cell(model, 1, HouseholdListModel::Stage) == QStringLiteral("Enquiry"));
    CHECK(cell(model, 1, HouseholdListModel::DaysInStage) == QStringLiteral("30 days"));

    CHECK(cell(model, 2, HouseholdListModel::Source) == QStringLiteral("Voluntary agency"));
    CHECK(model.data(model.index(2, HouseholdListModel::Source), Qt::ToolTipRole).toString() ==
          QStringLiteral("Adoption Matters"));
    CHECK(cell(model, 2, HouseholdListModel::Hub).isEmpty());
    CHECK(cell(model, 2, HouseholdListModel::ApprovedFor) == QStringLiteral("1 child, 3 years"));
}

TEST_CASE_METHOD(ThreeHouseholds, "the household list filters by text, hub and source",
                 "[presentation][households]")
{
    HouseholdListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(workspace.get());

    model.setSearchText(QStringLiteral("bri"));
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(model, 0, HouseholdListModel::Reference) == QStringLiteral("H-0002"));
    model.setSearchText(QString());

    model.setHubFilter(QStringLiteral("SHREWS"));
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(model, 0, HouseholdListModel::Reference) == QStringLiteral("H-0001"));
    model.setHubFilter(QString());

    model.setSourceFilter(AdopterSource::VoluntaryAgency);
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(model, 0, HouseholdListModel::Reference) == QStringLiteral("H-0003"));
    model.setSourceFilter(AdopterSource::OwnAgency);
    CHECK(model.rowCount() == 2);
    model.setSourceFilter(std::nullopt);
    CHECK(model.rowCount() == 3);
}

TEST_CASE_METHOD(ThreeHouseholds, "the household list sorts in SQL", "[presentation][households]")
{
    HouseholdListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(workspace.get());

    model.sort(HouseholdListModel::Reference, Qt::DescendingOrder);
    CHECK(column(model, HouseholdListModel::Reference) == QStringList{QStringLiteral("H-0003"),
                                                                      QStringLiteral("H-0002"),
                                                                      QStringLiteral("H-0001")});

    model.sort(HouseholdListModel::Enquiry, Qt::DescendingOrder);
    CHECK(column(model, HouseholdListModel::Reference).constFirst() == QStringLiteral("H-0002"));

    CHECK_FALSE(HouseholdListModel::isSortable(HouseholdListModel::ApprovedFor));
    CHECK_FALSE(HouseholdListModel::isSortable(HouseholdListModel::Stage));
    model.sort(HouseholdListModel::Stage, Qt::AscendingOrder);
    CHECK(model.sortColumn() == HouseholdListModel::Enquiry);
}

TEST_CASE_METHOD(ThreeHouseholds, "the household list follows changes in the workspace",
                 "[presentation][households]")
{
    HouseholdListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(workspace.get());

    add(aHousehold()
            .reference(QStringLiteral("H-0004"))
            .single(QStringLiteral("Lee"), QStringLiteral("Dunn"))
            .build());
    CHECK(model.rowCount() == 4);
}

TEST_CASE("the household list loads 200 households at a time", "[presentation][households][paging]")
{
    test::WorkspaceFixture fixture;
    std::vector<domain::AdopterHousehold> households;
    for (int i = 0; i < 250; ++i)
        households.push_back(
            aHousehold().reference(QStringLiteral("H-%1").arg(i, 4, 10, QLatin1Char('0'))).build());
    REQUIRE(storage::HouseholdRepository(fixture.workspace->database())
                .saveAll(households, fixture.workspace->actor()));
    fixture.workspace->announceBulkChange();

    HouseholdListModel model;
    // No tester yet: QAbstractItemModelTester itself calls fetchMore() after every reset.
    model.setWorkspace(fixture.workspace.get());
    CHECK(model.totalCount() == 250);
    CHECK(model.rowCount() == 200);
    model.fetchMore({});
    CHECK(model.rowCount() == 250);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(column(model, HouseholdListModel::Reference).constLast() == QStringLiteral("H-0249"));

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

TEST_CASE("a household's stage is the one on the date asked", "[presentation][households]")
{
    const QDate today = d(2024, 6, 1);
    auto household = aHousehold().build();
    household.withdrawal = {d(2023, 5, 1), QStringLiteral("Changed circumstances")};
    CHECK(HouseholdListModel::stageText(household, today) == QStringLiteral("Withdrawn"));
    CHECK(HouseholdListModel::daysInStageText(household, today).isEmpty());
    household.withdrawal = {};
    household.journey.panel = {};
    household.journey.approval = {};
    CHECK(HouseholdListModel::stageText(household, today) == QStringLiteral("Stage 2"));
    CHECK(HouseholdListModel::stageText(household, d(2022, 4, 1)) == QStringLiteral("Stage 1"));
    CHECK(HouseholdListModel::approvedForText(household).isEmpty());

    household = aHousehold().build();
    household.terms.maxAge = 0;
    CHECK(HouseholdListModel::approvedForText(household) ==
          QStringLiteral("2 children, under 1 year"));
    household.terms.maxChildren = 1;
    household.terms.minAge = household.terms.maxAge = 1;
    CHECK(HouseholdListModel::approvedForText(household) == QStringLiteral("1 child, 1 year"));
}

TEST_CASE_METHOD(ThreeHouseholds, "the household list narrows to a stage today",
                 "[presentation][households]")
{
    HouseholdListModel model;
    model.setWorkspace(workspace.get());
    model.setStageFilter(domain::HouseholdStage::Enquiry);
    CHECK(model.totalCount() == 1);
    CHECK(column(model, HouseholdListModel::Reference) == QStringList{QStringLiteral("H-0002")});
    model.setStageFilter(std::nullopt);
    CHECK(model.totalCount() == 3);
}

TEST_CASE_METHOD(ThreeHouseholds, "a household with a child linked shows as linked, since the link",
                 "[presentation][households]")
{
    domain::Child child = test::aChild()
                              .reference(QStringLiteral("C-1"))
                              .agencyDecision(d(2023, 9, 1))
                              .placementOrder(d(2023, 12, 1))
                              .linked(d(2024, 5, 2))
                              .build();
    child.household = holloway;
    const auto created = workspace->createChild(child);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created);

    HouseholdListModel model;
    model.setWorkspace(workspace.get());
    const int row = static_cast<int>(
        column(model, HouseholdListModel::Reference).indexOf(QStringLiteral("H-0001")));
    REQUIRE(row >= 0);
    CHECK(cell(model, row, HouseholdListModel::Stage) == QStringLiteral("Linked"));
    CHECK(cell(model, row, HouseholdListModel::DaysInStage) == QStringLiteral("30 days"));
}
