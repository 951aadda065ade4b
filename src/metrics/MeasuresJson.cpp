#include "metrics/MeasuresJson.h"

#include <QJsonValue>

namespace permanence::metrics {

using domain::ReportingYear;

namespace {

QJsonValue iso(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue optional(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue optional(const std::optional<qint64>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject periodJson(const Period& p)
{
    return {{QStringLiteral("label"), p.label()},
            {QStringLiteral("start"), iso(p.start())},
            {QStringLiteral("end"), iso(p.end())}};
}

QJsonArray excludedJson(const std::vector<ExcludedChild>& excluded)
{
    QJsonArray out;
    for (const ExcludedChild& e : excluded)
        out.append(QJsonObject{{QStringLiteral("id"), e.id.value},
                               {QStringLiteral("reference"), e.reference},
                               {QStringLiteral("council"), e.councilCode},
                               {QStringLiteral("adoptionOrder"), iso(e.adoptionOrder)},
                               {QStringLiteral("reason"), exclusionCode(e.reason)}});
    return out;
}

/// value / exactMean / n only: the trend rows of 003's tables need no child lists.
QJsonObject summaryJson(const Indicator& i)
{
    return {{QStringLiteral("period"), i.period.label()},
            {QStringLiteral("value"), optional(i.value)},
            {QStringLiteral("exactMean"), optional(i.exactMean)},
            {QStringLiteral("n"), i.n}};
}

QJsonObject measureJson(const std::vector<domain::Child>& children, Measure m,
                        const ReportingYear& year, const Scope& scope,
                        const MeasureSettings& settings)
{
    QJsonObject out;
    out.insert(QStringLiteral("year"),
               toJson(indicator(children, m, Period::year(year), scope), settings));
    out.insert(QStringLiteral("threeYear"),
               toJson(indicator(children, m, Period::threeYears(year), scope), settings));
    // 003 §3.6 shows each measure for the last three years, both ways.
    QJsonArray trend;
    for (int y = year.startYear - 2; y <= year.startYear; ++y) {
        const ReportingYear ry{y};
        trend.append(QJsonObject{
            {QStringLiteral("year"), summaryJson(indicator(children, m, Period::year(ry), scope))},
            {QStringLiteral("threeYear"),
             summaryJson(indicator(children, m, Period::threeYears(ry), scope))}});
    }
    out.insert(QStringLiteral("trend"), trend);
    return out;
}

QJsonObject scopeJson(const std::vector<domain::Child>& children,
                      const std::vector<domain::AdopterHousehold>& households, const Scope& scope,
                      const QString& name, const MeasuresRequest& request)
{
    QJsonObject out = toJson(childrenFigures(children, households, request.year, scope));
    out.insert(QStringLiteral("council"),
               scope.isAgency() ? QJsonValue() : QJsonValue(scope.councilCode));
    out.insert(QStringLiteral("name"), name);
    for (Measure m : {Measure::A10, Measure::A2, Measure::A1})
        out.insert(measureCode(m), measureJson(children, m, request.year, scope, request.settings));
    const A3Rule& rule = request.settings.a3Rule;
    out.insert(QStringLiteral("a3"),
               QJsonObject{
                   {QStringLiteral("year"),
                    toJson(a3Indicator(children, Period::year(request.year), scope, rule))},
                   {QStringLiteral("threeYear"),
                    toJson(a3Indicator(children, Period::threeYears(request.year), scope, rule))}});
    return out;
}

QJsonObject yearlyJson(const YearlyValues& v)
{
    QJsonObject out;
    for (auto it = v.byYear.constBegin(); it != v.byYear.constEnd(); ++it)
        out.insert(ReportingYear{it.key()}.label(), it.value());
    return out;
}

} // namespace

QJsonObject toJson(const MeasureSettings& s)
{
    QJsonObject out;
    for (const auto& [measure, b] : s.benchmarks)
        out.insert(measureCode(measure),
                   QJsonObject{{QStringLiteral("targetFromYear"), yearlyJson(b.target)},
                               {QStringLiteral("englandYear"), yearlyJson(b.englandYear)},
                               {QStringLiteral("englandThreeYearEndingIn"),
                                yearlyJson(b.englandThreeYear)}});
    out.insert(QStringLiteral("a3Rule"),
               s.a3Rule.kind == A3Rule::Kind::CalendarMonths
                   ? QJsonObject{{QStringLiteral("kind"), QStringLiteral("calendar-months")},
                                 {QStringLiteral("months"), s.a3Rule.months}}
                   : QJsonObject{{QStringLiteral("kind"), QStringLiteral("days")},
                                 {QStringLiteral("days"), s.a3Rule.days}});
    return out;
}

namespace {

QJsonObject definitionsJson()
{
    const auto s = [](const char* text) { return QJsonValue(QString::fromUtf8(text)); };
    return {
        {QStringLiteral("dayCount"), s("end date minus start date")},
        {QStringLiteral("cohort"), s("children whose adoption order date is in the period, "
                                     "both ends included; archived records left out")},
        {QStringLiteral("rounding"), s("value = mean rounded to the nearest day, halves away "
                                       "from zero; exactMean is unrounded")},
        {QStringLiteral("threeYear"), s("pooled over every child adopted in the three years, "
                                        "not the mean of yearly means")},
        {QStringLiteral("a10"), s("foster-carer adoptions end on the stored date the child "
                                  "moved in with those carers")},
        {QStringLiteral("a2"), s("max(0, match decision - placement order); consent placements, "
                                 "no order, or not placed by the adoption order are excluded")},
        {QStringLiteral("earlyPermanence"), s("counted in the year the child moved in with the "
                                              "adopters, as a share of children placed")},
        {QStringLiteral("waiting"), s("authority to place by the date, not moved in, not adopted, "
                                      "no plan change; buckets cumulative, calendar months")},
        {QStringLiteral("agedFiveOrOver"), s("age on the adoption order (or census) date >= 5")},
    };
}

} // namespace

QJsonObject toJson(const ChildSet& set)
{
    QJsonArray ids;
    for (domain::ChildId id : set.ids)
        ids.append(id.value);
    return {{QStringLiteral("count"), set.count()}, {QStringLiteral("children"), ids}};
}

QJsonObject toJson(const Indicator& i, const MeasureSettings& settings)
{
    QJsonObject out = periodJson(i.period);
    out.insert(QStringLiteral("period"), i.period.label());
    out.insert(QStringLiteral("value"), optional(i.value));
    out.insert(QStringLiteral("exactMean"), optional(i.exactMean));
    out.insert(QStringLiteral("n"), i.n);
    out.insert(QStringLiteral("totalDays"), i.totalDays);
    const auto target = settings.target(i.measure, i.period);
    const auto england = settings.englandAverage(i.measure, i.period);
    out.insert(QStringLiteral("target"), optional(target));
    out.insert(QStringLiteral("englandAverage"), optional(england));
    out.insert(QStringLiteral("againstTarget"),
               i.value && target ? QJsonValue(againstCode(compare(*i.value, *target)))
                                 : QJsonValue());
    out.insert(QStringLiteral("againstEnglandAverage"),
               i.value && england ? QJsonValue(againstCode(compare(*i.value, *england)))
                                  : QJsonValue());
    QJsonArray children;
    for (const CohortChild& c : i.children)
        children.append(QJsonObject{{QStringLiteral("id"), c.id.value},
                                    {QStringLiteral("reference"), c.reference},
                                    {QStringLiteral("council"), c.councilCode},
                                    {QStringLiteral("adoptionOrder"), iso(c.adoptionOrder)},
                                    {QStringLiteral("days"), c.days}});
    out.insert(QStringLiteral("children"), children);
    out.insert(QStringLiteral("excluded"), excludedJson(i.excluded));
    return out;
}

QJsonObject toJson(const A3Indicator& i)
{
    QJsonObject out = periodJson(i.period);
    out.insert(QStringLiteral("period"), i.period.label());
    out.insert(QStringLiteral("n"), i.n);
    out.insert(QStringLiteral("lessThan14Months"), toJson(ChildSet{i.lessThan14MonthsIds}));
    out.insert(QStringLiteral("notLessThan14Months"), toJson(ChildSet{i.notLessThan14MonthsIds}));
    out.insert(QStringLiteral("share"), optional(i.share));
    out.insert(QStringLiteral("excluded"), excludedJson(i.excluded));
    return out;
}

QJsonObject toJson(const ChildrenFigures& f)
{
    const PlacementFigures& p = f.placements;
    const AdoptedFigures& a = f.adopted;
    const domain::PlanSnapshot& s = f.planSnapshot;
    const auto priority = [](const AdoptedFigures& x, const QString& allKey) {
        return QJsonObject{{allKey, toJson(x.adopted)},
                           {QStringLiteral("agedFiveOrOver"), toJson(x.agedFiveOrOver)},
                           {QStringLiteral("siblingGroup"), toJson(x.siblingGroup)},
                           {QStringLiteral("ethnicityOtherThanWhiteBritish"),
                            toJson(x.ethnicityOtherThanWhiteBritish)},
                           {QStringLiteral("disability"), toJson(x.disability)},
                           {QStringLiteral("anyPriority"), toJson(x.anyPriority)}};
    };
    QJsonArray disruptions;
    for (const Disruption& d : f.disruptions.disruptions)
        disruptions.append(QJsonObject{
            {QStringLiteral("child"), d.child.value},
            {QStringLiteral("household"),
             d.household.isValid() ? QJsonValue(d.household.value) : QJsonValue()},
            {QStringLiteral("movedIn"), iso(d.movedIn)},
            {QStringLiteral("ended"), iso(d.ended)},
            {QStringLiteral("source"),
             d.source ? QJsonValue(domain::adopterSourceCode(*d.source)) : QJsonValue()}});
    QJsonArray waitingChildren;
    for (const WaitingChild& w : f.waiting.children)
        waitingChildren.append(QJsonObject{
            {QStringLiteral("id"), w.id.value},
            {QStringLiteral("daysSincePlacementOrder"), w.daysSincePlacementOrder},
            {QStringLiteral("daysSinceEnteringCare"), optional(w.daysSinceEnteringCare)}});
    const auto set = [](const std::vector<domain::ChildId>& ids) { return toJson(ChildSet{ids}); };
    return {
        {QStringLiteral("agencyDecisions"), toJson(f.agencyDecisions)},
        {QStringLiteral("placementOrders"), toJson(f.placementOrders)},
        {QStringLiteral("consents"), toJson(f.consents)},
        {QStringLiteral("placements"),
         QJsonObject{{QStringLiteral("placed"), toJson(p.placed)},
                     {QStringLiteral("ownAgency"), toJson(p.ownAgency)},
                     {QStringLiteral("otherRegionalAgency"), toJson(p.otherRegionalAgency)},
                     {QStringLiteral("voluntaryAgency"), toJson(p.voluntaryAgency)},
                     {QStringLiteral("unknownSource"), toJson(p.unknownSource)},
                     {QStringLiteral("inHouseShare"), optional(p.inHouseShare)}}},
        {QStringLiteral("earlyPermanence"),
         QJsonObject{{QStringLiteral("placed"), toJson(p.placed)},
                     {QStringLiteral("earlyPermanence"), toJson(p.earlyPermanence)},
                     {QStringLiteral("share"), optional(p.earlyPermanenceShare)}}},
        {QStringLiteral("adopted"), priority(a, QStringLiteral("adopted"))},
        {QStringLiteral("planSnapshot"),
         QJsonObject{{QStringLiteral("on"), iso(s.on)},
                     {QStringLiteral("withPlan"), set(s.withPlanIds)},
                     {QStringLiteral("withOrderNotMatched"), set(s.withOrderNotMatchedIds)},
                     {QStringLiteral("matchedMovingIn"), set(s.matchedMovingInIds)},
                     {QStringLiteral("linked"), set(s.linkedIds)},
                     {QStringLiteral("stopped"), set(s.stoppedIds)},
                     {QStringLiteral("activelySought"), set(s.activelySoughtIds)},
                     {QStringLiteral("notYetAuthorised"), set(s.notYetAuthorisedIds)},
                     {QStringLiteral("placed"), set(s.placedIds)}}},
        {QStringLiteral("disruptions"),
         QJsonObject{{QStringLiteral("count"), static_cast<int>(f.disruptions.disruptions.size())},
                     {QStringLiteral("ownAgency"), f.disruptions.ownAgency},
                     {QStringLiteral("interAgency"), f.disruptions.interAgency},
                     {QStringLiteral("unknownSource"), f.disruptions.unknownSource},
                     {QStringLiteral("childrenAffected"), toJson(f.disruptions.childrenAffected)},
                     {QStringLiteral("placements"), disruptions}}},
        {QStringLiteral("waiting"),
         QJsonObject{
             {QStringLiteral("on"), iso(f.waiting.on)},
             {QStringLiteral("waiting"), toJson(f.waiting.waiting)},
             {QStringLiteral("matched"), toJson(f.waiting.matched)},
             {QStringLiteral("atLeast90Days"), toJson(f.waiting.atLeast90Days)},
             {QStringLiteral("atLeast12Months"), toJson(f.waiting.atLeast12Months)},
             {QStringLiteral("atLeast18Months"), toJson(f.waiting.atLeast18Months)},
             {QStringLiteral("atLeast18MonthsSinceCare"),
              toJson(f.waiting.atLeast18MonthsSinceCare)},
             {QStringLiteral("priority"), priority(f.waiting.priority, QStringLiteral("waiting"))},
             {QStringLiteral("children"), waitingChildren}}},
    };
}

QJsonObject measuresJson(const domain::Agency& agency, const std::vector<domain::Child>& children,
                         const std::vector<domain::AdopterHousehold>& households,
                         const MeasuresRequest& request)
{
    QJsonObject out;
    out.insert(QStringLiteral("schema"), QStringLiteral("permanence.measures/1"));
    out.insert(QStringLiteral("agency"), agency.name);
    QJsonObject year = periodJson(Period::year(request.year));
    year.insert(QStringLiteral("startYear"), request.year.startYear);
    out.insert(QStringLiteral("year"), year);
    out.insert(QStringLiteral("threeYear"), periodJson(Period::threeYears(request.year)));
    out.insert(QStringLiteral("definitions"), definitionsJson());
    out.insert(QStringLiteral("settings"), toJson(request.settings));
    if (request.councilCode.isEmpty())
        out.insert(QStringLiteral("total"),
                   scopeJson(children, households, Scope::agency(), agency.name, request));
    QJsonObject councils;
    for (const domain::Council& c : agency.councils) {
        if (!request.councilCode.isEmpty() && c.code != request.councilCode)
            continue;
        councils.insert(c.code,
                        scopeJson(children, households, Scope::council(c.code), c.name, request));
    }
    out.insert(QStringLiteral("councils"), councils);
    return out;
}

} // namespace permanence::metrics

namespace permanence::metrics {
namespace {

/// "2023-24" → 2023; 0 when the key is not a reporting year label.
int startYearOf(const QString& label)
{
    bool ok = false;
    const int year = label.left(4).toInt(&ok);
    return ok && label.size() == 7 && label.at(4) == QLatin1Char('-') ? year : 0;
}

YearlyValues yearlyFromJson(const QJsonValue& value, const QString& field,
                            domain::Problems& problems)
{
    YearlyValues out;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const int year = startYearOf(it.key());
        if (year == 0 || !it.value().isDouble() || it.value().toDouble() < 0) {
            problems.push_back({field, QStringLiteral("measures.setting-invalid"),
                                QStringLiteral("%1: '%2' is not a reporting year with a number "
                                               "of days (0 or more).")
                                    .arg(field, it.key())});
            continue;
        }
        out.byYear.insert(year, it.value().toDouble());
    }
    return out;
}

} // namespace

domain::Result<MeasureSettings> measureSettingsFromJson(const QJsonObject& json)
{
    MeasureSettings out = MeasureSettings::defaults();
    domain::Problems problems;
    for (Measure m : {Measure::A1, Measure::A10, Measure::A2}) {
        const QJsonValue value = json.value(measureCode(m));
        if (!value.isObject())
            continue; // not saved: the default stays
        const QJsonObject b = value.toObject();
        const QString label = measureLabel(m);
        Benchmarks benchmarks;
        benchmarks.target = yearlyFromJson(b.value(QStringLiteral("targetFromYear")),
                                           QStringLiteral("%1 target").arg(label), problems);
        benchmarks.englandYear =
            yearlyFromJson(b.value(QStringLiteral("englandYear")),
                           QStringLiteral("%1 England average (year)").arg(label), problems);
        benchmarks.englandThreeYear =
            yearlyFromJson(b.value(QStringLiteral("englandThreeYearEndingIn")),
                           QStringLiteral("%1 England average (3 years)").arg(label), problems);
        out.benchmarks[m] = benchmarks;
    }
    const QJsonObject rule = json.value(QStringLiteral("a3Rule")).toObject();
    if (rule.value(QStringLiteral("kind")).toString() == QLatin1String("days")) {
        out.a3Rule.kind = A3Rule::Kind::Days;
        out.a3Rule.days = rule.value(QStringLiteral("days")).toInteger(out.a3Rule.days);
    } else if (rule.contains(QStringLiteral("months"))) {
        out.a3Rule.months = rule.value(QStringLiteral("months")).toInt(out.a3Rule.months);
    }
    if (out.a3Rule.days <= 0 || out.a3Rule.months <= 0)
        problems.push_back({QStringLiteral("A3 rule"), QStringLiteral("measures.setting-invalid"),
                            QStringLiteral("A3 rule: the limit must be more than 0.")});
    if (!problems.empty())
        return domain::fail(domain::Error::validation(std::move(problems)));
    return out;
}

} // namespace permanence::metrics
