#include "services/DemoAgency.h"

#include "domain/Actor.h"
#include "domain/Dates.h"
#include "services/DemoNames.h"
#include "services/DemoRandom.h"
#include "storage/AgencyRepository.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <queue>

namespace permanence::services {

using namespace domain;

namespace {

using demo::Random;

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("DemoAgency", text, nullptr, n);
}

/// Each part of the demo draws from its own stream, so a change in how households are made
/// does not reshuffle every child.
enum Stream : quint64
{
    AgencyStream = 1,
    UnitStream,
    ChildStream,
    HouseholdStream,
    ExtraStream
};

/// How much to generate. Decisions start `historyYears` before today so that the pipeline
/// (decision → placement → adoption order takes about two years) is full by the time the kept
/// window starts; journeys that ended before the window are left out, as an agency that went
/// live `keepYears` ago would not hold them.
struct Shape
{
    int historyYears = 6;
    int keepYears = 4;         ///< 0: keep everything generated
    double unitsPerYear = 124; ///< single children or sibling groups with an agency decision
    double yearJitter = 0.05;  ///< years differ (003: 186 decisions one year, 160 the next)
    int exactChildren = 0;     ///< 0: as many as the shape gives
    int exactHouseholds = 0;
    double withdrawnPerYear = 16; ///< own-agency households that withdrew
    int inProgress = 22;          ///< extra households in assessment at today
    int waiting = 8;              ///< extra approved households not yet linked
};

Shape shapeFor(DemoScale scale)
{
    if (scale == DemoScale::Agency)
        return {};
    Shape s;
    s.historyYears = 8;
    s.keepYears = 0;
    s.exactChildren = 100'000;
    s.exactHouseholds = 30'000;
    // 1.32 children per unit on average; generate ~10% more than needed and trim the oldest.
    s.unitsPerYear = s.exactChildren * 1.10 / 1.32 / s.historyYears;
    s.yearJitter = 0;
    const double factor = s.unitsPerYear / 124.0;
    // Fewer withdrawn households than pro rata: the national file is for benchmarks and has
    // room for only 30,000 households in all.
    s.withdrawnPerYear = 4 * factor;
    s.inProgress = static_cast<int>(10 * factor);
    s.waiting = static_cast<int>(4 * factor);
    return s;
}

// --- the agency -------------------------------------------------------------------------

struct AgencyPlan
{
    Agency agency;
    QList<double> councilWeights; ///< share of the children each council places
    QList<QStringList> areas;     ///< districts of each council, where households live
};

QStringList latin1List(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list)
        out.append(QString::fromLatin1(s));
    return out;
}

Hub localityHub(const QString& code, const QString& name, const QStringList& councils)
{
    return Hub{code, name, false, councils};
}

/// Shaped like 003: a big county (~35% of children), a city nearly as big, two smaller
/// councils served together by one locality hub, and a central permanency hub.
AgencyPlan regionalAgency()
{
    AgencyPlan p;
    p.agency.name = QStringLiteral("Severn & Trent Adoption Partnership");
    p.agency.councils = {{QStringLiteral("ASHB"), QStringLiteral("Ashbury County Council")},
                         {QStringLiteral("BRAM"), QStringLiteral("Bramford City Council")},
                         {QStringLiteral("CALD"), QStringLiteral("Caldbrook Borough Council")},
                         {QStringLiteral("DUNM"), QStringLiteral("Dunmere Council")}};
    p.councilWeights = {35, 31, 19, 15};
    p.areas = {latin1List({"Kingsmere", "Ashbury", "Little Harwood", "Stanbridge", "Welford"}),
               latin1List({"Bramford Central", "Northgate", "Eastfield", "Hollins Park"}),
               latin1List({"Caldbrook", "Wrenfield", "Oakley Vale"}),
               latin1List({"Dunmere", "Fernley", "Sedgecombe"})};
    p.agency.hubs = {
        Hub{QStringLiteral("CENTRAL"), QStringLiteral("Central Permanency Hub"), true, {}},
        localityHub(QStringLiteral("KINGS"), QStringLiteral("Kingsmere Locality Hub"),
                    {QStringLiteral("ASHB")}),
        localityHub(QStringLiteral("BRAMF"), QStringLiteral("Bramford Locality Hub"),
                    {QStringLiteral("BRAM")}),
        localityHub(QStringLiteral("WRENF"), QStringLiteral("Wrenfield Locality Hub"),
                    {QStringLiteral("CALD"), QStringLiteral("DUNM")})};
    return p;
}

/// One agency record with 150 invented councils and a locality hub for every four: a
/// national-size file for benchmarks, not a model of any real arrangement.
AgencyPlan nationalAgency(Random& r)
{
    AgencyPlan p;
    p.agency.name = QStringLiteral("National Demo Adoption Network");
    p.agency.hubs.append(
        Hub{QStringLiteral("CENTRAL"), QStringLiteral("Central Permanency Hub"), true, {}});
    constexpr int councils = 150;
    constexpr int perHub = 4;
    for (int i = 0; i < councils; ++i) {
        const demo::Place place = demo::inventedPlace(i);
        static const std::array<const char*, 4> kinds = {"County Council", "City Council",
                                                         "Borough Council", "Council"};
        const int kind = r.weighted({0.25, 0.15, 0.3, 0.3});
        p.agency.councils.append(
            {place.code, place.name + QLatin1Char(' ') +
                             QString::fromLatin1(kinds[static_cast<size_t>(kind)])});
        // Counties place the most children, boroughs the fewest.
        p.councilWeights.append(kind == 0 ? r.between(25, 45) : r.between(6, 30));
        p.areas.append({place.name + QStringLiteral(" North"),
                        place.name + QStringLiteral(" South"),
                        place.name + QStringLiteral(" Town")});
        if (i % perHub == 0)
            p.agency.hubs.append(
                localityHub(QStringLiteral("HUB%1").arg(i / perHub + 1, 2, 10, QLatin1Char('0')),
                            place.name + QStringLiteral(" Locality Hub"), {}));
        p.agency.hubs.last().councilCodes.append(place.code);
    }
    return p;
}

