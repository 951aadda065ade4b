#include "services/Chronology.h"

#include "services/CaseNotes.h"
#include "services/TrainingRegister.h"
#include "services/Workspace.h"
#include "storage/HouseholdChildren.h"

#include <QCoreApplication>

namespace permanence::services {

using namespace permanence::domain;

Result<std::vector<ChronologyEntry>> Chronology::forChild(ChildId id) const
{
    auto child = m_ws.child(id);
    if (!child)
        return fail(child.error());
    auto notes = CaseNotes(m_ws).forChild(id);
    if (!notes)
        return fail(notes.error());
    std::vector<ChronologyEntry> entries = chronologyOf(*child, *notes);
    sortNewestFirst(entries);
    return entries;
}

Result<std::vector<ChronologyEntry>> Chronology::forHousehold(HouseholdId id) const
{
    auto household = m_ws.household(id);
    if (!household)
        return fail(household.error());
    auto notes = CaseNotes(m_ws).forHousehold(id);
    if (!notes)
        return fail(notes.error());
    auto training = TrainingRegister(m_ws).attendedBy(id);
    if (!training)
        return fail(training.error());
    std::vector<ChronologyEntry> entries = chronologyOf(*household, *notes, *training);

    auto children = storage::HouseholdChildren(m_ws.database()).of(id, m_ws.actor());
    if (!children)
        return fail(children.error());
    for (const ChildId childId : *children) {
        auto child = m_ws.child(childId);
        if (!child)
            return fail(child.error());
        if (child->household == id) {
            for (ChronologyEntry& e : placementEntriesFor(*child))
                entries.push_back(std::move(e));
        }
        // A placement that disrupted stays in this household's story as well as the child's.
        for (const PastPlacement& p : child->pastPlacements) {
            if (p.household != id || !p.ended.isValid())
                continue;
            ChronologyEntry e;
            e.date = p.ended;
            e.source = ChronologySource::Placement;
            e.event = QCoreApplication::translate("Chronology",
                                                  "Placement disrupted before the adoption order");
            e.detail = child->displayName() + QStringLiteral(" (") + child->reference +
                       QStringLiteral(")") +
                       (p.reason.isEmpty() ? QString() : QStringLiteral(": ") + p.reason);
            e.sequence = 18;
            entries.push_back(std::move(e));
        }
    }
    sortNewestFirst(entries);
    return entries;
}

} // namespace permanence::services
