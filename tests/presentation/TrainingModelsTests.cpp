#include "WorkspaceFixture.h"
#include "presentation/AttendanceModel.h"
#include "presentation/TrainingEventListModel.h"
#include "services/TrainingRegister.h"

#include <QAbstractItemModelTester>

using namespace permanence;
using domain::TrainingEvent;
using domain::TrainingKind;
using presentation::AttendanceModel;
using presentation::TrainingEventListModel;
using test::aHousehold;
using test::d;

namespace {

struct TrainingFixture : test::WorkspaceFixture
{
    TrainingFixture()
    {
        holloway = add(aHousehold().build());
        bright = add(aHousehold()
                         .reference(QStringLiteral("H-0002"))
                         .single(QStringLiteral("Jo"), QStringLiteral("Bright"))
                         .build());
        TrainingEvent prep;
        prep.kind = TrainingKind::Preparation;
        prep.title = QStringLiteral("Preparation, spring");
        prep.start = d(2024, 3, 4);
        prep.end = d(2024, 3, 6);
        prep.trainer = QStringLiteral("Dana Shaw");
        prep.attendees = {holloway};
        auto id = services::TrainingRegister(*workspace).create(prep);
        REQUIRE(id);
        event = *id;
    }
    domain::HouseholdId holloway;
    domain::HouseholdId bright;
    domain::TrainingEventId event;
};

} // namespace

TEST_CASE_METHOD(TrainingFixture, "the training list shows each event in words",
                 "[presentation][training]")
{
    TrainingEventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(workspace.get());
    REQUIRE(model.rowCount() == 1);
    const auto cell = [&](int column) { return model.data(model.index(0, column)).toString(); };
    CHECK(cell(TrainingEventListModel::Title) == QStringLiteral("Preparation, spring"));
    CHECK(cell(TrainingEventListModel::Dates) == QStringLiteral("4 Mar 2024 to 6 Mar 2024"));
    CHECK(cell(TrainingEventListModel::Trainer) == QStringLiteral("Dana Shaw"));
    CHECK(cell(TrainingEventListModel::Attending) == QStringLiteral("1 household"));
}

TEST_CASE_METHOD(TrainingFixture,
                 "the attendance register ticks households and lists attendees first",
                 "[presentation][training]")
{
    AttendanceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(workspace.get());
    model.setEvent(*services::TrainingRegister(*workspace).event(event));

    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(0), AttendanceModel::IdRole).toLongLong() == holloway.value);
    CHECK(model.data(model.index(0), Qt::CheckStateRole) == Qt::Checked);
    const QModelIndex jo = model.index(model.rowOf(bright));
    CHECK(model.data(jo, Qt::CheckStateRole) == Qt::Unchecked);
    CHECK_FALSE(model.isModified());

    REQUIRE(model.setData(jo, Qt::Checked, Qt::CheckStateRole));
    CHECK(model.isModified());
    CHECK(model.event().attendees.contains(bright));
    REQUIRE(services::TrainingRegister(*workspace).update(model.event()));
    CHECK(services::TrainingRegister(*workspace).event(event)->attendees.size() == 2);
}
