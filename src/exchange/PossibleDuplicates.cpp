#include "exchange/PossibleDuplicates.h"

#include <QCoreApplication>

namespace permanence::exchange {

namespace {

QString key(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

} // namespace

PossibleDuplicates::PossibleDuplicates(const std::vector<domain::Child>& existing)
    : m_existing(existing)
{
    // Indexed by date of birth so a file of thousands of rows is checked in one pass.
    for (std::size_t i = 0; i < existing.size(); ++i)
        if (existing[i].dateOfBirth.isValid())
            m_byBirth[existing[i].dateOfBirth.toJulianDay()].push_back(i);
}

std::vector<PossibleDuplicates::Match> PossibleDuplicates::of(const domain::Child& child) const
{
    std::vector<Match> found;
    if (!child.dateOfBirth.isValid())
        return found;
    const auto candidates = m_byBirth.constFind(child.dateOfBirth.toJulianDay());
    if (candidates == m_byBirth.constEnd())
        return found;
    const QString surname = key(child.surname);
    const QString forename = key(child.forename);
    if (surname.isEmpty() || forename.isEmpty())
        return found;
    for (const std::size_t i : *candidates) {
        const domain::Child& other = m_existing[i];
        if (other.reference == child.reference)
            continue;
        const QString otherForename = key(other.forename);
        const bool sameName = forename == otherForename && surname == key(other.surname);
        const bool similar =
            surname == key(other.surname) && forename.left(3) == otherForename.left(3);
        if (sameName)
            found.push_back(
                {other.reference,
                 QCoreApplication::translate("ChildCsvImport", "same name and date of birth")});
        else if (similar)
            found.push_back(
                {other.reference,
                 QCoreApplication::translate("ChildCsvImport",
                                             "same surname and date of birth, similar forename")});
    }
    return found;
}

} // namespace permanence::exchange
