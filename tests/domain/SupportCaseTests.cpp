#include "domain/SupportCase.h"

#include <catch2/catch.hpp>

using namespace permanence::domain;

namespace {

SupportCase aCase()
{
    SupportCase sc;
    sc.familyName = QStringLiteral("Okafor family");
    sc.hubCode = QStringLiteral("STOKE");
    sc.referral = QDate(2024, 5, 1);
    sc.worker = QStringLiteral("jsmith");
    sc.residenceCouncil = QStringLiteral("Stoke-on-Trent City Council");
    SupportChild child;
    child.number = 1;
    child.name = QStringLiteral("Ada Okafor");
    child.dateOfBirth = QDate(2016, 2, 3);
    child.adoptionOrder = QDate(2022, 6, 20);
    child.placingAuthority = QStringLiteral("Cheshire East Council");
    sc.children << child;
    return sc;
}

QStringList fieldsOf(const Problems& problems)
{
    QStringList fields;
    for (const Problem& p : problems)
        fields << p.field;
    return fields;
}

} // namespace

TEST_CASE("responsibility moves to the council of residence on the third anniversary of the "
          "order",
          "[domain][support]")
{
    const SupportCase sc = aCase();
    const SupportChild& child = sc.children.front();
    CHECK(responsibilityTransferDate(child.adoptionOrder) == QDate(2025, 6, 20));
    CHECK(sc.responsibleAuthority(child, QDate(2025, 6, 19)) ==
          QStringLiteral("Cheshire East Council"));
    CHECK(sc.responsibleAuthority(child, QDate(2025, 6, 20)) ==
          QStringLiteral("Stoke-on-Trent City Council"));
    CHECK_FALSE(responsibilityTransferDate(QDate()).isValid());
    // An order on 29 Feb transfers on 28 Feb three years on.
    CHECK(responsibilityTransferDate(QDate(2024, 2, 29)) == QDate(2027, 2, 28));
}

TEST_CASE("without an adoption order the placing authority stays responsible", "[domain][support]")
{
    SupportCase sc = aCase();
    sc.children[0].adoptionOrder = QDate();
    CHECK(sc.responsibleAuthority(sc.children[0], QDate(2040, 1, 1)) ==
          QStringLiteral("Cheshire East Council"));
}

TEST_CASE("children on a case keep their numbers", "[domain][support]")
{
    SupportCase sc = aCase();
    CHECK(sc.nextChildNumber() == 2);
    sc.children[0].number = 4;
    CHECK(sc.nextChildNumber() == 5);
    CHECK(sc.child(4) != nullptr);
    CHECK(sc.child(1) == nullptr);
}

TEST_CASE("a valid support case has no problems", "[domain][support]")
{
    SupportCase sc = aCase();
    NeedsAssessment a;
    a.started = QDate(2024, 5, 10);
    a.completed = QDate(2024, 6, 30);
    a.outcome = QStringLiteral("Therapeutic support for Ada");
    a.plan << SupportPlanService{QStringLiteral("DDP therapy"), QStringLiteral("Family Futures"),
                                 QDate(2024, 8, 1), QDate(2025, 2, 1)};
    sc.assessments << a;
    SupportFundApplication f;
    f.applied = QDate(2024, 7, 5);
    f.childNumber = 1;
    f.provider = QStringLiteral("Family Futures");
    f.requested = 400000;
    f.financialYear = ReportingYear{2024};
    sc.fundApplications << f;
    PostBoxAgreement p;
    p.birthRelative = QStringLiteral("Birth mother");
    p.start = QDate(2022, 7, 1);
    sc.postBox << p;
    CHECK(validate(sc, QDate(2024, 12, 1)).empty());
}

TEST_CASE("a support case lists every problem at once, each naming its field", "[domain][support]")
{
    SupportCase sc;
    sc.referral = QDate(2025, 2, 1);
    sc.closed = QDate(2025, 1, 1);
    NeedsAssessment a;
    a.started = QDate(2025, 1, 15);
    a.completed = QDate(2025, 1, 10);
    sc.assessments << a;
    SupportFundApplication f;
    f.applied = QDate(2025, 2, 2);
    f.childNumber = 3;
    f.provider = QStringLiteral("X");
    f.requested = 100;
    f.financialYear = ReportingYear{2024};
    sc.fundApplications << f;
    PostBoxAgreement p; // no relative, no start
    sc.postBox << p;

    const QStringList fields = fieldsOf(validate(sc, QDate(2025, 3, 1)));
    CHECK(fields.contains(QStringLiteral("Family")));
    CHECK(fields.contains(QStringLiteral("Hub")));
    CHECK(fields.contains(QStringLiteral("Children")));
    CHECK(fields.contains(QStringLiteral("Assessment started")));
    CHECK(fields.contains(QStringLiteral("Assessment completed")));
    CHECK(fields.contains(QStringLiteral("Child")));
    CHECK(fields.contains(QStringLiteral("Birth relative")));
    CHECK(fields.contains(QStringLiteral("Closed")));
}

TEST_CASE("a case cannot be referred in the future and children need unique numbers",
          "[domain][support]")
{
    SupportCase sc = aCase();
    sc.referral = QDate(2030, 1, 1);
    sc.children << sc.children.front();
    const Problems problems = validate(sc, QDate(2025, 1, 1));
    CHECK(problems.size() == 2);
    CHECK(fieldsOf(problems).contains(QStringLiteral("Referral date")));
    CHECK(fieldsOf(problems).contains(QStringLiteral("Children")));
}

TEST_CASE("referral source codes round-trip", "[domain][support]")
{
    for (ReferralSource s : allReferralSources())
        CHECK(referralSourceFromCode(referralSourceCode(s)) == s);
    CHECK(fundTypeFromCode(fundTypeCode(FundType::SpecialistAssessment)) ==
          FundType::SpecialistAssessment);
}
