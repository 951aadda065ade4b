#include "matching/MatchUnit.h"

#include "domain/Dates.h"
#include "domain/FamilyFinding.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace permanence::matching {

using namespace permanence::domain;

namespace {

bool reached(QDate fact, QDate on)
{
    return fact.isValid() && fact <= on;
}

UnitChild unitChild(const Child& c, QDate on)
{
    UnitChild u;
    u.id = c.id;
    u.reference = c.reference;
    u.name = !c.preferredName.trimmed().isEmpty() ? c.preferredName.trimmed()
             : !c.forename.trimmed().isEmpty()    ? c.forename.trimmed()
                                                  : c.reference;
    u.age = ageInYears(c.dateOfBirth, on);
    u.sex = c.sex;
    const QStringList& categories = needCategories();
    // Needs outside the categories cannot be compared with approval terms; validation reports
    // them, so they are left out here rather than guessed at.
    for (const QString& need : c.healthNeeds) {
        const qsizetype i = categories.indexOf(need);
        if (i >= 0 && i < 32)
            u.needs |= quint32{1} << i;
    }
    u.uncategorisedDisability = c.disability && u.needs == 0;
    u.hasPlacementOrder = reached(c.journey.placementOrder, on);
    u.ethnicity = c.ethnicity;
    u.religion = c.religion.trimmed();
    u.firstLanguage = c.firstLanguage.trimmed();
    u.councilCode = c.councilCode;
    u.daysWaiting = daysWaitingSincePlacementOrder(c, on).value_or(-1);
    return u;
}

} // namespace

quint32 MatchUnit::needs() const
{
    quint32 all = 0;
    for (const UnitChild& c : children)
        all |= c.needs;
    return all;
}

bool MatchUnit::hasUncategorisedDisability() const
{
    return std::any_of(children.begin(), children.end(),
                       [](const UnitChild& c) { return c.uncategorisedDisability; });
}

bool MatchUnit::needsEarlyPermanence() const
{
    return std::any_of(children.begin(), children.end(),
                       [](const UnitChild& c) { return !c.hasPlacementOrder; });
}

qint64 MatchUnit::longestWait() const
{
    qint64 longest = -1;
    for (const UnitChild& c : children)
        longest = std::max(longest, c.daysWaiting);
    return longest;
}

QString MatchUnit::reference() const
{
    QStringList refs;
    for (const UnitChild& c : children)
        refs << c.reference;
    return refs.join(QStringLiteral(", "));
}

QString MatchUnit::names() const
{
    QStringList list;
    for (const UnitChild& c : children)
        list << c.name;
    if (list.size() < 2)
        return list.join(QString());
    const QString last = list.takeLast();
    return QCoreApplication::translate("Matching", "%1 and %2")
        .arg(list.join(QStringLiteral(", ")), last);
}

MatchUnit makeUnit(const std::vector<Child>& childOrGroup, QDate on)
{
    MatchUnit unit;
    unit.on = on;
    for (const Child& c : childOrGroup) {
        unit.children.push_back(unitChild(c, on));
        unit.contactPlans += c.contactPlans;
        if (unit.siblingGroup.isEmpty())
            unit.siblingGroup = c.siblingGroup.trimmed();
    }
    if (unit.children.size() < 2)
        unit.siblingGroup.clear();
    return unit;
}

bool isWaiting(const Child& child, QDate on)
{
    if (child.archived || reached(child.journey.earlyPermanencePlaced, on))
        return false;
    const FamilyFindingStatus s = familyFindingStatus(child, on);
    return s == FamilyFindingStatus::ActivelyFamilyFinding ||
           s == FamilyFindingStatus::AwaitingPlacementOrder;
}

std::vector<Child> placedTogetherWith(const Child& child, const std::vector<Child>& allChildren,
                                      QDate on)
{
    const QString group = child.siblingGroup.trimmed();
    if (group.isEmpty())
        return {child};
    std::vector<Child> members;
    bool selfIncluded = false;
    for (const Child& c : allChildren) {
        const bool self = c.id == child.id && c.reference == child.reference;
        if (self || (c.siblingGroup.trimmed() == group && isWaiting(c, on))) {
            members.push_back(self ? child : c);
            selfIncluded = selfIncluded || self;
        }
    }
    if (!selfIncluded)
        members.insert(members.begin(), child);
    return members;
}

std::vector<MatchUnit> waitingUnits(const std::vector<Child>& allChildren, QDate on)
{
    // Group first, then build: the members of a group may be far apart in the list.
    std::vector<std::vector<Child>> groups;
    QHash<QString, size_t> groupIndex;
    for (const Child& c : allChildren) {
        if (!isWaiting(c, on))
            continue;
        const QString group = c.siblingGroup.trimmed();
        if (group.isEmpty()) {
            groups.push_back({c});
            continue;
        }
        auto it = groupIndex.constFind(group);
        if (it == groupIndex.constEnd()) {
            groupIndex.insert(group, groups.size());
            groups.push_back({c});
        } else {
            groups[*it].push_back(c);
        }
    }
    std::vector<MatchUnit> units;
    units.reserve(groups.size());
    for (const auto& members : groups)
        units.push_back(makeUnit(members, on));
    return units;
}

} // namespace permanence::matching
