#include "StringMakers.h"
#include "TempDatabase.h"
#include "domain/Actor.h"
#include "domain/Dates.h"
#include "services/DemoAgency.h"
#include "storage/AgencyRepository.h"
#include "storage/ChildRepository.h"
#include "storage/HouseholdRepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <catch2/catch.hpp>
#include <limits>

using namespace permanence;
using namespace permanence::domain;
using permanence::services::DemoData;
using permanence::services::DemoOptions;
using permanence::services::DemoScale;

namespace {

const QDate today(2025, 6, 30);

DemoOptions agencyOptions(quint64 seed = 2024)
{
    DemoOptions o;
    o.seed = seed;
    o.today = today;
    return o;
}

/// Generated once: every test below reads the same demo.
const DemoData& demo()
{
    static const DemoData data = services::generateDemoAgency(agencyOptions());
    return data;
}

const AdopterHousehold* householdOf(const DemoData& d, const Child& c)
{
    if (!c.household.isValid())
        return nullptr;
    const auto index = static_cast<size_t>(c.household.value - 1);
    return index < d.households.size() ? &d.households[index] : nullptr;
}

/// One reporting year's figures, computed from the journey fields the way 003 §3 and
/// shared/domain/measures.md define them.
struct YearFigures
{
    int decisions = 0;
    int placed = 0;
    int placedOwn = 0;
    int placedOtherRaa = 0;
    int placedEarlyPermanence = 0;
    int placedWithSiblings = 0;
    int placedAgedFivePlus = 0;
    int adopted = 0;
    double a10 = 0; ///< mean days, children adopted in the year
    double a2 = 0;  ///< mean days, adopted in the year with a placement order, floored at 0

    [[nodiscard]] double ownShare() const { return placed ? 100.0 * placedOwn / placed : 0; }
    [[nodiscard]] double epShare() const
    {
        return placed ? 100.0 * placedEarlyPermanence / placed : 0;
    }
};

YearFigures figuresFor(const DemoData& d, ReportingYear year)
{
    YearFigures f;
    qint64 a10Days = 0;
    qint64 a2Days = 0;
    int a2Count = 0;
    for (const Child& c : d.children) {
        const ChildJourney& j = c.journey;
        if (year.contains(j.agencyDecision))
            ++f.decisions;
        if (year.contains(j.movedIn)) {
            ++f.placed;
            const AdopterHousehold* h = householdOf(d, c);
            if (h && h->source == AdopterSource::OwnAgency)
                ++f.placedOwn;
            if (h && h->source == AdopterSource::OtherRegionalAgency)
                ++f.placedOtherRaa;
            if (j.earlyPermanencePlaced.isValid())
                ++f.placedEarlyPermanence;
            if (!c.siblingGroup.isEmpty())
                ++f.placedWithSiblings;
            if (ageInYears(c.dateOfBirth, j.movedIn) >= 5)
                ++f.placedAgedFivePlus;
        }
        if (year.contains(j.adoptionOrder)) {
            ++f.adopted;
            const QDate end = j.fosterCarerAdoption ? j.movedInWithCarers : j.movedIn;
            a10Days += daysBetween(j.enteredCare, end);
            if (j.authority == PlacementAuthority::PlacementOrder && j.movedIn.isValid()) {
                a2Days += std::max<qint64>(0, daysBetween(j.placementOrder, j.matchDecision));
                ++a2Count;
            }
        }
    }
    f.a10 = f.adopted ? static_cast<double>(a10Days) / f.adopted : 0;
    f.a2 = a2Count ? static_cast<double>(a2Days) / a2Count : 0;
    return f;
}

bool sameData(const DemoData& a, const DemoData& b)
{
    return a.agency == b.agency && a.households == b.households && a.children == b.children;
}

} // namespace

TEST_CASE("The demo is the same for the same seed and date, and differs for another seed",
          "[services][demo]")
{
    const DemoData again = services::generateDemoAgency(agencyOptions());
    CHECK(sameData(demo(), again));

    const DemoData other = services::generateDemoAgency(agencyOptions(2025));
    CHECK_FALSE(sameData(demo(), other));
    CHECK(other.agency == demo().agency); // the agency itself is fixed; its people differ
}

