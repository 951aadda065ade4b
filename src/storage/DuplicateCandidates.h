#pragma once

#include "domain/Actor.h"
#include "domain/LikelyDuplicate.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <vector>

namespace permanence::storage {

class Database;

/// An existing record the duplicate check should look at, and the people in it.
struct DuplicateCandidate
{
    domain::LikelyDuplicate record; ///< everything but `reason`, which the check decides
    std::vector<domain::PersonIdentity> people;
};

/// Reads the few records that could duplicate a new one: those with the same reference
/// (ignoring case) or with a person born on one of `birthDates`. Archived records are included
/// (marked), because re-creating an archived child is still a duplicate.
class DuplicateCandidates
{
public:
    explicit DuplicateCandidates(const Database& db) : m_db(db) {}

    [[nodiscard]] domain::Result<std::vector<DuplicateCandidate>>
    children(const QString& reference, const QList<QDate>& birthDates,
             const domain::Actor& actor) const;
    /// Households, one candidate each with every applicant as a person.
    [[nodiscard]] domain::Result<std::vector<DuplicateCandidate>>
    households(const QString& reference, const QList<QDate>& birthDates,
               const domain::Actor& actor) const;

private:
    const Database& m_db;
};

} // namespace permanence::storage