// --- children's journeys ----------------------------------------------------------------

enum class Outcome
{
    Placed,
    PlanChange,
    Stopped
};

/// A single child or a sibling group: one agency decision, one journey, one household.
struct Unit
{
    int order = 0; ///< creation order, the tie-breaker for every sort
    int council = 0;
    int size = 1;
    bool earlyPermanence = false;
    bool older = false; ///< the eldest was 3 or over on entering care
    QString ethnicity;
    std::array<QDate, 3> births; ///< youngest first
    AdopterSource source = AdopterSource::OwnAgency;
    Outcome outcome = Outcome::Placed;
    ChildJourney journey;  ///< every date the journey would reach, some after today
    QDate cutAfter;        ///< plan change: nothing after this date happened
    PlanChange planChange; ///< the plan change, whether or not it is after today
    FamilyFindingStop stop;
    QDate needDate; ///< the day a household is first with the child (link or EP placement)
    QDate endDate;  ///< adoption order or plan change; null while the journey goes on
    int household = -1;
    std::array<QStringList, 3> needs; ///< health-need categories of each child
    bool concurrency = false;         ///< early permanence by concurrent planning, not FfA
};

QDate later(QDate a, QDate b)
{
    return a > b ? a : b;
}

/// Age on entering care, in days, of the youngest child: 003's children in care and placed are
/// mostly babies and toddlers, with about a quarter aged 5 or over when they move in.
int youngestAgeAtEntry(Random& r, bool group)
{
    switch (r.weighted({0.28, 0.23, 0.22, 0.27})) {
    case 0:
        return r.between(0, 30);
    case 1:
        return r.between(31, 364);
    case 2:
        return r.between(365, 1094);
    default:
        return group ? r.between(1095, 1825) : r.between(1095, 2920);
    }
}

struct Reason
{
    const char* reason;
    const char* newPlan;
};

constexpr std::array<Reason, 5> planChangeReasons = {{
    {"Positive connected-person assessment", "Special guardianship order"},
    {"Family member came forward late in proceedings", "Special guardianship order"},
    {"Child's needs best met in a long-term foster placement", "Long-term fostering"},
    {"No suitable adopters found after an extended search", "Long-term fostering"},
    {"Settled with current foster carers, who will care long term", "Long-term fostering"},
}};
constexpr Reason courtRefused = {"Placement order refused by the court", "Return home"};

constexpr std::array<const char*, 5> stopReasons = {
    "Ongoing parenting assessment", "Ongoing connected-person assessment",
    "Awaiting appeal against the placement order", "Child's health needs being assessed",
    "Sibling assessment in progress"};

/// Running remainders for the shares dealt out by error diffusion (see makeUnits).
struct Dues
{
    double earlyPermanence = 0;
    double siblings = 0;
    double planChange = 0;
    double stopped = 0;

    /// Adds `share` to `due` and says whether one is now due.
    static bool take(double& due, double share)
    {
        due += share;
        if (due < 1)
            return false;
        due -= 1;
        return true;
    }
};

/// Babies' needs are mostly uncertain (exposure before birth, family history); older children's
/// are better known and more often emotional or developmental.
QStringList healthNeeds(Random& r, int ageAtEntryDays)
{
    const QStringList& all = needCategories();
    QStringList out;
    const bool baby = ageAtEntryDays < 365;
    if (!r.chance(baby ? 0.35 : 0.5))
        return out;
    const int count = r.chance(0.3) ? 2 : 1;
    // Indexes into needCategories(): 3 developmental uncertainty, 6 FASD, 7 prenatal drug
    // exposure, 10 family history of mental illness, 8 medical; 9 emotional and behavioural,
    // 2 global delay, 1 learning disability, 4 autism, 5 sensory, 0 physical disability.
    for (int i = 0; i < count; ++i) {
        const int k = baby ? r.pick(std::array<int, 5>{3, 6, 7, 10, 8})
                           : r.pick(std::array<int, 8>{9, 9, 2, 1, 4, 8, 5, 0});
        if (k < all.size() && !out.contains(all.at(k)))
            out.append(all.at(k));
    }
    return out;
}

