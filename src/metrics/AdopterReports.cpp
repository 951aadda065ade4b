#include "metrics/AdopterReports.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <map>

namespace permanence::metrics {

using domain::AdopterHousehold;
using domain::HouseholdId;
using domain::HouseholdStage;
using domain::ReportingYear;
using domain::TrainingEvent;
using domain::TrainingKind;
using domain::WithdrawalReason;

qint64 DayAverage::totalDays() const
{
    qint64 total = 0;
    for (qint64 d : days)
        total += d;
    return total;
}

std::optional<double> DayAverage::mean() const
{
    if (days.empty())
        return std::nullopt;
    return static_cast<double>(totalDays()) / static_cast<double>(days.size());
}

std::optional<qint64> DayAverage::rounded() const
{
    const auto m = mean();
    if (!m)
        return std::nullopt;
    return static_cast<qint64>(std::llround(*m));
}

std::optional<bool> DayAverage::withinTarget() const
{
    const auto r = rounded();
    if (!r || !target)
        return std::nullopt;
    return *r <= *target;
}

void DayAverage::add(HouseholdId id, qint64 d)
{
    ids.push_back(id);
    days.push_back(d);
}

std::optional<double> HouseholdShare::percent() const
{
    if (whole.ids.empty())
        return std::nullopt;
    return 100.0 * part.count() / whole.count();
}

const TrainingKindFigures& TrainingFigures::of(TrainingKind kind) const
{
    for (const TrainingKindFigures& f : byKind)
        if (f.kind == kind)
            return f;
    static const TrainingKindFigures none;
    return none;
}

int WithdrawalFigures::count(WithdrawalReason reason) const
{
    int n = 0;
    for (const WithdrawalCell& c : cells)
        if (c.reason == reason)
            n += c.households.count();
    return n;
}

int WithdrawalFigures::count(HouseholdStage stage) const
{
    int n = 0;
    for (const WithdrawalCell& c : cells)
        if (c.stage == stage)
            n += c.households.count();
    return n;
}

namespace {

bool inScope(const AdopterHousehold& h, const QString& hubCode)
{
    return h.source == domain::AdopterSource::OwnAgency && !h.archived &&
           (hubCode.isEmpty() || h.hubCode == hubCode);
}

/// The households a report counts, with their placements worked out once.
struct Scope
{
    std::vector<const AdopterHousehold*> households;
    QHash<qint64, domain::HouseholdPlacements> placements;
    QSet<qint64> ids;

