#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace permanence::domain {

/// Sex as the DfE returns record it (SSDA903 SEX: 1 male, 2 female).
enum class Sex
{
    Male = 1,
    Female = 2
};

[[nodiscard]] QString sexLabel(Sex sex);
[[nodiscard]] QString sexCode(Sex sex); ///< "M" / "F" for files people edit
[[nodiscard]] std::optional<Sex> sexFromCode(const QString& code); ///< M, F, 1, 2, male, female

/// The DfE ethnicity categories used in the SSDA903 return (ETHNIC column).
struct Ethnicity
{
    QString code;  ///< "WBRI"
    QString label; ///< "White British"
};

/// Every DfE category, in the order the DfE lists them.
[[nodiscard]] const QList<Ethnicity>& ethnicities();
[[nodiscard]] bool isKnownEthnicityCode(const QString& code);
[[nodiscard]] QString ethnicityLabel(const QString& code);
/// 003's priority children include those of "ethnicity other than White British"; children
/// whose ethnicity is not yet recorded (NOBT/REFU) are not counted as a priority by this rule.
[[nodiscard]] bool isOtherThanWhiteBritish(const QString& code);

} // namespace permanence::domain