Unit makeUnit(Random& r, int order, QDate decision, bool earlyPermanence, Dues& dues,
              const AgencyPlan& plan)
{
    Unit u;
    u.order = order;
    u.council = r.weighted(plan.councilWeights);
    u.earlyPermanence = earlyPermanence;
    u.ethnicity = demo::childEthnicity(r);

    std::array<int, 3> ages{};
    if (u.earlyPermanence) {
        ages[0] = r.between(0, 21);
    } else {
        // 32% of the other decisions are for sibling groups, so that ~40% of the children
        // placed are placed with a brother or sister (003 §3.7: 63 of 146 adopted).
        u.size = Dues::take(dues.siblings, 0.32) ? (r.chance(0.75) ? 2 : 3) : 1;
        ages[0] = youngestAgeAtEntry(r, u.size > 1);
        for (int i = 1; i < u.size; ++i)
            ages[static_cast<size_t>(i)] = ages[static_cast<size_t>(i - 1)] + r.between(365, 1095);
    }
    u.older = ages[static_cast<size_t>(u.size - 1)] >= 1095;
    for (int i = 0; i < u.size; ++i)
        u.needs[static_cast<size_t>(i)] = healthNeeds(r, ages[static_cast<size_t>(i)]);
    u.concurrency = u.earlyPermanence && r.chance(0.15);
    const bool minority = isOtherThanWhiteBritish(u.ethnicity);

    ChildJourney& j = u.journey;
    j.agencyDecision = decision;
    if (u.earlyPermanence) {
        // Fostering for adoption: placed with dually approved carers within weeks of entering
        // care, before the decision; the placement becomes an adoptive one after the match.
        j.enteredCare = decision.addDays(-r.around(60, 200));
        j.earlyPermanencePlaced =
            j.enteredCare.addDays(r.between(0, std::min<int>(60, j.enteredCare.daysTo(decision))));
        j.placementOrder = decision.addDays(r.around(30, 150));
        j.familyFindingStarted = decision.addDays(r.between(0, 14));
        j.linked = j.familyFindingStarted.addDays(r.between(0, 14));
        j.matchingPanel = later(j.linked, j.placementOrder).addDays(r.around(14, 60));
        j.matchDecision = j.matchingPanel.addDays(r.between(3, 10));
        j.movedIn = j.matchDecision.addDays(r.between(0, 7));
        if (r.chance(0.7)) {
            j.fosterCarerAdoption = true;
            j.movedInWithCarers = j.earlyPermanencePlaced;
        }
    } else {
        j.enteredCare = decision.addDays(-r.around(120, 300));
        if (u.size == 1 && ages[0] < 60 && r.chance(0.06)) {
            // Relinquished babies: parental consent (s.19) rather than a placement order.
            j.authority = PlacementAuthority::Consent;
            j.placementOrder = decision.addDays(r.between(7, 45));
        } else {
            j.placementOrder = decision.addDays(r.around(30, 150));
        }
        j.familyFindingStarted = j.placementOrder.addDays(r.between(0, 30));
        // Older children, brothers and sisters, and children of minority ethnicity wait
        // longer for a family (003 §3.6).
        int wait = r.around(40, 200);
        if (u.older)
            wait += r.around(40, 150);
        if (u.size > 1)
            wait += r.around(30, 120);
        if (minority)
            wait += r.around(20, 100);
        j.linked = j.familyFindingStarted.addDays(wait);
        // Some links take a while to reach panel (reports, introductions planned), which keeps
        // a good number of children linked at any time (003 §3.9: 30 linked, 7 matched).
        j.matchingPanel = j.linked.addDays(r.around(30, 90));
        j.matchDecision = j.matchingPanel.addDays(r.between(3, 10));
        j.movedIn = j.matchDecision.addDays(r.around(7, 35));
    }
    j.adoptionOrder = j.movedIn.addDays(r.around(150, 300));

    for (int i = 0; i < u.size; ++i)
        u.births[static_cast<size_t>(i)] = j.enteredCare.addDays(-ages[static_cast<size_t>(i)]);

    if (!u.earlyPermanence) {
        // About one decision in five ends without an adoptive placement (003: 160 decisions,
        // 127 placed), older children's more often.
        if (Dues::take(dues.planChange, u.older ? 0.24 : 0.13))
            u.outcome = Outcome::PlanChange;
        else if (Dues::take(dues.stopped, 0.1))
            u.outcome = Outcome::Stopped;
    }

    auto changePlan = [&](QDate date) {
        const Reason& why = date < j.placementOrder && r.chance(0.3)
                                ? courtRefused
                                : planChangeReasons[static_cast<size_t>(
                                      r.between(0, planChangeReasons.size() - 1))];
        u.planChange = {date, QString::fromLatin1(why.reason), QString::fromLatin1(why.newPlan)};
        u.cutAfter = date;
        u.endDate = date;
    };

    if (u.outcome == Outcome::PlanChange) {
        changePlan(std::min(decision.addDays(r.around(60, 420)), j.linked.addDays(-1)));
    } else if (u.outcome == Outcome::Stopped) {
        const QDate stop =
            std::min(j.familyFindingStarted.addDays(r.between(0, 120)), j.linked.addDays(-1));
        u.stop = {stop,
                  QString::fromLatin1(
                      stopReasons[static_cast<size_t>(r.between(0, stopReasons.size() - 1))])};
        // Most stops end in a new plan within the year; the rest are still stopped.
        if (r.chance(0.75))
            changePlan(stop.addDays(r.around(120, 420)));
    }

    if (u.outcome == Outcome::Placed) {
        u.needDate = u.earlyPermanence ? std::min(j.earlyPermanencePlaced, j.linked) : j.linked;
        u.endDate = j.adoptionOrder;
    }
    return u;
}

/// Decisions spread over the history, a set number each reporting year so that every year
/// has a realistic count, not a lucky or unlucky draw.
std::vector<Unit> makeUnits(Random& r, const Shape& shape, QDate today, const AgencyPlan& plan)
{
    std::vector<Unit> units;
    // Shares that 003 reports per year are dealt out by error diffusion rather than drawn one
    // by one: an agency of ~125 placements a year would otherwise swing by several points from
    // year to year on chance alone, more than real agencies do.
    Dues dues{r.unit(), r.unit(), r.unit(), r.unit()};
    const QDate first = today.addYears(-shape.historyYears).addDays(1);
    for (ReportingYear y = ReportingYear::containing(first); y.start() <= today; y.startYear += 1) {
        const QDate from = later(y.start(), first);
        const QDate to = std::min(y.end(), today);
        const double covered = static_cast<double>(from.daysTo(to) + 1) /
                               static_cast<double>(y.start().daysTo(y.end()) + 1);
        const double jitter = 1.0 + shape.yearJitter * (2 * r.unit() - 1);
        const int count = static_cast<int>(std::lround(shape.unitsPerYear * covered * jitter));
        const double span = static_cast<double>(from.daysTo(to) + 1);
        for (int i = 0; i < count; ++i) {
            // Spread evenly with a random offset each: ADM decisions come all year round, and
            // clumps of pure chance would make one year's placements jump.
            const auto offset = static_cast<qint64>((i + r.unit()) * span / count);
            const QDate decision = from.addDays(offset);
            // About a fifth of the children placed are in early permanence (003 §3.5: 22%);
            // they are babies placed singly, which makes them ~22% of decisions by unit.
            const bool ep = Dues::take(dues.earlyPermanence, 0.22);
            units.push_back(makeUnit(r, static_cast<int>(units.size()), decision, ep, dues, plan));
        }
    }
    std::sort(units.begin(), units.end(), [](const Unit& a, const Unit& b) {
        return std::tie(a.journey.agencyDecision, a.order) <
               std::tie(b.journey.agencyDecision, b.order);
    });
    return units;
}