    Scope(const std::vector<AdopterHousehold>& all, const std::vector<domain::Child>& children,
          const QString& hubCode)
    {
        for (const AdopterHousehold& h : all)
            if (inScope(h, hubCode)) {
                households.push_back(&h);
                ids.insert(h.id.value);
            }
        // One pass over the children rather than one per household.
        std::map<qint64, std::vector<domain::Child>> byHousehold;
        for (const domain::Child& c : children)
            if (c.household.isValid() && ids.contains(c.household.value))
                byHousehold[c.household.value].push_back(c);
        for (const auto& [id, placed] : byHousehold)
            placements.insert(id, domain::householdPlacements(HouseholdId{id}, placed));
    }
    [[nodiscard]] domain::HouseholdPlacements placementsOf(const AdopterHousehold& h) const
    {
        return placements.value(h.id.value);
    }
};

void recruitmentAndTimeliness(AdopterYearReport& r, const Scope& scope)
{
    r.stage1.target = r.settings.stage1TargetDays;
    r.stage2.target = r.settings.stage2TargetDays;
    for (const AdopterHousehold* h : scope.households) {
        const domain::HouseholdJourney& j = h->journey;
        if (r.year.contains(j.informationEvent))
            r.informationEvents.add(h->id);
        if (r.year.contains(j.registration))
            r.referrals.add(h->id);
        if (r.year.contains(j.approval))
            r.approved.add(h->id);
        if (r.year.contains(j.stage1End))
            if (const auto days = domain::stage1Days(*h))
                r.stage1.add(h->id, *days);
        if (r.year.contains(j.approval))
            if (const auto days = domain::stage2Days(*h))
                r.stage2.add(h->id, *days);

        const QDate matched = scope.placementsOf(*h).firstMatched;
        if (!r.year.contains(matched) || !j.approval.isValid())
            continue;
        r.approvalToMatch.add(h->id, std::max<qint64>(0, domain::daysBetween(j.approval, matched)));
        r.matchedWithinMonths.whole.add(h->id);
        if (matched <= j.approval.addMonths(r.settings.matchWithinMonths))
            r.matchedWithinMonths.part.add(h->id);
    }
}

bool listsAny(const TrainingEvent& e, const Scope& scope)
{
    return std::any_of(e.attendees.cbegin(), e.attendees.cend(),
                       [&](HouseholdId id) { return scope.ids.contains(id.value); });
}

/// Households in scope registered on an event of `kind` starting on or before `by`.
QSet<qint64> attendedBy(const std::vector<TrainingEvent>& events, TrainingKind kind, QDate by,
                        const Scope& scope)
{
    QSet<qint64> ids;
    for (const TrainingEvent& e : events)
        if (e.kind == kind && e.start.isValid() && e.start <= by)
            for (HouseholdId id : e.attendees)
                if (scope.ids.contains(id.value))
                    ids.insert(id.value);
    return ids;
}

HouseholdShare alsoAttended(const HouseholdSet& preparation, const QSet<qint64>& module)
{
    HouseholdShare share;
    share.whole = preparation;
    for (HouseholdId id : preparation.ids)
        if (module.contains(id.value))
            share.part.add(id);
    return share;
}

TrainingFigures training(const std::vector<TrainingEvent>& events, const Scope& scope,
                         ReportingYear year, bool wholeAgency)
{
    TrainingFigures t;
    for (TrainingKind kind : domain::allTrainingKinds()) {
        TrainingKindFigures f;
        f.kind = kind;
        QSet<qint64> seen;
        for (const TrainingEvent& e : events) {
            if (e.kind != kind || !year.contains(e.start))
                continue;
            if (!wholeAgency && !listsAny(e, scope))
                continue;
            f.events.push_back(e.id);
            for (HouseholdId id : e.attendees)
                if (scope.ids.contains(id.value) && !seen.contains(id.value)) {
                    seen.insert(id.value);
                    f.households.add(id);
                }
        }
        t.byKind.push_back(std::move(f));
    }
    const HouseholdSet& preparation = t.of(TrainingKind::Preparation).households;
    t.preparationAlsoEarlyPermanence = alsoAttended(
        preparation, attendedBy(events, TrainingKind::EarlyPermanence, year.end(), scope));
    t.preparationAlsoBrothersAndSisters = alsoAttended(
        preparation, attendedBy(events, TrainingKind::BrothersAndSisters, year.end(), scope));
    return t;
}

HouseholdStage stageWhenWithdrawn(const AdopterHousehold& h,
                                  const domain::HouseholdPlacements& placements)
{
    AdopterHousehold journeyOnly = h;
    journeyOnly.withdrawal = {};
    journeyOnly.deregistered = {};
    journeyOnly.pauses.clear();
    return domain::householdStage(journeyOnly, h.withdrawal.date, placements);
}

WithdrawalFigures withdrawals(const Scope& scope, ReportingYear year)
{
    WithdrawalFigures w;
    std::map<std::pair<int, int>, WithdrawalCell> cells;
    for (const AdopterHousehold* h : scope.households) {
        if (year.contains(h->deregistered))
            w.deregistered.add(h->id);
        if (!year.contains(h->withdrawal.date))
            continue;
        w.all.add(h->id);
        const HouseholdStage stage = stageWhenWithdrawn(*h, scope.placementsOf(*h));
        const WithdrawalReason reason = h->withdrawal.category;
        WithdrawalCell& cell = cells[{static_cast<int>(stage), static_cast<int>(reason)}];
        cell.stage = stage;
        cell.reason = reason;
        cell.households.add(h->id);
    }
    for (auto& [key, cell] : cells)
        w.cells.push_back(std::move(cell));
    return w;
}

} // namespace

AdopterYearReport adopterYearReport(const std::vector<AdopterHousehold>& households,
                                    const std::vector<domain::Child>& children,
                                    const std::vector<TrainingEvent>& events, ReportingYear year,
                                    const QString& hubCode, const AdopterReportSettings& settings)
{
    AdopterYearReport r;
    r.year = year;
    r.hubCode = hubCode;
    r.settings = settings;
    const Scope scope(households, children, hubCode);
    recruitmentAndTimeliness(r, scope);
    r.training = training(events, scope, year, hubCode.isEmpty());
    r.withdrawals = withdrawals(scope, year);
    return r;
}

std::vector<AdopterYearReport> adopterReportsByHub(const std::vector<AdopterHousehold>& households,
                                                   const std::vector<domain::Child>& children,
                                                   const std::vector<TrainingEvent>& events,
                                                   const domain::Agency& agency, ReportingYear year,
                                                   const AdopterReportSettings& settings)
{
    std::vector<AdopterYearReport> reports;
    reports.reserve(static_cast<std::size_t>(agency.hubs.size()));
    for (const domain::Hub& hub : agency.hubs)
        reports.push_back(
            adopterYearReport(households, children, events, year, hub.code, settings));
    return reports;
}

} // namespace permanence::metrics
