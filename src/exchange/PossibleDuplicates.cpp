#include "exchange/PossibleDuplicates.h"

#include "domain/LikelyDuplicate.h"

namespace permanence::exchange {

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
    const domain::PersonIdentity typed{child.forename, child.surname, child.preferredName,
                                       child.dateOfBirth};
    for (const std::size_t i : *candidates) {
        const domain::Child& other = m_existing[i];
        // A row with an existing reference updates that child; it cannot duplicate it.
        if (other.reference == child.reference)
            continue;
        const domain::PersonIdentity existing{other.forename, other.surname, other.preferredName,
                                              other.dateOfBirth};
        if (auto why = domain::duplicateReason(typed, existing))
            found.push_back({other.reference, domain::duplicateReasonText(*why)});
    }
    return found;
}

} // namespace permanence::exchange
