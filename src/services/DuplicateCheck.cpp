#include "services/DuplicateCheck.h"

#include "services/Workspace.h"
#include "storage/DuplicateCandidates.h"

namespace permanence::services {

using namespace permanence::domain;

namespace {

/// Keeps the candidates that the domain's rule says may be the same, with the strongest reason
/// any of their people gives.
std::vector<LikelyDuplicate> judge(const std::vector<storage::DuplicateCandidate>& candidates,
                                   const QString& reference, qint64 ownId,
                                   const std::vector<PersonIdentity>& typed)
{
    std::vector<LikelyDuplicate> found;
    for (const auto& candidate : candidates) {
        if (candidate.record.id == ownId)
            continue;
        std::optional<DuplicateReason> best;
        if (sameReference(reference, candidate.record.reference))
            best = DuplicateReason::SameReference;
        for (const PersonIdentity& mine : typed)
            for (const PersonIdentity& theirs : candidate.people)
                if (auto why = duplicateReason(mine, theirs); why && (!best || *why < *best))
                    best = why;
        if (!best)
            continue;
        LikelyDuplicate d = candidate.record;
        d.reason = *best;
        found.push_back(std::move(d));
    }
    sortLikelyDuplicates(found);
    return found;
}

} // namespace

Result<std::vector<LikelyDuplicate>> DuplicateCheck::of(const Child& child) const
{
    auto candidates = storage::DuplicateCandidates(m_ws.database())
                          .children(child.reference, {child.dateOfBirth}, m_ws.actor());
    if (!candidates)
        return fail(candidates.error());
    const PersonIdentity person{child.forename, child.surname, child.preferredName,
                                child.dateOfBirth};
    return judge(*candidates, child.reference, child.id.value, {person});
}

Result<std::vector<LikelyDuplicate>> DuplicateCheck::of(const AdopterHousehold& household) const
{
    std::vector<PersonIdentity> people;
    QList<QDate> births;
    for (const Applicant& a : household.applicants) {
        people.push_back({a.forename, a.surname, {}, a.dateOfBirth});
        births << a.dateOfBirth;
    }
    auto candidates = storage::DuplicateCandidates(m_ws.database())
                          .households(household.reference, births, m_ws.actor());
    if (!candidates)
        return fail(candidates.error());
    return judge(*candidates, household.reference, household.id.value, people);
}

} // namespace permanence::services
