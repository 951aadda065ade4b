#include "services/Placements.h"

#include "matching/MatchUnit.h"
#include "services/ChildRecords.h"
#include "services/Workspace.h"
#include "storage/ChildPlacementRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <algorithm>

namespace permanence::services {

using namespace permanence::domain;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Placements", text);
}

std::vector<ChildId> idsOf(const std::vector<Child>& children)
{
    std::vector<ChildId> ids;
    ids.reserve(children.size());
    for (const Child& c : children)
        ids.push_back(c.id);
    return ids;
}

QString joinNames(const QStringList& names)
{
    if (names.size() <= 1)
        return names.join(QString());
    return tr("%1 and %2")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

} // namespace

Result<ChildPlacement> Placements::placement(ChildId child) const
{
    return storage::ChildPlacementRepository(m_ws.database()).get(child, m_ws.actor());
}

Result<std::vector<Child>> Placements::unitFor(ChildId id) const
{
    auto child = m_ws.child(id);
    if (!child)
        return fail(child.error());
    if (child->siblingGroup.trimmed().isEmpty())
        return std::vector<Child>{*child};
    ChildRecords records(m_ws);
    auto group = records.siblingGroup(child->siblingGroup);
    if (!group)
        return fail(group.error());
    if (group->has_value() && !(*group)->placeTogether)
        return std::vector<Child>{*child};
    auto siblings = records.siblings(child->siblingGroup);
    if (!siblings)
        return fail(siblings.error());
    return matching::placedTogetherWith(*child, *siblings, m_ws.clock().today());
}

matching::MatchingWeights Placements::weights() const
{
    matching::MatchingWeights w = matching::MatchingWeights::defaults();
    auto saved = m_ws.setting(QStringLiteral("matching.weights"));
    if (!saved || !saved->has_value())
        return w;
    const QJsonObject& json = **saved;
    for (matching::Part part : matching::allParts()) {
        const QString key = matching::partKey(part);
        if (json.contains(key))
            w.setWeight(part, json.value(key).toDouble(w.weight(part)));
    }
    if (json.contains(QStringLiteral("waitingCapDays")))
        w.waitingCapDays = json.value(QStringLiteral("waitingCapDays")).toInt(w.waitingCapDays);
    return w;
}

Result<UnitRanking> Placements::rank(ChildId child) const
{
    auto unit = unitFor(child);
    if (!unit)
        return fail(unit.error());
    // The pool needs every household and every child naming one (to know who is busy).
    storage::HouseholdQuery households;
    households.limit = 0;
    auto allHouseholds = m_ws.households(households);
    if (!allHouseholds)
        return fail(allHouseholds.error());
    storage::ChildQuery children;
    children.limit = 0;
    auto allChildren = m_ws.children(children);
    if (!allChildren)
        return fail(allChildren.error());
    UnitRanking result;
    result.ranking = matching::rankHouseholds(*unit, *allHouseholds, *allChildren, m_ws.agency(),
                                              m_ws.clock().today(), weights());
    result.unit = std::move(*unit);
    for (const AdopterHousehold& h : *allHouseholds) {
        result.householdNames.insert(h.id.value, h.displayName());
        result.householdSources.insert(h.id.value, h.source);
    }
    return result;
}

Status Placements::link(ChildId child, HouseholdId householdId, QDate date,
                        const QString& familyFinder)
{
    auto unit = unitFor(child);
    if (!unit)
        return fail(unit.error());
    auto household = m_ws.household(householdId);
    if (!household)
        return fail(household.error());
    storage::ChildPlacementRepository repo(m_ws.database());
    auto busy = repo.childrenWith(householdId, m_ws.actor());
    if (!busy)
        return fail(busy.error());
    if (!busy->empty())
        return fail(Error::validation(
            {{tr("Household"), QStringLiteral("workflow.household-busy"),
              tr("%1 is already linked, matched or placed with another child: end that link "
                 "first.")
                  .arg(household->reference)}}));
    auto placements = repo.get(idsOf(*unit), m_ws.actor());
    if (!placements)
        return fail(placements.error());
    QList<ChildPlacement> group(placements->begin(), placements->end());
    if (Problems problems = linkGroup(group, *household, date, familyFinder, m_ws.clock().today());
        !problems.empty())
        return fail(Error::validation(std::move(problems)));
    return save(group);
}

Result<std::vector<ChildPlacement>> Placements::linkedUnit(ChildId id) const
{
    storage::ChildPlacementRepository repo(m_ws.database());
    auto first = repo.get(id, m_ws.actor());
    if (!first)
        return fail(first.error());
    const Child& c = first->child;
    if (c.siblingGroup.trimmed().isEmpty() || !c.household.isValid())
        return std::vector<ChildPlacement>{*first};
    auto siblings = ChildRecords(m_ws).siblings(c.siblingGroup);
    if (!siblings)
        return fail(siblings.error());
    std::vector<ChildId> ids;
    for (const Child& s : *siblings)
        if (s.household == c.household && s.journey.linked == c.journey.linked)
            ids.push_back(s.id);
    if (std::find(ids.begin(), ids.end(), id) == ids.end())
        ids.insert(ids.begin(), id);
    return repo.get(ids, m_ws.actor());
}

Status Placements::apply(ChildId child, const Transition& transition)
{
    auto unit = linkedUnit(child);
    if (!unit)
        return fail(unit.error());
    QList<ChildPlacement> group(unit->begin(), unit->end());
    if (Problems problems = applyToGroup(group, transition); !problems.empty())
        return fail(Error::validation(std::move(problems)));
    return save(group);
}

