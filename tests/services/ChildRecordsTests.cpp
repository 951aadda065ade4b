#include "Builders.h"
#include "services/ChildRecords.h"
#include "services/Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace permanence;
using namespace permanence::domain;
using namespace permanence::test;

namespace {

struct OpenWorkspace
{
    QTemporaryDir dir;
    FixedClock clock{d(2024, 6, 30)};
    std::unique_ptr<services::Workspace> ws;

    OpenWorkspace()
    {
        auto opened = services::Workspace::open(dir.filePath(QStringLiteral("ws.sqlite")), clock,
                                                Actor{QStringLiteral("tester")});
        REQUIRE(opened);
        ws = std::move(*opened);
        REQUIRE(ws->setAgency(aFourCouncilAgency()));
    }
};

QStringList references(const std::vector<Child>& children)
{
    QStringList refs;
    for (const Child& c : children)
        refs << c.reference;
    return refs;
}

} // namespace

TEST_CASE("a sibling group with no decision recorded is not found, and is planned together",
          "[services][child-records]")
{
    OpenWorkspace w;
    services::ChildRecords records(*w.ws);
    auto group = records.siblingGroup(QStringLiteral("SG-1"));
    REQUIRE(group);
    CHECK_FALSE(group->has_value());
    CHECK(SiblingGroup{}.placeTogether);
}

TEST_CASE("a decision to place apart needs its reason, then is saved and announced",
          "[services][child-records]")
{
    OpenWorkspace w;
    services::ChildRecords records(*w.ws);
    QSignalSpy changed(w.ws.get(), &services::Workspace::childrenChanged);

    SiblingGroup apart{QStringLiteral("SG-1"), false, QString(), QString()};
    auto refused = records.saveSiblingGroup(apart);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Validation);
    CHECK(changed.count() == 0);
    CHECK_FALSE(records.siblingGroup(QStringLiteral("SG-1"))->has_value());

    apart.apartReason = QStringLiteral("Assessed needs differ greatly.");
    REQUIRE(records.saveSiblingGroup(apart));
    CHECK(changed.count() == 1);
    auto saved = records.siblingGroup(QStringLiteral("SG-1"));
    REQUIRE(saved);
    REQUIRE(saved->has_value());
    CHECK(**saved == apart);
}

TEST_CASE("siblings are the group's children who are not archived, oldest first",
          "[services][child-records]")
{
    OpenWorkspace w;
    const QString group = QStringLiteral("SG-7");
    REQUIRE(w.ws->createChild(aChild()
                                  .reference(QStringLiteral("C-YOUNG"))
                                  .bornOn(d(2021, 1, 5))
                                  .siblingGroup(group)
                                  .build()));
    REQUIRE(w.ws->createChild(aChild()
                                  .reference(QStringLiteral("C-OLD"))
                                  .bornOn(d(2017, 2, 2))
                                  .siblingGroup(group)
                                  .build()));
    REQUIRE(w.ws->createChild(aChild()
                                  .reference(QStringLiteral("C-MID"))
                                  .bornOn(d(2019, 3, 3))
                                  .siblingGroup(group)
                                  .build()));
    REQUIRE(w.ws->createChild(aChild().reference(QStringLiteral("C-OTHER")).build()));
    auto archived = w.ws->createChild(aChild()
                                          .reference(QStringLiteral("C-GONE"))
                                          .bornOn(d(2018, 1, 1))
                                          .siblingGroup(group)
                                          .build());
    REQUIRE(archived);
    services::ChildRecords records(*w.ws);
    REQUIRE(records.archive(*archived));

    auto siblings = records.siblings(group);
    REQUIRE(siblings);
    CHECK(references(*siblings) ==
          QStringList{QStringLiteral("C-OLD"), QStringLiteral("C-MID"), QStringLiteral("C-YOUNG")});

    auto none = records.siblings(QString());
    REQUIRE(none);
    CHECK(none->empty());
}

TEST_CASE("archiving and restoring a child keep the record and announce the change",
          "[services][child-records]")
{
    OpenWorkspace w;
    auto id = w.ws->createChild(aChild().build());
    REQUIRE(id);
    services::ChildRecords records(*w.ws);
    QSignalSpy changed(w.ws.get(), &services::Workspace::childrenChanged);

    REQUIRE(records.archive(*id));
    CHECK(w.ws->child(*id)->archived);
    CHECK(*w.ws->childCount() == 0);
    storage::ChildQuery all;
    all.includeArchived = true;
    CHECK(*w.ws->childCount(all) == 1);
    CHECK(changed.count() == 1);

    REQUIRE(records.archive(*id)); // already archived: nothing to do
    CHECK(changed.count() == 1);

    REQUIRE(records.restore(*id));
    CHECK_FALSE(w.ws->child(*id)->archived);
    CHECK(*w.ws->childCount() == 1);
    CHECK(changed.count() == 2);
}

TEST_CASE("archiving a child who does not exist is not found", "[services][child-records]")
{
    OpenWorkspace w;
    auto archived = services::ChildRecords(*w.ws).archive(ChildId{404});
    REQUIRE_FALSE(archived);
    CHECK(archived.error().code == ErrorCode::NotFound);
}
