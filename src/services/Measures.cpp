#include "services/Measures.h"

#include "metrics/MeasuresJson.h"
#include "services/TrainingRegister.h"
#include "services/Workspace.h"

#include <QJsonArray>
#include <spdlog/spdlog.h>

namespace permanence::services {

using domain::AnnualReportInputs;
using domain::ReportingYear;

QString Measures::reportInputsKey(ReportingYear year)
{
    return QStringLiteral("annualReport.%1").arg(year.startYear);
}

domain::Result<FigureRecords> Measures::records() const
{
    FigureRecords out;
    storage::ChildQuery childQuery;
    childQuery.limit = 0; // every child: the figures are over the whole agency
    childQuery.includeArchived = false;
    auto children = m_ws.children(childQuery);
    if (!children)
        return domain::fail(children.error());
    out.children = std::move(*children);

    storage::HouseholdQuery householdQuery;
    householdQuery.limit = 0;
    householdQuery.includeArchived = true;
    auto households = m_ws.households(householdQuery);
    if (!households)
        return domain::fail(households.error());
    out.households = std::move(*households);

    auto events = TrainingRegister(m_ws).events();
    if (!events)
        return domain::fail(events.error());
    out.trainingEvents = std::move(*events);
    return out;
}

domain::Result<metrics::MeasureSettings> Measures::settings() const
{
    auto saved = m_ws.setting(QString::fromLatin1(settingsKey));
    if (!saved)
        return domain::fail(saved.error());
    if (!*saved)
        return metrics::MeasureSettings::defaults();
    auto parsed = metrics::measureSettingsFromJson(**saved);
    if (!parsed)
        spdlog::warn("measures: saved settings are not valid ({} problems); using defaults",
                     parsed.error().problems.size());
    return parsed ? *parsed : metrics::MeasureSettings::defaults();
}

domain::Status Measures::saveSettings(const metrics::MeasureSettings& settings)
{
    const QJsonObject json = metrics::toJson(settings);
    // Round-trip through the reader so nothing is saved that would not load back.
    if (auto check = metrics::measureSettingsFromJson(json); !check)
        return domain::fail(check.error());
    return m_ws.saveSetting(QString::fromLatin1(settingsKey), json);
}

domain::Result<AnnualReportInputs> Measures::reportInputs(ReportingYear year) const
{
    auto saved = m_ws.setting(reportInputsKey(year));
    if (!saved)
        return domain::fail(saved.error());
    return reportInputsFromJson(year, saved->value_or(QJsonObject{}));
}

domain::Status Measures::saveReportInputs(const AnnualReportInputs& inputs)
{
    if (auto problems = domain::validate(inputs, m_ws.agency(), m_ws.clock().today());
        !problems.empty())
        return domain::fail(domain::Error::validation(std::move(problems)));
    return m_ws.saveSetting(reportInputsKey(inputs.year), toJson(inputs));
}

namespace {

QJsonObject countsJson(const QMap<QString, int>& counts)
{
    QJsonObject out;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QMap<QString, int> countsFromJson(const QJsonValue& value)
{
    QMap<QString, int> out;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (it.value().isDouble())
            out.insert(it.key(), it.value().toInt());
    return out;
}

} // namespace

QJsonObject Measures::toJson(const AnnualReportInputs& inputs)
{
    QJsonArray finance;
    for (const domain::FinanceLine& f : inputs.finance)
        finance.append(QJsonObject{{QStringLiteral("table"), f.table},
                                   {QStringLiteral("line"), f.line},
                                   {QStringLiteral("budget"), f.budget},
                                   {QStringLiteral("outturn"), f.outturn}});
    QJsonObject narrative;
    for (auto it = inputs.narrative.constBegin(); it != inputs.narrative.constEnd(); ++it)
        if (!it.value().trimmed().isEmpty())
            narrative.insert(it.key(), it.value());
    return {
        {QStringLiteral("childrenInCare"), countsJson(inputs.childrenInCare)},
        {QStringLiteral("childrenInCareUnder6"), countsJson(inputs.childrenInCareUnder6)},
        {QStringLiteral("finance"), finance},
        {QStringLiteral("narrative"), narrative},
        {QStringLiteral("author"), inputs.author},
        {QStringLiteral("signedOn"), inputs.signedOn.isValid()
                                         ? QJsonValue(inputs.signedOn.toString(Qt::ISODate))
                                         : QJsonValue()},
    };
}

AnnualReportInputs Measures::reportInputsFromJson(ReportingYear year, const QJsonObject& json)
{
    AnnualReportInputs out;
    out.year = year;
    out.childrenInCare = countsFromJson(json.value(QStringLiteral("childrenInCare")));
    out.childrenInCareUnder6 = countsFromJson(json.value(QStringLiteral("childrenInCareUnder6")));
    for (const QJsonValue& v : json.value(QStringLiteral("finance")).toArray()) {
        const QJsonObject f = v.toObject();
        out.finance.push_back({f.value(QStringLiteral("table")).toString(),
                               f.value(QStringLiteral("line")).toString(),
                               f.value(QStringLiteral("budget")).toDouble(),
                               f.value(QStringLiteral("outturn")).toDouble()});
    }
    const QJsonObject narrative = json.value(QStringLiteral("narrative")).toObject();
    for (auto it = narrative.constBegin(); it != narrative.constEnd(); ++it)
        out.narrative.insert(it.key(), it.value().toString());
    out.author = json.value(QStringLiteral("author")).toString();
    out.signedOn =
        QDate::fromString(json.value(QStringLiteral("signedOn")).toString(), Qt::ISODate);
    return out;
}

} // namespace permanence::services
