#pragma once

#include "domain/Person.h"
#include "services/DemoRandom.h"

#include <QList>
#include <QString>

namespace permanence::services::demo {

/// Invented people for the demo agency. The lists are plausible English names of the heritages
/// found among children and adopters in the regions 003 describes; every combination is made up
/// and none is taken from a real case.

struct PersonName
{
    QString forename;
    QString surname;
};

/// A child's or an adult's name that fits their DfE ethnicity code (a White and Black Caribbean
/// child may have a British or a Caribbean forename and surname, and so on).
[[nodiscard]] QString childForename(const QString& ethnicity, domain::Sex sex, Random& random);
[[nodiscard]] QString adultForename(const QString& ethnicity, domain::Sex sex, Random& random);
[[nodiscard]] QString surname(const QString& ethnicity, Random& random);

/// The everyday name for a formal forename ("Matilda" → "Tilly"), or empty if there is none.
[[nodiscard]] QString shortName(const QString& forename);

/// Religion and first language as a child's record would give them, often empty (not recorded).
[[nodiscard]] QString religionFor(const QString& ethnicity, Random& random);
[[nodiscard]] QString firstLanguageFor(const QString& ethnicity, Random& random);

/// Weights of the DfE ethnicity codes for children and for adopters: about 87% White British
/// among children placed, like 003 §3.7, and a little more varied among adopters.
[[nodiscard]] QString childEthnicity(Random& random);
[[nodiscard]] QString adopterEthnicity(Random& random);

/// Agencies that approve the adopters of inter-agency placements (all invented).
[[nodiscard]] const QList<QString>& regionalAgencyNames();
[[nodiscard]] const QList<QString>& voluntaryAgencyNames();

/// An invented English place name and a short code for it, for the national-scale councils:
/// index 0..159 gives 160 distinct names and codes.
struct Place
{
    QString name;
    QString code;
};
[[nodiscard]] Place inventedPlace(int index);
inline constexpr int inventedPlaceCount = 160;

} // namespace permanence::services::demo