/// Leaves out journeys that ended before the kept window, and trims the oldest to an exact
/// number of children when one is asked for.
void keepWindow(std::vector<Unit>& units, const Shape& shape, QDate today)
{
    if (shape.keepYears > 0) {
        const QDate from = today.addYears(-shape.keepYears);
        std::erase_if(units,
                      [&](const Unit& u) { return u.endDate.isValid() && u.endDate < from; });
    }
    if (shape.exactChildren > 0) {
        qint64 total = 0;
        for (const Unit& u : units)
            total += u.size;
        size_t drop = 0;
        while (drop < units.size() && total - units[drop].size >= shape.exactChildren)
            total -= units[drop++].size;
        units.erase(units.begin(), units.begin() + static_cast<std::ptrdiff_t>(drop));
        // The oldest remaining group loses members, so the total is exact.
        if (total > shape.exactChildren && !units.empty())
            units.front().size -= static_cast<int>(total - shape.exactChildren);
    }
}

/// Who approved the adopters of each placed unit, in the order the households come to the
/// children: two thirds the agency's own (003 §3.4: 68.5%), fewer for the children who wait
/// longest; of the rest about one in ten another RAA's (4 of 40), the others a VAA's.
void assignSources(std::vector<Unit>& units, Random& r)
{
    std::vector<Unit*> placed;
    for (Unit& u : units)
        if (u.outcome == Outcome::Placed)
            placed.push_back(&u);
    std::sort(placed.begin(), placed.end(), [](const Unit* a, const Unit* b) {
        return std::tie(a->needDate, a->order) < std::tie(b->needDate, b->order);
    });
    double ownDue = r.unit();
    double raaDue = r.unit();
    for (Unit* u : placed) {
        const bool hard = u->older || u->size > 1 || isOtherThanWhiteBritish(u->ethnicity);
        ownDue += u->earlyPermanence ? 0.84 : (hard ? 0.6 : 0.7);
        if (ownDue >= 1) {
            ownDue -= 1;
            u->source = AdopterSource::OwnAgency;
            continue;
        }
        raaDue += 0.1;
        u->source =
            raaDue >= 1 ? AdopterSource::OtherRegionalAgency : AdopterSource::VoluntaryAgency;
        if (raaDue >= 1)
            raaDue -= 1;
    }
}

// --- households -------------------------------------------------------------------------

struct HouseholdDraft
{
    AdopterHousehold household;
    bool linked = false; ///< terms come from its children rather than a random draw
    int youngest = 17;   ///< youngest age (years) of the children it is linked with
    int eldest = 0;
    int mostChildren = 0;
    bool earlyPermanence = false;
    QStringList needs;          ///< health needs of the children it is linked with
    std::array<int, 4> slack{}; ///< random widening of the terms, drawn once
    quint64 sortKey = 0;
};

Applicant makeApplicant(Random& r, Sex sex, const QString& ethnicity, QDate approval, int age)
{
    Applicant a;
    a.sex = sex;
    a.ethnicity = ethnicity;
    a.forename = demo::adultForename(ethnicity, sex, r);
    a.surname = demo::surname(ethnicity, r);
    // Birthday falls within the year after `age` was reached, so the age at approval is exact.
    a.dateOfBirth = approval.addYears(-age).addDays(-r.between(0, 360));
    if (r.chance(0.35))
        a.religion = demo::religionFor(ethnicity, r);
    return a;
}

/// One applicant in five or six is single (mostly women); about one couple in five is a
/// same-sex couple.
void makeApplicants(Random& r, QDate approval, AdopterHousehold& h)
{
    const QString eth = demo::adopterEthnicity(r);
    const int age = r.around(27, 53);
    if (r.chance(0.18)) {
        h.relationship = Relationship::Single;
        h.applicants = {
            makeApplicant(r, r.chance(0.82) ? Sex::Female : Sex::Male, eth, approval, age)};
        return;
    }
    const int pair = r.weighted({0.8, 0.1, 0.1});
    const Sex first = pair == 2 ? Sex::Male : Sex::Female;
    const Sex second = pair == 1 ? Sex::Female : Sex::Male;
    if (pair == 0)
        h.relationship = r.chance(0.7) ? Relationship::Married : Relationship::UnmarriedCouple;
    else
        h.relationship = r.pick(
            std::array<Relationship, 4>{Relationship::CivilPartners, Relationship::CivilPartners,
                                        Relationship::Married, Relationship::UnmarriedCouple});
    const QString eth2 = r.chance(0.75) ? eth : demo::adopterEthnicity(r);
    h.applicants = {
        makeApplicant(r, first, eth, approval, age),
        makeApplicant(r, second, eth2, approval, std::clamp(age + r.between(-6, 6), 25, 55))};
    if (h.relationship != Relationship::UnmarriedCouple && r.chance(0.65))
        h.applicants[1].surname = h.applicants[0].surname;
}

