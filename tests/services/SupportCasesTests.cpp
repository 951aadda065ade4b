#include "Builders.h"
#include "services/SupportCases.h"
#include "services/Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace permanence;
using namespace permanence::domain;
using namespace permanence::test;

namespace {

struct OpenWorkspace
{
    QTemporaryDir dir;
    FixedClock clock{d(2025, 6, 30)};
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

SupportCase aCase()
{
    SupportCase sc;
    sc.familyName = QStringLiteral("Patel family");
    sc.hubCode = QStringLiteral("STOKEHUB");
    sc.referral = d(2025, 3, 1);
    sc.worker = QStringLiteral("tester");
    sc.children << SupportChild{1,
                                {},
                                QStringLiteral("Ravi"),
                                d(2015, 1, 1),
                                d(2021, 1, 1),
                                QStringLiteral("Stoke-on-Trent City Council")};
    PostBoxAgreement p;
    p.birthRelative = QStringLiteral("Birth father");
    p.start = d(2021, 6, 1);
    sc.postBox << p;
    return sc;
}

SupportFundApplication therapy(QDate applied, Pence requested)
{
    SupportFundApplication f;
    f.applied = applied;
    f.childNumber = 1;
    f.provider = QStringLiteral("Play therapist");
    f.requested = requested;
    f.financialYear = ReportingYear::containing(applied);
    return f;
}

bool hasRule(const Problems& problems, const QString& rule)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [&](const Problem& p) { return p.rule == rule; });
}

} // namespace

TEST_CASE("a support case is validated, saved, announced and read back", "[services][support]")
{
    OpenWorkspace w;
    services::SupportCases cases(*w.ws);
    QSignalSpy changed(w.ws.get(), &services::Workspace::supportCasesChanged);
    auto id = cases.create(aCase());
    REQUIRE(id);
    CHECK(changed.count() == 1);
    auto read = cases.supportCase(*id);
    REQUIRE(read);
    CHECK(read->familyName == QStringLiteral("Patel family"));
    CHECK(*cases.count({}) == 1);

    SupportCase bad = aCase();
    bad.hubCode = QStringLiteral("NOWHERE");
    bad.referral = d(2026, 1, 1);
    auto refused = cases.create(bad);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Validation);
    CHECK(hasRule(refused.error().problems, QStringLiteral("support.unknown-hub")));
    CHECK(hasRule(refused.error().problems, QStringLiteral("support.future")));
    CHECK(changed.count() == 1);
}

TEST_CASE("kept records cannot be dropped from a support case", "[services][support]")
{
    OpenWorkspace w;
    services::SupportCases cases(*w.ws);
    SupportCase sc = aCase();
    sc.fundApplications << therapy(d(2025, 4, 10), 100000);
    auto id = cases.create(sc);
    REQUIRE(id);
    sc.id = *id;
    SupportCase dropped = sc;
    dropped.fundApplications.clear();
    dropped.postBox.clear();
    auto refused = cases.update(dropped);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().problems.size() == 2);
    CHECK(hasRule(refused.error().problems, QStringLiteral("support.kept")));

    sc.closed = d(2025, 6, 1);
    CHECK(cases.update(sc));
    CHECK(*cases.count({QString(), QString(), true, 0, 0}) == 0);
}

TEST_CASE("a post-box item is logged against its agreement", "[services][support][postbox]")
{
    OpenWorkspace w;
    services::SupportCases cases(*w.ws);
    auto id = cases.create(aCase());
    REQUIRE(id);
    REQUIRE(cases.recordPostBoxItem(*id, 0, {d(2025, 6, 2), PostBoxParty::BirthRelative, {}}));
    auto read = cases.supportCase(*id);
    REQUIRE(read);
    REQUIRE(read->postBox[0].items.size() == 1);
    CHECK(nextItemDue(read->postBox[0], PostBoxParty::BirthRelative) == d(2026, 6, 2));
    CHECK(cases.recordPostBoxItem(*id, 3, {d(2025, 6, 2), PostBoxParty::BirthRelative, {}})
              .error()
              .code == ErrorCode::NotFound);
    auto future = cases.recordPostBoxItem(*id, 0, {d(2025, 7, 2), PostBoxParty::BirthRelative, {}});
    REQUIRE_FALSE(future);
    CHECK(future.error().code == ErrorCode::Validation);
}

TEST_CASE("fund warnings use the limits saved in the agency's settings", "[services][support]")
{
    OpenWorkspace w;
    services::SupportCases cases(*w.ws);
    SupportCase sc = aCase();
    sc.fundApplications << therapy(d(2025, 3, 31), 450000) << therapy(d(2025, 4, 1), 320000);
    CHECK(cases.fundLimits() == FundLimits::defaults());
    CHECK(cases.fundWarnings(sc, 0).empty());
    CHECK(hasRule(cases.fundWarnings(sc, 1), QStringLiteral("fund.above-limit")));

    FundLimits raised = FundLimits::defaults();
    raised.rules << FundLimitRule{d(2025, 4, 1), 0, 0, 400000, false};
    raised.rules.removeAt(2);
    REQUIRE(cases.saveFundLimits(raised));
    CHECK(cases.fundLimits() == raised);
    CHECK(cases.fundWarnings(sc, 1).empty());
}
