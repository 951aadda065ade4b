#include "Builders.h"
#include "services/DuplicateCheck.h"
#include "services/Workspace.h"

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

} // namespace

TEST_CASE("a new child like an existing one is found, with why", "[services][duplicates]")
{
    OpenWorkspace w;
    const auto katy = w.ws->createChild(aChild()
                                            .reference(QStringLiteral("C-1"))
                                            .named(QStringLiteral("Katy"), QStringLiteral("Marsh"))
                                            .build());
    REQUIRE(katy);
    REQUIRE(w.ws->createChild(aChild()
                                  .reference(QStringLiteral("C-2"))
                                  .named(QStringLiteral("Grace"), QStringLiteral("Marsh"))
                                  .build()));
    REQUIRE(w.ws->createChild(aChild()
                                  .reference(QStringLiteral("C-3"))
                                  .named(QStringLiteral("Katie"), QStringLiteral("Marsh"))
                                  .bornOn(d(2019, 3, 2))
                                  .build()));
    services::DuplicateCheck check(*w.ws);

    SECTION("a spelling variant born the same day")
    {
        const auto found = check.of(aChild()
                                        .reference(QStringLiteral("C-NEW"))
                                        .named(QStringLiteral("Katie"), QStringLiteral("Marsh"))
                                        .build());
        REQUIRE(found);
        REQUIRE(found->size() == 1);
        CHECK(found->at(0).id == katy->value);
        CHECK(found->at(0).reference == QStringLiteral("C-1"));
        CHECK(found->at(0).title == QStringLiteral("Katy Marsh"));
        CHECK(found->at(0).reason == DuplicateReason::SimilarNameAndBirth);
        CHECK(found->at(0).detail.contains(QStringLiteral("born 1 Mar 2019")));
    }
    SECTION("the same reference in other case, whatever the name")
    {
        const auto found = check.of(aChild()
                                        .reference(QStringLiteral("c-2"))
                                        .named(QStringLiteral("Zara"), QStringLiteral("Quinn"))
                                        .bornOn(d(2015, 1, 1))
                                        .build());
        REQUIRE(found);
        REQUIRE(found->size() == 1);
        CHECK(found->at(0).reference == QStringLiteral("C-2"));
        CHECK(found->at(0).reason == DuplicateReason::SameReference);
    }
    SECTION("a saved child does not duplicate itself")
    {
        auto saved = w.ws->child(*katy);
        REQUIRE(saved);
        const auto found = check.of(*saved);
        REQUIRE(found);
        CHECK(found->empty());
    }
    SECTION("nobody born that day with that name: nothing")
    {
        const auto found = check.of(aChild()
                                        .reference(QStringLiteral("C-NEW"))
                                        .named(QStringLiteral("Katie"), QStringLiteral("Marsh"))
                                        .bornOn(d(2018, 3, 1))
                                        .build());
        REQUIRE(found);
        CHECK(found->empty());
    }
}

TEST_CASE("a new household with an applicant like an existing applicant is found",
          "[services][duplicates]")
{
    OpenWorkspace w;
    const auto existing = w.ws->createHousehold(aHousehold().build()); // Sam & Priya Holloway
    REQUIRE(existing);
    services::DuplicateCheck check(*w.ws);

    AdopterHousehold typed = aHousehold().reference(QStringLiteral("H-0002")).build();
    typed.applicants.removeFirst(); // Priya only
    typed.applicants[0].surname = QStringLiteral("Holoway");
    const auto found = check.of(typed);
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->at(0).kind == SearchKind::Household);
    CHECK(found->at(0).id == existing->value);
    CHECK(found->at(0).title == QStringLiteral("Sam & Priya Holloway"));
    CHECK(found->at(0).reason == DuplicateReason::SimilarNameAndBirth);

    typed.applicants[0].dateOfBirth = d(1990, 1, 1);
    const auto none = check.of(typed);
    REQUIRE(none);
    CHECK(none->empty());
}
