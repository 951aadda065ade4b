// Sibling groups in the workflow: a group placed together is linked, matched and placed as
// one, all or none (Placement.h).
#include "domain/AdopterHousehold.h"
#include "domain/Placement.h"

#include <QCoreApplication>

namespace permanence::domain {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Placement", text);
}

} // namespace

Problems applyToGroup(QList<ChildPlacement>& group, const Transition& transition)
{
    Problems out;
    if (group.isEmpty()) {
        out.push_back({tr("Sibling group"), QStringLiteral("required"),
                       tr("Choose a child or a sibling group.")});
        return out;
    }
    const QString reference = group.first().child.siblingGroup;
    const HouseholdId household = group.first().child.household;
    for (const ChildPlacement& p : group) {
        if (group.size() > 1 && (reference.isEmpty() || p.child.siblingGroup != reference))
            out.push_back({tr("Sibling group"), QStringLiteral("group.not-one-group"),
                           tr("%1 is not in sibling group %2: a group is linked and matched as "
                              "one.")
                               .arg(p.child.reference, reference)});
        if (p.child.household != household)
            out.push_back({tr("Household"), QStringLiteral("group.different-households"),
                           tr("%1 is not linked with the same household as %2.")
                               .arg(p.child.reference, group.first().child.reference)});
    }
    if (!out.empty())
        return out;

    // Work on copies so that a refusal for any child leaves every child as it was.
    QList<ChildPlacement> changed = group;
    for (ChildPlacement& p : changed) {
        Problems problems = transition(p);
        for (Problem& problem : problems) {
            if (group.size() > 1)
                problem.message = tr("%1: %2").arg(p.child.reference, problem.message);
            out.push_back(std::move(problem));
        }
    }
    if (out.empty())
        group = std::move(changed);
    return out;
}

Problems linkGroup(QList<ChildPlacement>& group, const AdopterHousehold& household, QDate date,
                   const QString& familyFinder, QDate today)
{
    Problems out;
    const auto size = group.size();
    if (size > household.terms.maxChildren)
        out.push_back(
            {tr("Household"), QStringLiteral("group.capacity"),
             tr("%1 is approved for %2 at most; this group has %3 children.")
                 .arg(household.reference, household.terms.maxChildren == 1
                                               ? tr("1 child")
                                               : tr("%1 children").arg(household.terms.maxChildren))
                 .arg(size)});
    if (size > 1 && !household.terms.siblings)
        out.push_back(
            {tr("Household"), QStringLiteral("group.siblings"),
             tr("%1 is not approved for brothers and sisters.").arg(household.reference)});
    if (!out.empty())
        return out;
    return applyToGroup(
        group, [&](ChildPlacement& p) { return link(p, household, date, familyFinder, today); });
}

} // namespace permanence::domain
