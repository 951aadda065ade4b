#include "services/DueList.h"

#include "domain/Agency.h"
#include "services/Workspace.h"

namespace permanence::services {

using namespace permanence::domain;

Result<QList<DueItem>> DueList::items(const DueFilter& filter) const
{
    QList<DueItem> all;
    if (auto added = addWaitingChildren(all); !added)
        return fail(added.error());
    if (auto added = addStageTargets(all); !added)
        return fail(added.error());

    const QDate today = m_ws.clock().today();
    QList<DueItem> shown;
    for (const DueItem& item : all)
        if (item.state(today) != DueState::NotYet)
            shown.append(item);
    sortByUrgency(shown, today);
    return filtered(shown, filter);
}

QList<DueItem> DueList::filtered(const QList<DueItem>& all, const DueFilter& filter)
{
    QList<DueItem> out;
    for (const DueItem& item : all) {
        if (filter.kind && item.kind != *filter.kind)
            continue;
        if (!filter.hubCode.isEmpty() && item.hubCode != filter.hubCode)
            continue;
        if (!filter.worker.isEmpty() && item.worker != filter.worker)
            continue;
        out.append(item);
    }
    return out;
}

Status DueList::addWaitingChildren(QList<DueItem>& out) const
{
    // Only children past the first threshold are read (the filter runs in SQL), so a national
    // database reads thousands of records here, not a hundred thousand.
    storage::ChildQuery query;
    query.on = m_ws.clock().today();
    query.minDaysWaiting = 90;
    query.limit = 0;
    auto children = m_ws.children(query);
    if (!children)
        return fail(children.error());
    const Agency& agency = m_ws.agency();
    for (const Child& child : *children) {
        auto item = waitingItem(child, query.on);
        if (!item)
            continue;
        if (const Hub* hub = agency.hubServing(child.councilCode))
            item->hubCode = hub->code;
        out.append(*item);
    }
    return {};
}

Status DueList::addStageTargets(QList<DueItem>& out) const
{
    for (const HouseholdStage stage : {HouseholdStage::Stage1, HouseholdStage::Stage2}) {
        storage::HouseholdQuery query;
        query.on = m_ws.clock().today();
        query.stage = stage;
        query.limit = 0;
        auto households = m_ws.households(query);
        if (!households)
            return fail(households.error());
        for (const AdopterHousehold& household : *households)
            if (auto item = stageTargetItem(household, query.on, m_rules))
                out.append(*item);
    }
    return {};
}

} // namespace permanence::services