/// The own-agency journey, worked back from the approval date: stage 1 ~127 days and stage 2
/// ~142 days on average as in 003 §2.3, sometimes with a break between the stages.
HouseholdJourney ownJourney(Random& r, QDate approval, bool fastTrack)
{
    HouseholdJourney j;
    j.approval = approval;
    j.panel = approval.addDays(-r.between(4, 14));
    j.parCompleted = j.panel.addDays(-r.between(14, 35));
    j.stage2Start = approval.addDays(-r.around(95, 190));
    QDate assessmentStart = j.stage2Start;
    if (!fastTrack) {
        j.stage1End =
            j.stage2Start.addDays(-(r.chance(0.15) ? r.between(30, 180) : r.between(0, 21)));
        j.stage1Start = j.stage1End.addDays(-r.around(70, 185));
        assessmentStart = j.stage1Start;
    }
    j.infoGivingMeeting = assessmentStart.addDays(-r.between(3, 21));
    j.registration = j.infoGivingMeeting.addDays(-r.between(7, 28));
    j.informationEvent = j.registration.addDays(-r.around(10, 70));
    j.enquiry = j.informationEvent.addDays(-r.around(5, 45));
    return j;
}

/// Forgets every step after `last`: the household has not got there yet (or withdrew then).
void truncate(AdopterHousehold& h, QDate last)
{
    HouseholdJourney& j = h.journey;
    for (QDate* d :
         {&j.enquiry, &j.informationEvent, &j.registration, &j.infoGivingMeeting, &j.stage1Start,
          &j.stage1End, &j.stage2Start, &j.parCompleted, &j.panel, &j.approval})
        if (d->isValid() && *d > last)
            *d = QDate();
    for (qsizetype i = h.pauses.size() - 1; i >= 0; --i) {
        Pause& p = h.pauses[i];
        if (p.from > last)
            h.pauses.removeAt(i);
        else if (p.to.isValid() && p.to > last)
            p.to = QDate(); // still on a break
    }
}

HouseholdDraft newDraft(Random& r, QDate approval, AdopterSource source, const AgencyPlan& plan,
                        int council)
{
    HouseholdDraft d;
    AdopterHousehold& h = d.household;
    h.source = source;
    makeApplicants(r, approval, h);
    if (source == AdopterSource::OwnAgency) {
        // Assessed by the locality hub of the council they live in; mostly the council whose
        // child they were found for, since 003 family-finds regionally first.
        if (council < 0 || r.chance(0.15))
            council = r.weighted(plan.councilWeights);
        const Agency& a = plan.agency;
        h.councilCode = a.councils.at(council).code;
        const Hub* hub = a.hubServing(h.councilCode);
        h.hubCode = hub ? hub->code : a.hubs.first().code;
        h.area = r.pick(plan.areas.at(council));
        h.fastTrack = r.chance(0.1);
        h.secondTime = h.fastTrack && r.chance(0.6);
        h.journey = ownJourney(r, approval, h.fastTrack);
        const HouseholdJourney& j = h.journey;
        if (j.stage1End.isValid() && j.stage1End.daysTo(j.stage2Start) >= 30)
            h.pauses.append({j.stage1End, j.stage2Start,
                             QStringLiteral("Applicants' break between stage 1 and stage 2")});
    } else {
        h.sourceAgency =
            r.pick(source == AdopterSource::VoluntaryAgency ? demo::voluntaryAgencyNames()
                                                            : demo::regionalAgencyNames());
        h.journey.approval = approval;
    }
    d.slack = {r.between(0, 2), r.between(0, 3), r.chance(0.25) ? 1 : 0, r.chance(0.3) ? 1 : 0};
    return d;
}

/// Terms that fit every child the household was linked with, a little wider by its slack;
/// households not linked get terms typical of approvals (003: mostly one or two young children).
void setTerms(HouseholdDraft& d, Random& r)
{
    AdopterHousehold& h = d.household;
    if (!h.journey.approval.isValid())
        return;
    ApprovalTerms& t = h.terms;
    const QStringList& categories = needCategories();
    if (d.linked) {
        t.maxChildren = std::min(4, d.mostChildren + d.slack[2]);
        t.minAge = std::max(0, d.youngest - d.slack[0]);
        t.maxAge = std::min(17, d.eldest + d.slack[1]);
        t.siblings = t.maxChildren >= 2;
        t.earlyPermanence = d.earlyPermanence || d.slack[3] == 1;
        for (const QString& need : d.needs)
            t.needs.insert(need, r.chance(0.6) ? NeedGrade::Medium : NeedGrade::High);
    } else {
        t.maxChildren = 1 + r.weighted({0.45, 0.45, 0.1});
        t.minAge = r.between(0, 2);
        t.maxAge = t.minAge + r.between(2, 8);
        t.siblings = t.maxChildren >= 2 && r.chance(0.8);
        t.earlyPermanence = r.chance(0.3);
        if (t.maxChildren == 1 && r.chance(0.15))
            t.sexPreference = r.chance(0.6) ? Sex::Female : Sex::Male;
    }
    // Most households feel able to meet some needs a little, a few of them well.
    for (int i = r.between(1, 4); i > 0; --i) {
        const QString& need = r.pick(categories);
        if (!t.needs.contains(need))
            t.needs.insert(need, r.chance(0.7) ? NeedGrade::Low : NeedGrade::Medium);
    }
    static const QStringList contact =
        latin1List({"Letterbox", "Letterbox", "Letterbox and direct contact with siblings",
                    "Direct contact with birth family", "Letterbox and video calls"});
    t.contactSupported = r.pick(contact);
    const QString eth = h.applicants.first().ethnicity;
    if (eth != QLatin1String("WBRI"))
        t.ethnicityConsiderations =
            QStringLiteral("Can meet the identity needs of a child of %1 heritage")
                .arg(ethnicityLabel(eth));
    else if (r.chance(0.2))
        t.ethnicityConsiderations = QStringLiteral("Open to a child of any heritage, with support");
}

