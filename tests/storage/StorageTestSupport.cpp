#include "StorageTestSupport.h"

#include "Builders.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace permanence::test {

using namespace permanence::domain;

QByteArray checksum(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    REQUIRE(hash.addData(&file));
    return hash.result().toHex();
}

QString dataFile(const QString& name)
{
    return QStringLiteral(PERMANENCE_TEST_DATA_DIR "/") + name;
}

QString copyFixture(const QString& name, const QString& dir)
{
    const QString target = dir + QLatin1Char('/') + name;
    REQUIRE(QFile::copy(dataFile(name), target));
    REQUIRE(QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner));
    return target;
}

RawConnection::RawConnection(const QString& path)
{
    static std::atomic<int> counter{0};
    m_name = QStringLiteral("raw-test-%1").arg(++counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    REQUIRE(db.open());
}

RawConnection::~RawConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

void RawConnection::exec(const QString& statement) const
{
    QSqlQuery query(db());
    INFO(statement.toStdString() << " → " << query.lastError().text().toStdString());
    REQUIRE(query.exec(statement));
}

QVariant RawConnection::scalar(const QString& statement) const
{
    QSqlQuery query(db());
    REQUIRE(query.exec(statement));
    REQUIRE(query.next());
    return query.value(0);
}

QVariant scalar(const storage::Database& db, const QString& statement)
{
    QSqlQuery query(db.connection());
    INFO(statement.toStdString());
    REQUIRE(query.exec(statement));
    REQUIRE(query.next());
    return query.value(0);
}

Child aChildWithEveryField(HouseholdId household)
{
    Child c = aChild()
                  .reference(QStringLiteral("C-0042"))
                  .named(QStringLiteral("Oliwia"), QStringLiteral("Nowak-O'Brien"))
                  .bornOn(d(2018, 2, 14))
                  .sex(Sex::Female)
                  .ethnicity(QStringLiteral("WOTH"))
                  .council(QStringLiteral("STOKE"))
                  .siblingGroup(QStringLiteral("SG-7"))
                  .enteredCare(d(2020, 1, 5))
                  .agencyDecision(d(2020, 6, 1))
                  .placementOrder(d(2020, 9, 9))
                  .with(Milestone::FamilyFindingStarted, d(2020, 9, 20))
                  .linked(d(2021, 1, 11))
                  .with(Milestone::MatchingPanel, d(2021, 2, 2))
                  .matchDecision(d(2021, 2, 9))
                  .movedIn(d(2021, 3, 1))
                  .adoptionOrder(d(2021, 11, 30))
                  .earlyPermanence(d(2020, 10, 1))
                  .adoptedByFosterCarers(d(2020, 2, 1))
                  .build();
    c.preferredName = QStringLiteral("Liv");
    c.religion = QStringLiteral("Catholic");
    c.firstLanguage = QStringLiteral("Polish");
    c.journey.authority = PlacementAuthority::Consent;
    c.planChange = {d(2021, 12, 1), QStringLiteral("Court decision"),
                    QStringLiteral("Special guardianship")};
    c.familyFindingStop = {d(2020, 12, 1), QStringLiteral("Ongoing assessment")};
    c.household = household;
    c.archived = true;
    c.disability = true;
    c.healthNeeds = {needCategories().at(3), needCategories().at(0)}; // order kept as recorded
    c.needsNotes = QStringLiteral("Wears glasses");
    c.heritageNotes = QStringLiteral("Polish and Irish heritage");
    c.childViews = QStringLiteral("Wants a dog");
    c.contactPlans = {
        {QStringLiteral("Birth mother"), QStringLiteral("Letterbox"),
         QStringLiteral("Twice a year")},
        {QStringLiteral("Older brother"), QStringLiteral("Direct"), QStringLiteral("Annually")}};
    c.journey.earlyPermanenceKind = EarlyPermanenceKind::Concurrency;
    c.journey.earlyPermanenceCarers = QStringLiteral("The Hills");
    c.pastPlacements = {
        PastPlacement{household, d(2020, 10, 1), d(2020, 11, 1), d(2020, 12, 1), d(2021, 1, 1),
                      QStringLiteral("Disrupted"), true, QStringLiteral("Slower introductions")},
        PastPlacement{{}, {}, {}, d(2021, 2, 1), d(2021, 2, 2), QStringLiteral("x"), false, {}}};
    return c;
}

AdopterHousehold aHouseholdWithEveryField()
{
    HouseholdJourney journey;
    journey.enquiry = d(2021, 1, 4);
    journey.informationEvent = d(2021, 1, 20);
    journey.registration = d(2021, 2, 1);
    journey.stage1Start = d(2021, 2, 3);
    journey.stage1End = d(2021, 4, 3);
    journey.stage2Start = d(2021, 4, 10);
    journey.panel = d(2021, 8, 1);
    journey.approval = d(2021, 8, 10);
    AdopterHousehold h = aHousehold()
                             .reference(QStringLiteral("H-0042"))
                             .hub(QStringLiteral("UTTOX"))
                             .journey(journey)
                             .build();
    h.terms.maxChildren = 3;
    h.terms.minAge = 1;
    h.terms.maxAge = 9;
    h.terms.siblings = true;
    h.terms.earlyPermanence = false;
    h.applicants[0].religion = QStringLiteral("Sikh");
    h.applicants[1].religion = QStringLiteral("None");
    h.fastTrack = true;
    h.secondTime = true;
    h.withdrawal = {d(2022, 5, 5), QStringLiteral("Moving house"),
                    WithdrawalReason::ChangeOfCircumstances};
    h.archived = true;
    h.councilCode = QStringLiteral("STAFFS");
    h.area = QStringLiteral("East Staffordshire");
    h.relationship = Relationship::CivilPartners;
    h.journey.infoGivingMeeting = d(2021, 1, 25);
    h.journey.parCompleted = d(2021, 7, 1);
    h.pauses = {{d(2021, 3, 1), d(2021, 3, 20), QStringLiteral("Bereavement")},
                {d(2021, 5, 1), {}, QStringLiteral("House move")}};
    h.terms.sexPreference = Sex::Male;
    h.terms.needs = {{needCategories().at(0), NeedGrade::High},
                     {needCategories().at(5), NeedGrade::Low}};
    h.terms.ethnicityConsiderations = QStringLiteral("Punjabi speaking");
    h.terms.contactSupported = QStringLiteral("Letterbox");
    h.deregistered = d(2022, 6, 1);
    h.deregistrationReason = QStringLiteral("Withdrew");
    return h;
}

} // namespace permanence::test