TEST_CASE("The demo agency is shaped like 003's partnership with invented names",
          "[services][demo]")
{
    const Agency& a = demo().agency;
    CHECK(validate(a).empty());
    CHECK(a.name == QStringLiteral("Severn & Trent Adoption Partnership"));
    REQUIRE(a.councils.size() == 4);
    int central = 0;
    int locality = 0;
    int servingTwo = 0;
    for (const Hub& h : a.hubs) {
        if (h.central) {
            ++central;
            continue;
        }
        ++locality;
        if (h.councilCodes.size() == 2)
            ++servingTwo;
    }
    CHECK(central == 1);
    CHECK(locality == 3);
    CHECK(servingTwo == 1);
    for (const Council& c : a.councils)
        CHECK(a.hubServing(c.code) != nullptr);

    // Council sizes are unequal, the biggest with about a third of the children.
    QHash<QString, int> perCouncil;
    for (const Child& c : demo().children)
        ++perCouncil[c.councilCode];
    int biggest = 0;
    int smallest = std::numeric_limits<int>::max();
    for (int n : perCouncil) {
        biggest = std::max(biggest, n);
        smallest = std::min(smallest, n);
    }
    const double share = 100.0 * biggest / static_cast<double>(demo().children.size());
    INFO("biggest council share " << share);
    CHECK(share > 28);
    CHECK(share < 42);
    CHECK(smallest * 1.8 < biggest);
}

TEST_CASE("Every demo child and household passes validation", "[services][demo]")
{
    const DemoData& d = demo();
    const ValidationContext context{today, &d.agency};
    REQUIRE(d.children.size() > 500);
    REQUIRE(d.households.size() > 200);
    for (const Child& c : d.children) {
        const Problems problems = validate(c, context);
        INFO(c.reference.toStdString() << ": " << describe(problems).toStdString());
        CHECK(problems.empty());
    }
    for (const AdopterHousehold& h : d.households) {
        const Problems problems = validate(h, context);
        INFO(h.reference.toStdString() << ": " << describe(problems).toStdString());
        CHECK(problems.empty());
    }
}

TEST_CASE("Demo references are unique and well formed", "[services][demo]")
{
    const QRegularExpression childRef(QStringLiteral("^C(ASHB|BRAM|CALD|DUNM)-\\d{5}$"));
    const QRegularExpression householdRef(QStringLiteral("^H-\\d{5}$"));
    QSet<QString> seen;
    for (const Child& c : demo().children) {
        CHECK(childRef.match(c.reference).hasMatch());
        CHECK(c.reference.mid(1, 4) == c.councilCode);
        CHECK(!seen.contains(c.reference));
        seen.insert(c.reference);
    }
    for (const AdopterHousehold& h : demo().households) {
        CHECK(householdRef.match(h.reference).hasMatch());
        CHECK(!seen.contains(h.reference));
        seen.insert(h.reference);
    }
}

TEST_CASE("Demo children placed or linked refer to an approved household whose terms fit",
          "[services][demo]")
{
    const DemoData& d = demo();
    int linked = 0;
    for (const Child& c : d.children) {
        const ChildJourney& j = c.journey;
        const bool withHousehold = j.linked.isValid() || j.earlyPermanencePlaced.isValid();
        INFO(c.reference.toStdString());
        CHECK(c.household.isValid() == withHousehold);
        if (!c.household.isValid())
            continue;
        ++linked;
        const AdopterHousehold* h = householdOf(d, c);
        REQUIRE(h != nullptr);
        const QDate first =
            j.earlyPermanencePlaced.isValid()
                ? std::min(j.earlyPermanencePlaced, j.linked.isValid() ? j.linked : today)
                : j.linked;
        REQUIRE(h->journey.approval.isValid());
        CHECK(h->journey.approval <= first);
        CHECK_FALSE(h->withdrawal.date.isValid());
        CHECK(h->terms.minAge <= ageInYears(c.dateOfBirth, first));
        CHECK(h->terms.maxAge >= ageInYears(c.dateOfBirth, first));
        if (j.earlyPermanencePlaced.isValid())
            CHECK(h->terms.earlyPermanence);
    }
    CHECK(linked > 300);

    // Brothers and sisters share a council, a household and their milestone dates.
    QHash<QString, QList<const Child*>> groups;
    for (const Child& c : d.children)
        if (!c.siblingGroup.isEmpty())
            groups[c.siblingGroup].append(&c);
    REQUIRE(groups.size() > 20);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QList<const Child*>& members = it.value();
        INFO(it.key().toStdString());
        CHECK(members.size() >= 2);
        CHECK(members.size() <= 3);
        for (const Child* c : members) {
            CHECK(c->councilCode == members.first()->councilCode);
            CHECK(c->household == members.first()->household);
            CHECK(c->journey == members.first()->journey);
            if (c->household.isValid())
                CHECK(householdOf(d, *c)->terms.maxChildren >= members.size());
        }
    }
}