QDate firstDate(const AdopterHousehold& h)
{
    const HouseholdJourney& j = h.journey;
    for (QDate d : {j.enquiry, j.informationEvent, j.registration, j.stage1Start, j.stage2Start,
                    j.panel, j.approval})
        if (d.isValid())
            return d;
    return h.withdrawal.date;
}

struct Free
{
    QDate from;
    int household;
    bool operator>(const Free& o) const
    {
        return std::tie(from, household) > std::tie(o.from, o.household);
    }
};
using FreePool = std::priority_queue<Free, std::vector<Free>, std::greater<>>;

/// A detail for each withdrawal category (003 §2.3: cost of living weighs on adopters).
struct WithdrawalDetail
{
    WithdrawalReason category;
    const char* detail;
};
constexpr std::array<WithdrawalDetail, 9> withdrawalDetails = {{
    {WithdrawalReason::CostOfLiving, "Cannot afford to reduce working hours at present"},
    {WithdrawalReason::CostOfLiving, "Housing costs rose; will think again next year"},
    {WithdrawalReason::ChangeOfCircumstances, "Moving away with work"},
    {WithdrawalReason::ChangeOfCircumstances, "Health of an applicant changed"},
    {WithdrawalReason::ChangeOfCircumstances, "Caring for an elderly parent"},
    {WithdrawalReason::AgencyDecision, "Assessment ended on the agency's recommendation"},
    {WithdrawalReason::AgencyDecision, "Home not yet suitable; advised to return later"},
    {WithdrawalReason::Other, "Decided adoption is not right for them now"},
    {WithdrawalReason::Other, "Chose to foster instead"},
}};

/// Households for the placed children, then the ones nobody was placed with: withdrawn,
/// in assessment, approved and waiting. With an exact household count (national scale), a
/// household that has adopted takes a later child again instead of a new one being made.
std::vector<HouseholdDraft> makeHouseholds(Random& r, Random& extra, std::vector<Unit>& units,
                                           const Shape& shape, QDate today, const AgencyPlan& plan)
{
    std::vector<int> order;
    for (size_t i = 0; i < units.size(); ++i)
        if (units[i].outcome == Outcome::Placed)
            order.push_back(static_cast<int>(i));
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return std::tie(units[static_cast<size_t>(a)].needDate,
                        units[static_cast<size_t>(a)].order) <
               std::tie(units[static_cast<size_t>(b)].needDate,
                        units[static_cast<size_t>(b)].order);
    });

    // Drafts first (one per placed unit), so the number that reuse must save is known.
    std::vector<HouseholdDraft> drafts(order.size());
    std::vector<bool> include(order.size());
    int natural = 0;
    for (size_t k = 0; k < order.size(); ++k) {
        const Unit& u = units[static_cast<size_t>(order[k])];
        const bool own = u.source == AdopterSource::OwnAgency;
        // Adopters wait ~195 days from approval to a match (003 §2.3), ~145 of them to a link.
        const QDate approval = u.needDate.addDays(-(own ? r.around(10, 280) : r.around(30, 400)));
        drafts[k] = newDraft(r, approval, u.source, plan, u.council);
        truncate(drafts[k].household, today);
        // An inter-agency household is only known once linked; an own one from its enquiry.
        include[k] = own ? drafts[k].household.journey.enquiry.isValid() : u.needDate <= today;
        natural += include[k] ? 1 : 0;
    }

    const int withdrawnCount = static_cast<int>(std::lround(
        shape.withdrawnPerYear * (shape.keepYears > 0 ? shape.keepYears : shape.historyYears)));
    int reuse = 0;
    if (shape.exactHouseholds > 0)
        reuse = std::max(0, natural + withdrawnCount + shape.inProgress + shape.waiting -
                                shape.exactHouseholds);

    std::vector<HouseholdDraft> out;
    std::array<FreePool, 3> free;
    for (size_t k = 0; k < order.size(); ++k) {
        Unit& u = units[static_cast<size_t>(order[k])];
        auto& pool = free[static_cast<size_t>(u.source)];
        if (reuse > 0 && u.needDate <= today && !pool.empty() && pool.top().from <= u.needDate) {
            u.household = pool.top().household;
            pool.pop();
            --reuse;
        } else if (include[k]) {
            u.household = static_cast<int>(out.size());
            out.push_back(std::move(drafts[k]));
        } else {
            continue;
        }
        HouseholdDraft& d = out[static_cast<size_t>(u.household)];
        d.linked = true;
        d.mostChildren = std::max(d.mostChildren, u.size);
        d.earlyPermanence = d.earlyPermanence || u.earlyPermanence;
        for (int i = 0; i < u.size; ++i)
            d.needs += u.needs[static_cast<size_t>(i)];
        for (int i = 0; i < u.size; ++i) {
            const QDate born = u.births[static_cast<size_t>(i)];
            d.youngest = std::min(d.youngest, ageInYears(born, u.needDate));
            d.eldest = std::max(d.eldest, ageInYears(born, u.journey.movedIn));
        }
        // Ready to adopt again a while after the adoption order (second-time adopters).
        if (shape.exactHouseholds > 0)
            pool.push({u.journey.adoptionOrder.addDays(r.around(180, 720)), u.household});
    }

    auto addExtra = [&](QDate approval, bool withdraws) {
        HouseholdDraft d = newDraft(extra, approval, AdopterSource::OwnAgency, plan, -1);
        AdopterHousehold& h = d.household;
        QDate last = today;
        if (withdraws && extra.chance(0.12)) {
            // De-registered some months after approval (003: 2 a year at panel).
            const QDate when = approval.addDays(extra.between(60, 400));
            if (when > today)
                return;
            h.deregistered = when;
            static const QStringList reasons =
                latin1List({"Adopters asked to come off the register",
                            "Change of circumstances after approval",
                            "Approval review: no longer able to adopt"});
            h.deregistrationReason = extra.pick(reasons);
        } else if (withdraws) {
            // Withdrew during assessment, at any step from the enquiry on.
            const QDate enquiry = h.journey.enquiry;
            const QDate when =
                enquiry.addDays(extra.between(7, std::max<int>(8, enquiry.daysTo(approval))));
            const WithdrawalDetail& why = extra.pick(withdrawalDetails);
            if (when > today)
                return;
            h.withdrawal = {when, QString::fromLatin1(why.detail), why.category};
            last = when;
        }
        truncate(h, last);
        if (h.journey.enquiry.isValid())
            out.push_back(std::move(d));
    };

    const int years = shape.keepYears > 0 ? shape.keepYears : shape.historyYears;
    for (int i = 0; i < withdrawnCount; ++i)
        addExtra(today.addDays(-extra.between(-200, years * 365)), true);
    for (int i = 0; i < shape.inProgress; ++i)
        addExtra(today.addDays(extra.between(1, 420)), false);
    for (int i = 0; i < shape.waiting; ++i)
        addExtra(today.addDays(-extra.between(0, 300)), false);
    // Exact count: top up with approved and in-assessment households.
    while (shape.exactHouseholds > 0 && static_cast<int>(out.size()) < shape.exactHouseholds)
        addExtra(today.addDays(extra.chance(0.5) ? extra.between(1, 420) : -extra.between(0, 300)),
                 false);

    for (HouseholdDraft& d : out)
        setTerms(d, extra);
    return out;
}

