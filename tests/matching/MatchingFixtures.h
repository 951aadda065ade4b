#pragma once

#include "Builders.h"
#include "matching/Ranking.h"

#include <algorithm>
#include <vector>

namespace permanence::test {

/// Rankings are taken on this date; children waiting have an order from 10 Jan 2024.
inline const QDate matchDay = d(2024, 6, 30);

/// A child with a placement order, family finding on matchDay; aged 5 unless born otherwise.
inline domain::Child waitingChild(qint64 id, const QString& name, QDate born = d(2019, 3, 1))
{
    domain::Child c = aChild()
                          .reference(QStringLiteral("C-%1").arg(id, 4, 10, QLatin1Char('0')))
                          .named(name, QStringLiteral("Marsh"))
                          .bornOn(born)
                          .agencyDecision(d(2023, 11, 1))
                          .placementOrder(d(2024, 1, 10))
                          .build();
    c.id = {id};
    return c;
}

/// Brothers and sisters to be placed together (group "SG-1").
inline std::vector<domain::Child> siblings(std::vector<domain::Child> children)
{
    for (domain::Child& c : children)
        c.siblingGroup = QStringLiteral("SG-1");
    return children;
}

/// The builder's own-agency couple (hub SHREWS, approved 1 Mar 2023, up to 2 children aged
/// 0–6, siblings and early permanence), with an id and reference.
inline domain::AdopterHousehold household(qint64 id, const QString& reference = {})
{
    domain::AdopterHousehold h =
        aHousehold()
            .reference(reference.isEmpty() ? QStringLiteral("H-%1").arg(id, 4, 10, QLatin1Char('0'))
                                           : reference)
            .build();
    h.id = {id};
    return h;
}

inline matching::Ranking rank(const std::vector<domain::Child>& unit,
                              const std::vector<domain::AdopterHousehold>& households,
                              const std::vector<domain::Child>& others = {},
                              const matching::MatchingWeights& weights = {})
{
    std::vector<domain::Child> all = others;
    all.insert(all.end(), unit.begin(), unit.end());
    return matching::rankHouseholds(unit, households, all, aFourCouncilAgency(), matchDay, weights);
}

/// References of the ranked households, best first.
inline QStringList order(const matching::Ranking& r)
{
    QStringList refs;
    for (const auto& h : r.ranked)
        refs << r.pool.reference(h.index);
    return refs;
}

inline const matching::ExcludedHousehold* excluded(const matching::Ranking& r, qint64 id)
{
    auto it = std::find_if(r.excluded.begin(), r.excluded.end(),
                           [id](const auto& e) { return e.household.value == id; });
    return it == r.excluded.end() ? nullptr : &*it;
}

/// The sentences explaining why household `id` is excluded, joined by " | ".
inline QString reasons(const matching::Ranking& r, qint64 id)
{
    const matching::ExcludedHousehold* e = excluded(r, id);
    if (!e)
        return QStringLiteral("(not excluded)");
    QStringList out;
    for (const matching::Exclusion& x : r.explain(*e))
        out << x.reason;
    return out.join(QStringLiteral(" | "));
}

} // namespace permanence::test