TEST_CASE("The demo has children and households at every stage on its last day", "[services][demo]")
{
    const DemoData& d = demo();
    int waiting = 0, linkedOnly = 0, matchedOnly = 0, stopped = 0, planChanged = 0,
        placedNotAdopted = 0, consent = 0, fosterCarer = 0, preferred = 0, religion = 0,
        language = 0, boys = 0, girls = 0, notWhiteBritish = 0, withNeeds = 0, disabled = 0,
        withContact = 0, concurrency = 0;
    for (const Child& c : d.children) {
        const ChildJourney& j = c.journey;
        const bool ended = c.planChange.date.isValid() || c.familyFindingStop.date.isValid();
        if (j.placementOrder.isValid() && !j.linked.isValid() && !ended)
            ++waiting;
        if (j.linked.isValid() && !j.matchDecision.isValid())
            ++linkedOnly;
        if (j.matchDecision.isValid() && !j.movedIn.isValid())
            ++matchedOnly;
        if (c.familyFindingStop.date.isValid() && !c.planChange.date.isValid())
            ++stopped;
        if (c.planChange.date.isValid()) {
            ++planChanged;
            CHECK((c.planChange.newPlan == QStringLiteral("Special guardianship order") ||
                   c.planChange.newPlan == QStringLiteral("Long-term fostering") ||
                   c.planChange.newPlan == QStringLiteral("Return home")));
        }
        if (j.movedIn.isValid() && !j.adoptionOrder.isValid())
            ++placedNotAdopted;
        consent += j.authority == PlacementAuthority::Consent ? 1 : 0;
        fosterCarer += j.fosterCarerAdoption ? 1 : 0;
        preferred += c.preferredName.isEmpty() ? 0 : 1;
        religion += c.religion.isEmpty() ? 0 : 1;
        language += c.firstLanguage.isEmpty() ? 0 : 1;
        boys += c.sex == Sex::Male ? 1 : 0;
        girls += c.sex == Sex::Female ? 1 : 0;
        notWhiteBritish += isOtherThanWhiteBritish(c.ethnicity) ? 1 : 0;
        withNeeds += c.healthNeeds.isEmpty() ? 0 : 1;
        disabled += c.disability ? 1 : 0;
        withContact += c.contactPlans.isEmpty() ? 0 : 1;
        if (j.earlyPermanencePlaced.isValid()) {
            CHECK_FALSE(j.earlyPermanenceCarers.isEmpty());
            concurrency += j.earlyPermanenceKind == EarlyPermanenceKind::Concurrency ? 1 : 0;
        }
        // Babies often come into care within days of birth; nobody before being born.
        CHECK(c.dateOfBirth <= j.enteredCare);
    }
    CHECK(waiting > 5);
    CHECK(linkedOnly > 5);
    CHECK(matchedOnly > 0);
    CHECK(stopped > 3);
    CHECK(planChanged > 10);
    CHECK(placedNotAdopted > 30);
    CHECK(consent > 0);
    CHECK(fosterCarer > 20);
    CHECK(preferred > 20);
    CHECK(religion > 100);
    CHECK(language > 100);
    CHECK(boys > 200);
    CHECK(withNeeds > 100);
    CHECK(disabled > 5);
    CHECK(withContact > 300);
    CHECK(concurrency > 0);
    CHECK(girls > 200);
    const double minorityShare = 100.0 * notWhiteBritish / static_cast<double>(d.children.size());
    CHECK(minorityShare > 8);
    CHECK(minorityShare < 18);

    int withdrawn = 0, deregistered = 0, inAssessment = 0, approvedWaiting = 0, fastTrack = 0,
        singles = 0, sameSex = 0, interAgency = 0, paused = 0;
    QSet<WithdrawalReason> reasons;
    QSet<qint64> used;
    for (const Child& c : d.children)
        if (c.household.isValid())
            used.insert(c.household.value);
    for (size_t i = 0; i < d.households.size(); ++i) {
        const AdopterHousehold& h = d.households[i];
        const HouseholdJourney& j = h.journey;
        if (h.withdrawal.date.isValid()) {
            ++withdrawn;
            reasons.insert(h.withdrawal.category);
        } else if (h.deregistered.isValid()) {
            ++deregistered;
        } else if (!j.approval.isValid()) {
            ++inAssessment;
        } else if (!used.contains(static_cast<qint64>(i) + 1)) {
            ++approvedWaiting;
        }
        fastTrack += h.fastTrack ? 1 : 0;
        singles += h.applicants.size() == 1 ? 1 : 0;
        if (h.applicants.size() == 2)
            sameSex += h.applicants[0].sex == h.applicants[1].sex ? 1 : 0;
        interAgency += h.source != AdopterSource::OwnAgency ? 1 : 0;
        paused += h.pauses.isEmpty() ? 0 : 1;
        if (h.source != AdopterSource::OwnAgency) {
            CHECK_FALSE(h.sourceAgency.isEmpty());
        } else {
            // Assessed by the locality hub of the council that approves them.
            REQUIRE(d.agency.hubServing(h.councilCode) != nullptr);
            CHECK(d.agency.hubServing(h.councilCode)->code == h.hubCode);
            CHECK_FALSE(h.area.isEmpty());
        }
        for (const Applicant& a : h.applicants) {
            // Aged 25 to 55 when approved; still over 21 if assessment is under way.
            if (j.approval.isValid()) {
                CHECK(ageInYears(a.dateOfBirth, j.approval) >= 25);
                CHECK(ageInYears(a.dateOfBirth, j.approval) <= 55);
            } else {
                CHECK(ageInYears(a.dateOfBirth, today) >= minimumAdopterAge);
            }
        }
    }
    CHECK(withdrawn > 20);
    CHECK(reasons.size() == 4);
    CHECK(deregistered > 0);
    CHECK(sameSex > 10);
    CHECK(paused > 10);
    CHECK(inAssessment > 20);
    CHECK(approvedWaiting > 10);
    CHECK(fastTrack > 10);
    CHECK(singles > 20);
    CHECK(interAgency > 50);
}