// --- putting it together ----------------------------------------------------------------

QString padded(qint64 n, int width)
{
    return QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
}

/// Keeping-in-touch plans as matching reports set them out: letterbox with birth parents for
/// most, direct contact with brothers and sisters who live elsewhere for some.
QList<ContactPlan> contactPlans(Random& r, const Child& c)
{
    QList<ContactPlan> plans;
    if (r.chance(0.15))
        return plans;
    plans.append({r.chance(0.7) ? QStringLiteral("Birth mother") : QStringLiteral("Birth parents"),
                  QStringLiteral("Letterbox"),
                  r.chance(0.6) ? QStringLiteral("Once a year") : QStringLiteral("Twice a year")});
    if (r.chance(0.25))
        plans.append({r.chance(0.5) ? QStringLiteral("Maternal grandmother")
                                    : QStringLiteral("Paternal grandparents"),
                      QStringLiteral("Letterbox"), QStringLiteral("Once a year")});
    if (ageInYears(c.dateOfBirth, c.journey.enteredCare) >= 2 && r.chance(0.3))
        plans.append({r.chance(0.5) ? QStringLiteral("Older brother (not placed)")
                                    : QStringLiteral("Older sister (not placed)"),
                      QStringLiteral("Direct"), QStringLiteral("Three times a year")});
    return plans;
}

Child makeChild(Random& r, const Unit& u, int index, const QString& surname, QDate today)
{
    Child c;
    c.dateOfBirth = u.births[static_cast<size_t>(index)];
    c.sex = r.chance(0.51) ? Sex::Male : Sex::Female;
    c.ethnicity = u.ethnicity;
    c.forename = demo::childForename(u.ethnicity, *c.sex, r);
    c.surname = surname;
    const QString shortened = demo::shortName(c.forename);
    if (!shortened.isEmpty() && r.chance(0.5))
        c.preferredName = shortened;
    c.religion = demo::religionFor(u.ethnicity, r);
    c.firstLanguage = demo::firstLanguageFor(u.ethnicity, r);
    c.healthNeeds = u.needs[static_cast<size_t>(index)];
    const QStringList& categories = needCategories();
    // Physical, learning and sensory disabilities and autism count as disability in 003's
    // priority groups.
    for (int k : {0, 1, 4, 5})
        c.disability = c.disability || c.healthNeeds.contains(categories.at(k));
    static const QStringList notes =
        latin1List({"Paediatric review every six months", "Attends speech and language therapy",
                    "Awaiting assessment by the community paediatrician",
                    "Support in place at nursery", "Reviewed by CAMHS"});
    if (!c.healthNeeds.isEmpty() && r.chance(0.5))
        c.needsNotes = r.pick(notes);

    const QDate last = u.cutAfter.isValid() ? std::min(u.cutAfter, today) : today;
    ChildJourney j = u.journey;
    for (Milestone m : allMilestones()) {
        const QDate d = j.date(m);
        const bool afterLink = m >= Milestone::Linked && u.outcome != Outcome::Placed;
        if (d.isValid() && (d > last || afterLink))
            j.setDate(m, QDate());
    }
    if (j.earlyPermanencePlaced > last) {
        j.earlyPermanencePlaced = QDate();
        j.fosterCarerAdoption = false;
        j.movedInWithCarers = QDate();
    }
    if (j.earlyPermanencePlaced.isValid() && u.concurrency)
        j.earlyPermanenceKind = EarlyPermanenceKind::Concurrency;
    c.journey = j;
    c.contactPlans = contactPlans(r, c);
    if (u.planChange.date.isValid() && u.planChange.date <= today)
        c.planChange = u.planChange;
    if (u.stop.date.isValid() && u.stop.date <= today)
        c.familyFindingStop = u.stop;
    if (u.household >= 0 && u.needDate <= today)
        c.household = HouseholdId{u.household + 1};
    return c;
}

} // namespace