Status Placements::save(const QList<ChildPlacement>& group)
{
    const std::vector<ChildPlacement> placements(group.begin(), group.end());
    auto saved = storage::ChildPlacementRepository(m_ws.database()).save(placements, m_ws.actor());
    if (saved) {
        m_ws.announceChildrenChanged();
        m_ws.announceHouseholdsChanged();
    }
    return saved;
}

Status Placements::recordStep(ChildId child, WorkflowStep step, QDate date)
{
    const QDate today = m_ws.clock().today();
    return apply(child,
                 [&](ChildPlacement& p) { return domain::recordStep(p, step, date, today); });
}

Status Placements::recordIntroductions(ChildId child, QDate start, QDate end)
{
    const QDate today = m_ws.clock().today();
    return apply(child, [&](ChildPlacement& p) {
        return domain::recordIntroductions(p, start, end, today);
    });
}

Status Placements::recordInterAgencyFee(ChildId child, const InterAgencyFee& fee)
{
    auto unit = linkedUnit(child);
    if (!unit)
        return fail(unit.error());
    ChildPlacement& eldest = unit->front();
    auto household = m_ws.household(eldest.child.household);
    if (!household)
        return fail(
            Error::validation({{tr("Inter-agency fee"), QStringLiteral("workflow.missing-step"),
                                tr("There is no link: the fee is agreed for a linked "
                                   "household.")}}));
    if (Problems problems = domain::recordInterAgencyFee(eldest, *household, fee);
        !problems.empty())
        return fail(Error::validation(std::move(problems)));
    return save(QList<ChildPlacement>{eldest});
}

Status Placements::endLink(ChildId child, QDate date, const QString& reason)
{
    const QDate today = m_ws.clock().today();
    return apply(child, [&](ChildPlacement& p) { return domain::endLink(p, date, reason, today); });
}

Status Placements::recordDisruption(ChildId child, const Disruption& disruption)
{
    const QDate today = m_ws.clock().today();
    return apply(child,
                 [&](ChildPlacement& p) { return domain::recordDisruption(p, disruption, today); });
}

Result<std::vector<TrackerRow>> Placements::tracker() const
{
    auto current = storage::ChildPlacementRepository(m_ws.database()).current(0, 0, m_ws.actor());
    if (!current)
        return fail(current.error());
    const QDate today = m_ws.clock().today();
    std::vector<TrackerRow> rows;
    QHash<QString, size_t> groupRow; // "group|household|linked" → row
    QHash<qint64, AdopterHousehold> households;
    std::vector<QStringList> names; // by row
    for (const ChildPlacement& p : *current) {
        const Child& c = p.child;
        const QString key = c.siblingGroup.trimmed().isEmpty()
                                ? QString()
                                : c.siblingGroup + QLatin1Char('|') +
                                      QString::number(c.household.value) + QLatin1Char('|') +
                                      c.journey.linked.toString(Qt::ISODate);
        TrackerRow* row = nullptr;
        if (!key.isEmpty() && groupRow.contains(key)) {
            row = &rows[groupRow.value(key)];
        } else {
            rows.emplace_back();
            names.emplace_back();
            row = &rows.back();
            if (!key.isEmpty())
                groupRow.insert(key, rows.size() - 1);
            row->siblingGroup = c.siblingGroup;
            row->household = c.household;
            row->status = familyFindingStatus(c, today);
            row->linked = c.journey.linked;
            row->matchingPanel = c.journey.matchingPanel;
            row->matchDecision = c.journey.matchDecision;
            row->movedIn = c.journey.movedIn;
            row->daysSinceLink = c.journey.linked.isValid() ? c.journey.linked.daysTo(today) : 0;
            if (!households.contains(c.household.value)) {
                auto h = m_ws.household(c.household);
                if (!h)
                    return fail(h.error());
                households.insert(c.household.value, *h);
            }
            const AdopterHousehold& h = households.value(c.household.value);
            row->householdReference = h.reference;
            row->householdName = h.displayName();
        }
        row->children.push_back(c.id);
        row->childReferences +=
            (row->childReferences.isEmpty() ? QString() : QStringLiteral(", ")) + c.reference;
        const QString name =
            c.preferredName.trimmed().isEmpty() ? c.forename : c.preferredName.trimmed();
        names[static_cast<size_t>(row - rows.data())] << name;
        row->childNames = joinNames(names[static_cast<size_t>(row - rows.data())]);
        if (c.journey.placementOrder.isValid() &&
            (!row->placementOrder.isValid() || c.journey.placementOrder < row->placementOrder))
            row->placementOrder = c.journey.placementOrder;
        if (const LinkRecord* l = p.current()) {
            if (row->familyFinder.isEmpty())
                row->familyFinder = l->familyFinder;
            if (!row->introductionsStart.isValid())
                row->introductionsStart = l->introductionsStart;
            if (!row->introductionsEnd.isValid())
                row->introductionsEnd = l->introductionsEnd;
            if (!row->fee && l->fee)
                row->fee = l->fee;
        }
    }
    for (TrackerRow& row : rows)
        if (row.placementOrder.isValid())
            row.daysSincePlacementOrder = row.placementOrder.daysTo(today);
    return rows;
}

} // namespace permanence::services