TEST_CASE("Each of the last three reporting years looks like 003", "[services][demo]")
{
    const DemoData& d = demo();
    const ReportingYear current = ReportingYear::containing(today);
    for (int back = 1; back <= 3; ++back) {
        const ReportingYear year{current.startYear - back};
        const YearFigures f = figuresFor(d, year);
        INFO(year.label().toStdString()
             << ": decisions " << f.decisions << ", placed " << f.placed << ", own " << f.ownShare()
             << "%, other RAA " << f.placedOtherRaa << ", EP " << f.epShare() << "%, with siblings "
             << f.placedWithSiblings << ", aged 5+ " << f.placedAgedFivePlus << ", adopted "
             << f.adopted << ", A10 " << f.a10 << ", A2 " << f.a2);
        CHECK(f.decisions >= 130);
        CHECK(f.decisions <= 190);
        CHECK(f.placed >= 100);
        CHECK(f.placed <= 150);
        CHECK(f.ownShare() >= 60);
        CHECK(f.ownShare() <= 75);
        CHECK(f.epShare() >= 15);
        CHECK(f.epShare() <= 28);
        CHECK(f.placedWithSiblings > 0);
        CHECK(f.placedAgedFivePlus > 0);
        CHECK(f.a10 >= 400);
        CHECK(f.a10 <= 600);
        CHECK(f.a2 >= 100);
        CHECK(f.a2 <= 300);
    }
}