DemoData generateDemoAgency(const DemoOptions& options)
{
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const Shape shape = shapeFor(options.scale);
    Random agencyRandom = Random::stream(options.seed, AgencyStream);
    const AgencyPlan plan =
        options.scale == DemoScale::Agency ? regionalAgency() : nationalAgency(agencyRandom);

    Random unitRandom = Random::stream(options.seed, UnitStream);
    std::vector<Unit> units = makeUnits(unitRandom, shape, today, plan);
    keepWindow(units, shape, today);
    assignSources(units, unitRandom);

    Random householdRandom = Random::stream(options.seed, HouseholdStream);
    Random extraRandom = Random::stream(options.seed, ExtraStream);
    std::vector<HouseholdDraft> drafts =
        makeHouseholds(householdRandom, extraRandom, units, shape, today, plan);

    DemoData data;
    data.agency = plan.agency;

    // Households numbered in the order they first came to the agency.
    std::vector<int> byDate(drafts.size());
    for (size_t i = 0; i < drafts.size(); ++i) {
        byDate[i] = static_cast<int>(i);
        drafts[i].sortKey = static_cast<quint64>(firstDate(drafts[i].household).toJulianDay());
    }
    std::sort(byDate.begin(), byDate.end(), [&](int a, int b) {
        return std::tie(drafts[static_cast<size_t>(a)].sortKey, a) <
               std::tie(drafts[static_cast<size_t>(b)].sortKey, b);
    });
    std::vector<int> newIndex(drafts.size());
    data.households.reserve(drafts.size());
    for (size_t k = 0; k < byDate.size(); ++k) {
        AdopterHousehold h = std::move(drafts[static_cast<size_t>(byDate[k])].household);
        h.reference = QStringLiteral("H-") + padded(static_cast<qint64>(k) + 1, 5);
        newIndex[static_cast<size_t>(byDate[k])] = static_cast<int>(k);
        data.households.push_back(std::move(h));
    }
    for (Unit& u : units)
        if (u.household >= 0)
            u.household = newIndex[static_cast<size_t>(u.household)];

    // Children in the order they entered care, numbered within their council.
    std::vector<int> byEntry(units.size());
    for (size_t i = 0; i < units.size(); ++i)
        byEntry[i] = static_cast<int>(i);
    std::sort(byEntry.begin(), byEntry.end(), [&](int a, int b) {
        const Unit& x = units[static_cast<size_t>(a)];
        const Unit& y = units[static_cast<size_t>(b)];
        return std::tie(x.journey.enteredCare, x.order) < std::tie(y.journey.enteredCare, y.order);
    });
    Random childRandom = Random::stream(options.seed, ChildStream);
    QList<int> childNumbers(plan.agency.councils.size(), 0);
    QList<int> groupNumbers(plan.agency.councils.size(), 0);
    data.children.reserve(units.size() * 2);
    for (int idx : byEntry) {
        const Unit& u = units[static_cast<size_t>(idx)];
        const QString code = plan.agency.councils.at(u.council).code;
        const QString familySurname = demo::surname(u.ethnicity, childRandom);
        QString group;
        if (u.size > 1)
            group = QStringLiteral("SG-") + code + QLatin1Char('-') +
                    padded(++groupNumbers[u.council], 4);
        // Youngest last, the way siblings are usually listed eldest first.
        for (int i = u.size - 1; i >= 0; --i) {
            // Half-siblings sometimes carry another surname.
            const QString name = i < u.size - 1 && childRandom.chance(0.15)
                                     ? demo::surname(u.ethnicity, childRandom)
                                     : familySurname;
            Child c = makeChild(childRandom, u, i, name, today);
            if (c.journey.earlyPermanencePlaced.isValid() && u.household >= 0)
                c.journey.earlyPermanenceCarers =
                    data.households[static_cast<size_t>(u.household)].displayName();
            c.councilCode = code;
            c.siblingGroup = group;
            c.reference =
                QLatin1Char('C') + code + QLatin1Char('-') + padded(++childNumbers[u.council], 5);
            data.children.push_back(std::move(c));
        }
    }
    return data;
}

Status fillWithDemoAgency(storage::Database& db, const DemoOptions& options)
{
    const Actor actor = Actor::system();
    storage::ChildRepository children(db);
    storage::ChildQuery everyone;
    everyone.includeArchived = true;
    const Result<int> count = children.count(everyone, actor);
    if (!count)
        return fail(count.error());
    if (*count > 0)
        return fail(ErrorCode::Invalid,
                    tr("The database already holds %1 child record%2. The demo agency can only "
                       "be written into an empty database.")
                        .arg(*count)
                        .arg(*count == 1 ? QString() : QStringLiteral("s")));

    storage::AgencyRepository agencies(db);
    const Result<Agency> existing = agencies.load();
    if (existing)
        return fail(ErrorCode::Invalid,
                    tr("The database already belongs to %1. The demo agency can only be written "
                       "into an empty database.")
                        .arg(existing->name));
    if (existing.error().code != ErrorCode::NotFound)
        return fail(existing.error());

    DemoData data = generateDemoAgency(options);
    if (Status s = agencies.save(data.agency, actor); !s)
        return s;
    storage::HouseholdRepository households(db);
    if (Status s = households.saveAll(data.households, actor); !s)
        return s;
    // Children refer to households by position until the households have database ids.
    for (Child& c : data.children) {
        if (!c.household.isValid())
            continue;
        const auto index = static_cast<size_t>(c.household.value - 1);
        Q_ASSERT(index < data.households.size());
        c.household = data.households[index].id;
    }
    return children.saveAll(data.children, actor);
}

} // namespace permanence::services
