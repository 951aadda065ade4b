#include "Builders.h"
#include "TempDatabase.h"
#include "storage/HouseholdRepository.h"
#include "storage/SupportCaseRepository.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace permanence;
using namespace permanence::domain;
using namespace permanence::test;
using storage::SupportCaseQuery;
using storage::SupportCaseRepository;

namespace {

const Actor worker{QStringLiteral("j.bloggs")};

SupportCase aWholeCase(const QString& hub = QStringLiteral("STOKE"),
                       QDate referral = QDate(2024, 5, 1))
{
    SupportCase sc;
    sc.familyName = QStringLiteral("Okafor family");
    sc.hubCode = hub;
    sc.referral = referral;
    sc.source = ReferralSource::School;
    sc.worker = QStringLiteral("a.khan");
    sc.residenceCouncil = QStringLiteral("Stoke-on-Trent City Council");
    sc.children << SupportChild{1,
                                {},
                                QStringLiteral("Ada"),
                                QDate(2016, 2, 3),
                                QDate(2022, 6, 20),
                                QStringLiteral("Cheshire East Council")}
                << SupportChild{2, {}, QStringLiteral("Ben"), QDate(2018, 7, 9), QDate(), {}};
    NeedsAssessment a;
    a.started = QDate(2024, 5, 10);
    a.completed = QDate(2024, 6, 30);
    a.outcome = QStringLiteral("Therapy for Ada");
    a.plan << SupportPlanService{QStringLiteral("DDP therapy"), QStringLiteral("Family Futures"),
                                 QDate(2024, 8, 1), QDate(2025, 2, 1)}
           << SupportPlanService{QStringLiteral("Peer support"), {}, {}, {}};
    sc.assessments << a;
    SupportFundApplication f;
    f.applied = QDate(2024, 7, 5);
    f.childNumber = 1;
    f.type = FundType::SpecialistAssessment;
    f.provider = QStringLiteral("Family Futures");
    f.requested = 250000;
    f.approved = 200000;
    f.financialYear = ReportingYear{2024};
    f.matchFunding = 5000;
    f.matchFundedBy = QStringLiteral("Stoke-on-Trent City Council");
    sc.fundApplications << f;
    f.approved.reset();
    f.type = FundType::Therapy;
    f.childNumber = 2;
    f.matchFunding = 0;
    f.matchFundedBy.clear();
    sc.fundApplications << f;
    PostBoxAgreement p;
    p.birthRelative = QStringLiteral("Birth mother");
    p.direction = PostBoxDirection::FamilyToBirthRelative;
    p.everyMonths = 6;
    p.start = QDate(2022, 7, 1);
    p.items << PostBoxItem{QDate(2023, 1, 3), PostBoxParty::AdoptiveFamily, QDate(2023, 1, 10)}
            << PostBoxItem{QDate(2023, 7, 3), PostBoxParty::AdoptiveFamily, {}};
    sc.postBox << p
               << PostBoxAgreement{QStringLiteral("Grandmother"),
                                   PostBoxDirection::BothWays,
                                   12,
                                   QDate(2022, 7, 1),
                                   QDate(2024, 1, 1),
                                   {}};
    return sc;
}

int auditRows(storage::Database& db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM audit_log WHERE entity = 'support_case' AND entity_id = ?"));
    q.bindValue(0, id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("a support case round-trips whole, audited", "[storage][support]")
{
    TempDatabase temp;
    SupportCaseRepository repo(temp.db());
    SupportCase sc = aWholeCase();
    auto id = repo.insert(sc, worker);
    REQUIRE(id);
    sc.id = *id;
    auto read = repo.get(*id, worker);
    REQUIRE(read);
    CHECK(*read == sc);
    CHECK(auditRows(temp.db(), id->value) == 1);

    sc.postBox[0].items[1].exchanged = QDate(2023, 7, 9);
    sc.postBox[0].items << PostBoxItem{QDate(2024, 1, 2), PostBoxParty::AdoptiveFamily, {}};
    sc.fundApplications[1].approved = 250000;
    sc.closed = QDate(2025, 1, 1);
    REQUIRE(repo.update(sc, worker));
    read = repo.get(*id, worker);
    REQUIRE(read);
    CHECK(*read == sc);
    CHECK(auditRows(temp.db(), id->value) == 2);
}

TEST_CASE("a support case can belong to a household on record", "[storage][support]")
{
    TempDatabase temp;
    std::vector<AdopterHousehold> households{aHousehold().build()};
    REQUIRE(storage::HouseholdRepository(temp.db()).saveAll(households, worker));
    SupportCase sc = aWholeCase();
    sc.household = households[0].id;
    SupportCaseRepository repo(temp.db());
    auto id = repo.insert(sc, worker);
    REQUIRE(id);
    CHECK(repo.get(*id, worker)->household == households[0].id);

    sc.household = HouseholdId{9999};
    CHECK_FALSE(repo.insert(sc, worker));
}

TEST_CASE("the support case list pages and filters by hub, worker and status", "[storage][support]")
{
    TempDatabase temp;
    SupportCaseRepository repo(temp.db());
    for (int i = 0; i < 5; ++i) {
        SupportCase sc = aWholeCase(i % 2 ? QStringLiteral("STAFFS") : QStringLiteral("STOKE"),
                                    QDate(2024, 1, 1).addDays(i));
        if (i == 4)
            sc.closed = QDate(2024, 12, 1);
        if (i == 0)
            sc.worker = QStringLiteral("b.jones");
        REQUIRE(repo.insert(sc, worker));
    }
    auto all = repo.list({}, worker);
    REQUIRE(all);
    REQUIRE(all->size() == 5);
    CHECK(all->front().referral == QDate(2024, 1, 5)); // newest first
    CHECK(all->front().children == 2);
    CHECK(all->front().closed == QDate(2024, 12, 1));

    SupportCaseQuery stoke;
    stoke.hubCode = QStringLiteral("STOKE");
    CHECK(*repo.count(stoke, worker) == 3);
    stoke.openOnly = true;
    CHECK(*repo.count(stoke, worker) == 2);
    SupportCaseQuery byWorker;
    byWorker.worker = QStringLiteral("b.jones");
    CHECK(*repo.count(byWorker, worker) == 1);

    SupportCaseQuery page;
    page.limit = 2;
    page.offset = 2;
    auto second = repo.list(page, worker);
    REQUIRE(second);
    REQUIRE(second->size() == 2);
    CHECK(second->at(0).referral == QDate(2024, 1, 3));

    auto open = repo.openCases(worker);
    REQUIRE(open);
    CHECK(open->size() == 4);
    CHECK(open->front().postBox.size() == 2);
}

TEST_CASE("updating or reading a missing support case is NotFound", "[storage][support]")
{
    TempDatabase temp;
    SupportCaseRepository repo(temp.db());
    SupportCase sc = aWholeCase();
    sc.id = SupportCaseId{42};
    auto updated = repo.update(sc, worker);
    REQUIRE_FALSE(updated);
    CHECK(updated.error().code == ErrorCode::NotFound);
    CHECK(repo.get(SupportCaseId{42}, worker).error().code == ErrorCode::NotFound);
}
