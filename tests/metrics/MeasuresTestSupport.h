#pragma once

#include "Builders.h"
#include "domain/Child.h"

#include <algorithm>
#include <vector>

namespace permanence::test {

/// The builder leaves ids at 0 (unsaved); indicators list children by id, so tests number them.
inline domain::Child withId(domain::Child c, qint64 id)
{
    c.id = domain::ChildId{id};
    c.reference = QStringLiteral("C%1").arg(id);
    return c;
}

/// An adopted child with A10 = A1 = `days`: entered care `days` before moving in, adopted on
/// `adoptionOrder`, placement order and match in between (A2 = 60 days).
inline domain::Child adoptedWithDays(qint64 id, qint64 days, QDate adoptionOrder,
                                     const QString& council = QStringLiteral("STAFFS"))
{
    const QDate movedIn = adoptionOrder.addDays(-120);
    const QDate entered = movedIn.addDays(-days);
    return withId(aChild()
                      .council(council)
                      .enteredCare(entered)
                      .agencyDecision(entered.addDays(10))
                      .placementOrder(movedIn.addDays(-90))
                      .matchDecision(movedIn.addDays(-30))
                      .movedIn(movedIn)
                      .adoptionOrder(adoptionOrder)
                      .build(),
                  id);
}

inline std::vector<qint64> idsOf(const std::vector<domain::ChildId>& ids)
{
    std::vector<qint64> out;
    for (auto id : ids)
        out.push_back(id.value);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace permanence::test