TEST_CASE("Nothing in the demo is after its last day, whatever that day is", "[services][demo]")
{
    DemoOptions o = agencyOptions(99);
    o.today = QDate(2023, 11, 15);
    const DemoData d = services::generateDemoAgency(o);
    const ValidationContext context{o.today, &d.agency};
    for (const Child& c : d.children)
        CHECK(validate(c, context).empty());
    for (const AdopterHousehold& h : d.households)
        CHECK(validate(h, context).empty());

    // Without a date the demo ends today.
    DemoOptions undated;
    const DemoData now = services::generateDemoAgency(undated);
    const ValidationContext todayContext{QDate::currentDate(), &now.agency};
    for (const Child& c : now.children)
        CHECK(validate(c, todayContext).empty());
}

TEST_CASE("The demo fills an empty database and refuses one that has data", "[services][demo]")
{
    test::TempDatabase temp;
    const DemoOptions options = agencyOptions();
    const Status filled = services::fillWithDemoAgency(temp.db(), options);
    INFO((filled ? std::string() : filled.error().message.toStdString()));
    REQUIRE(filled);

    const Actor actor = Actor::system();
    storage::ChildQuery everyone;
    everyone.includeArchived = true;
    const Result<int> children = storage::ChildRepository(temp.db()).count(everyone, actor);
    REQUIRE(children);
    CHECK(*children == static_cast<int>(demo().children.size()));
    storage::HouseholdQuery allHouseholds;
    allHouseholds.includeArchived = true;
    const Result<int> households =
        storage::HouseholdRepository(temp.db()).count(allHouseholds, actor);
    REQUIRE(households);
    CHECK(*households == static_cast<int>(demo().households.size()));
    const Result<Agency> agency = storage::AgencyRepository(temp.db()).load();
    REQUIRE(agency);
    CHECK(*agency == demo().agency);

    // A linked child points at the household the demo linked it with.
    const Child& sample = *std::find_if(demo().children.begin(), demo().children.end(),
                                        [](const Child& c) { return c.household.isValid(); });
    const auto stored =
        storage::ChildRepository(temp.db()).findByReference(sample.reference, actor);
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    const auto household = storage::HouseholdRepository(temp.db()).get((*stored)->household, actor);
    REQUIRE(household);
    CHECK(household->reference == householdOf(demo(), sample)->reference);

    const Status again = services::fillWithDemoAgency(temp.db(), options);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Invalid);
}

TEST_CASE("The national demo has 100,000 children and 30,000 valid households quickly",
          "[services][demo][.national]")
{
    DemoOptions o;
    o.scale = DemoScale::National;
    o.today = today;
    QElapsedTimer timer;
    timer.start();
    const DemoData d = services::generateDemoAgency(o);
    const qint64 elapsed = timer.elapsed();
    WARN("national generation took " << elapsed << " ms");
    CHECK(elapsed < 10'000);
    CHECK(d.children.size() == 100'000);
    CHECK(d.households.size() == 30'000);
    CHECK(d.agency.councils.size() == 150);
    CHECK(d.agency.hubs.size() >= 30);
    CHECK(validate(d.agency).empty());

    const ValidationContext context{today, &d.agency};
    int invalid = 0;
    QSet<QString> references;
    for (const Child& c : d.children) {
        invalid += validate(c, context).empty() ? 0 : 1;
        references.insert(c.reference);
        if (c.household.isValid())
            CHECK(static_cast<size_t>(c.household.value) <= d.households.size());
    }
    for (const AdopterHousehold& h : d.households)
        invalid += validate(h, context).empty() ? 0 : 1;
    CHECK(invalid == 0);
    CHECK(references.size() == 100'000);
}

TEST_CASE("The national demo fills a database within a minute", "[services][demo][.national]")
{
    test::TempDatabase temp;
    DemoOptions o;
    o.scale = DemoScale::National;
    o.today = today;
    QElapsedTimer timer;
    timer.start();
    const Status filled = services::fillWithDemoAgency(temp.db(), o);
    const qint64 elapsed = timer.elapsed();
    WARN("national fill took " << elapsed << " ms");
    REQUIRE(filled);
    CHECK(elapsed < 60'000);
    storage::ChildQuery everyone;
    everyone.includeArchived = true;
    const Result<int> children =
        storage::ChildRepository(temp.db()).count(everyone, Actor::system());
    REQUIRE(children);
    CHECK(*children == 100'000);
}
