#pragma once

#include "domain/Dates.h"
#include "domain/Problem.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace permanence::domain {

/// Money in pence, so sums are exact.
using Pence = qint64;
/// "£5,000" for whole pounds, "£1,234.50" otherwise.
[[nodiscard]] QString formatMoney(Pence amount);
/// Reads "5000", "£5,000", "1234.50"; nullopt for anything else.
[[nodiscard]] std::optional<Pence> parseMoney(const QString& text);

/// What the Adoption and Special Guardianship Support Fund pays for (support.md §6.2).
enum class FundType
{
    Therapy,
    SpecialistAssessment,
};
[[nodiscard]] QString fundTypeLabel(FundType type);
/// "therapy", "assessment".
[[nodiscard]] QString fundTypeCode(FundType type);
[[nodiscard]] std::optional<FundType> fundTypeFromCode(const QString& code);

/// One application to the fund, made on the family's behalf for one child of the case.
struct SupportFundApplication
{
    QDate applied;
    int childNumber = 0; ///< SupportChild::number in the same case
    FundType type = FundType::Therapy;
    QString provider;
    Pence requested = 0;
    std::optional<Pence> approved; ///< nullopt until the fund decides
    /// The financial year the work is for; applications near 31 March are often for the next.
    ReportingYear financialYear;
    Pence matchFunding = 0; ///< paid by the council above the fair access limit
    QString matchFundedBy;  ///< the council paying the match funding

    /// What counts against the limit: the approved amount once decided, else the request.
    [[nodiscard]] Pence amountCounted() const { return approved.value_or(requested); }
    bool operator==(const SupportFundApplication&) const = default;
};

/// Every problem of one application at once: date, type's provider, a positive request, an
/// approval not above the request, a financial year, match funding with who pays it.
[[nodiscard]] Problems validate(const SupportFundApplication& application, QDate today);

/// The fair access limit in force from `from` (until the next rule starts). Limits are per child
/// per financial year. `combined` > 0 means therapy and assessments share one limit (2025-26);
/// otherwise therapy and assessment have separate limits (`assessment` 0: no separate limit).
struct FundLimitRule
{
    QDate from;
    Pence therapy = 0;
    Pence assessment = 0;
    Pence combined = 0;
    bool matchFunding = false; ///< whether costs above the limit may be match-funded

    bool operator==(const FundLimitRule&) const = default;
};

/// The fund's limits as dated settings (support.md §6.2: "store FAL rules as dated
/// configuration"), kept agency-wide under settingKey so a new year's rules need no release.
struct FundLimits
{
    QList<FundLimitRule> rules; ///< in any order; ruleOn picks the latest that has started

    /// The rule in force on `date`, or nullopt before the first.
    [[nodiscard]] std::optional<FundLimitRule> ruleOn(QDate date) const;

    /// From October 2016 £5,000 therapy; from 2017-18 a separate £2,500 specialist assessment,
    /// match funding above; from 1 April 2025 £3,000 in total including assessments and no
    /// match funding.
    [[nodiscard]] static FundLimits defaults();
    [[nodiscard]] static QString settingKey() { return QStringLiteral("support.fund-limits"); }
    [[nodiscard]] QJsonObject toJson() const;
    /// Falls back to defaults() for a document that is not a valid set of rules.
    [[nodiscard]] static FundLimits fromJson(const QJsonObject& json);

    bool operator==(const FundLimits&) const = default;
};

/// Warnings (not errors: the fund or the council may still agree) for `application` against the
/// limit in force on its date, counting the other applications of the same child, type where the
/// limits are separate, and financial year in `others` (the application itself is skipped if
/// present). Field "Amount requested" (or "Match funding" when the rule allows none).
[[nodiscard]] Problems fundLimitWarnings(const SupportFundApplication& application,
                                         const QList<SupportFundApplication>& others,
                                         const FundLimits& limits);

} // namespace permanence::domain
