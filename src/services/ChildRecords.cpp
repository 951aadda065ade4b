#include "services/ChildRecords.h"

#include "services/Workspace.h"
#include "storage/SiblingGroupRepository.h"

namespace permanence::services {

using namespace permanence::domain;

Result<std::optional<SiblingGroup>> ChildRecords::siblingGroup(const QString& reference) const
{
    return storage::SiblingGroupRepository(m_ws.database()).find(reference, m_ws.actor());
}

Status ChildRecords::saveSiblingGroup(const SiblingGroup& group)
{
    if (auto problems = validate(group); !problems.empty())
        return fail(Error::validation(std::move(problems)));
    auto saved = storage::SiblingGroupRepository(m_ws.database()).save(group, m_ws.actor());
    // The decision shows on every child of the group, so their views refresh.
    if (saved)
        m_ws.announceChildrenChanged();
    return saved;
}

Result<std::vector<Child>> ChildRecords::siblings(const QString& reference) const
{
    // An empty filter would match every child, not "no group".
    if (reference.trimmed().isEmpty())
        return std::vector<Child>();
    storage::ChildQuery query;
    query.siblingGroup = reference;
    query.sort = storage::ChildSort::DateOfBirth;
    query.order = Qt::AscendingOrder;
    query.limit = 0; // a group is a handful of children: every one of them
    return m_ws.children(query);
}

namespace {

/// Archiving and restoring are ordinary edits of the record, so they go through the workspace
/// (validation, the audit trail and childrenChanged apply as to any other edit).
Status setArchived(Workspace& ws, ChildId id, bool archived)
{
    auto child = ws.child(id);
    if (!child)
        return fail(child.error());
    if (child->archived == archived)
        return {};
    child->archived = archived;
    return ws.updateChild(*child);
}

} // namespace

Status ChildRecords::archive(ChildId child)
{
    return setArchived(m_ws, child, true);
}

Status ChildRecords::restore(ChildId child)
{
    return setArchived(m_ws, child, false);
}

} // namespace permanence::services
