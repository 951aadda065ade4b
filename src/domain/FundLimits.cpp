#include "domain/FundLimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace permanence::domain {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("FundLimits", text);
}

QString groupThousands(qint64 pounds)
{
    QString digits = QString::number(pounds);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

FundLimitRule ruleFromJson(const QJsonObject& json)
{
    FundLimitRule rule;
    rule.from = QDate::fromString(json.value(QStringLiteral("from")).toString(), Qt::ISODate);
    rule.therapy = static_cast<Pence>(json.value(QStringLiteral("therapy")).toDouble());
    rule.assessment = static_cast<Pence>(json.value(QStringLiteral("assessment")).toDouble());
    rule.combined = static_cast<Pence>(json.value(QStringLiteral("combined")).toDouble());
    rule.matchFunding = json.value(QStringLiteral("matchFunding")).toBool();
    return rule;
}

} // namespace

QString formatMoney(Pence amount)
{
    const bool negative = amount < 0;
    const qint64 absolute = negative ? -amount : amount;
    QString out = QStringLiteral("£") + groupThousands(absolute / 100);
    if (absolute % 100 != 0)
        out += QStringLiteral(".%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
    return negative ? QStringLiteral("-") + out : out;
}

std::optional<Pence> parseMoney(const QString& text)
{
    QString plain = text.trimmed();
    plain.remove(QStringLiteral("£"));
    plain.remove(QLatin1Char(','));
    plain = plain.trimmed();
    static const QRegularExpression money(QStringLiteral("^(\\d{1,9})(?:\\.(\\d{1,2}))?$"));
    const auto m = money.match(plain);
    if (!m.hasMatch())
        return std::nullopt;
    Pence pence = m.captured(1).toLongLong() * 100;
    if (m.hasCaptured(2)) {
        const QString fraction = m.captured(2);
        pence += fraction.size() == 1 ? fraction.toLongLong() * 10 : fraction.toLongLong();
    }
    return pence;
}

QString fundTypeLabel(FundType type)
{
    return type == FundType::Therapy ? tr("Therapy") : tr("Specialist assessment");
}

QString fundTypeCode(FundType type)
{
    return type == FundType::Therapy ? QStringLiteral("therapy") : QStringLiteral("assessment");
}

std::optional<FundType> fundTypeFromCode(const QString& code)
{
    for (FundType type : {FundType::Therapy, FundType::SpecialistAssessment})
        if (fundTypeCode(type) == code)
            return type;
    return std::nullopt;
}

Problems validate(const SupportFundApplication& a, QDate today)
{
    Problems out;
    if (!a.applied.isValid())
        out.push_back({tr("Application date"), QStringLiteral("required"),
                       tr("A fund application needs the date it was made.")});
    else if (today.isValid() && a.applied > today)
        out.push_back(
            {tr("Application date"), QStringLiteral("fund.future"),
             tr("A fund application cannot be made %1, after today.").arg(formatDate(a.applied))});
    if (a.provider.trimmed().isEmpty())
        out.push_back({tr("Provider"), QStringLiteral("required"),
                       tr("Name the provider of the %1.").arg(fundTypeLabel(a.type).toLower())});
    if (a.requested <= 0)
        out.push_back({tr("Amount requested"), QStringLiteral("fund.amount"),
                       tr("The amount requested must be more than £0.")});
    if (a.approved && *a.approved < 0)
        out.push_back({tr("Amount approved"), QStringLiteral("fund.amount"),
                       tr("The amount approved cannot be below £0.")});
    if (a.approved && a.requested > 0 && *a.approved > a.requested)
        out.push_back({tr("Amount approved"), QStringLiteral("fund.approved-above-requested"),
                       tr("The fund approved %1, more than the %2 requested.")
                           .arg(formatMoney(*a.approved), formatMoney(a.requested))});
    if (a.financialYear.startYear < 2000)
        out.push_back({tr("Financial year"), QStringLiteral("required"),
                       tr("Give the financial year the work is for.")});
    if (a.matchFunding < 0)
        out.push_back({tr("Match funding"), QStringLiteral("fund.amount"),
                       tr("Match funding cannot be below £0.")});
    if (a.matchFunding > 0 && a.matchFundedBy.trimmed().isEmpty())
        out.push_back(
            {tr("Match funded by"), QStringLiteral("required"),
             tr("Say which council pays the %1 match funding.").arg(formatMoney(a.matchFunding))});
    return out;
}

std::optional<FundLimitRule> FundLimits::ruleOn(QDate date) const
{
    std::optional<FundLimitRule> best;
    for (const FundLimitRule& rule : rules)
        if (rule.from.isValid() && date.isValid() && rule.from <= date &&
            (!best || rule.from > best->from))
            best = rule;
    return best;
}

FundLimits FundLimits::defaults()
{
    FundLimits limits;
    limits.rules = {
        {QDate(2016, 10, 1), 500000, 0, 0, true},
        {QDate(2017, 4, 1), 500000, 250000, 0, true},
        {QDate(2025, 4, 1), 0, 0, 300000, false},
    };
    return limits;
}

QJsonObject FundLimits::toJson() const
{
    QJsonArray array;
    for (const FundLimitRule& rule : rules)
        array.append(
            QJsonObject{{QStringLiteral("from"), rule.from.toString(Qt::ISODate)},
                        {QStringLiteral("therapy"), static_cast<double>(rule.therapy)},
                        {QStringLiteral("assessment"), static_cast<double>(rule.assessment)},
                        {QStringLiteral("combined"), static_cast<double>(rule.combined)},
                        {QStringLiteral("matchFunding"), rule.matchFunding}});
    return QJsonObject{{QStringLiteral("rules"), array}};
}

FundLimits FundLimits::fromJson(const QJsonObject& json)
{
    FundLimits limits;
    const QJsonArray array = json.value(QStringLiteral("rules")).toArray();
    for (const auto& value : array) {
        const FundLimitRule rule = ruleFromJson(value.toObject());
        if (!rule.from.isValid())
            return defaults();
        limits.rules << rule;
    }
    return limits.rules.isEmpty() ? defaults() : limits;
}

Problems fundLimitWarnings(const SupportFundApplication& application,
                           const QList<SupportFundApplication>& others, const FundLimits& limits)
{
    Problems out;
    const auto rule = limits.ruleOn(application.applied);
    if (!rule)
        return out;
    const bool shared = rule->combined > 0;
    const Pence limit =
        shared ? rule->combined
               : (application.type == FundType::Therapy ? rule->therapy : rule->assessment);
    const QString from = formatDate(rule->from);
    if (!rule->matchFunding && application.matchFunding > 0)
        out.push_back({tr("Match funding"), QStringLiteral("fund.no-match-funding"),
                       tr("The fund pays no match funding for applications from %1.").arg(from)});
    if (limit <= 0)
        return out;

    Pence total = application.amountCounted();
    bool skippedSelf = false;
    for (const SupportFundApplication& other : others) {
        if (!skippedSelf && other == application) {
            skippedSelf = true;
            continue;
        }
        if (other.childNumber == application.childNumber &&
            other.financialYear == application.financialYear &&
            (shared || other.type == application.type))
            total += other.amountCounted();
    }
    if (total <= limit)
        return out;

    const QString year = application.financialYear.label();
    const QString above = formatMoney(total - limit);
    QString message;
    if (shared)
        message = tr("Applications for this child in %1 would total %2, above the %3 limit for "
                     "therapy and assessments together in force from %4.")
                      .arg(year, formatMoney(total), formatMoney(limit), from);
    else
        message = tr("%1 applications for this child in %2 would total %3, above the %4 limit in "
                     "force from %5.")
                      .arg(fundTypeLabel(application.type), year, formatMoney(total),
                           formatMoney(limit), from);
    message +=
        QLatin1Char(' ') +
        (rule->matchFunding
             ? tr("The %1 above it needs match funding from the council.").arg(above)
             : tr("The fund pays no match funding: the %1 above it is not covered.").arg(above));
    out.push_back({tr("Amount requested"), QStringLiteral("fund.above-limit"), message});
    return out;
}

} // namespace permanence::domain
