#pragma once

#include "domain/Child.h"
#include "domain/Result.h"
#include "domain/SiblingGroup.h"

#include <optional>
#include <vector>

namespace permanence::services {

class Workspace;

/// Use cases around a child's record beyond the record itself: sibling groups, archiving. Every call acts as the workspace's actor; writes validate first
/// and run in one transaction; changes are announced through Workspace::childrenChanged.
class ChildRecords
{
public:
    explicit ChildRecords(Workspace& workspace) : m_ws(workspace) {}

    /// The group with that reference, or nullopt when no decision is recorded yet (a group
    /// with no record is planned together by default).
    [[nodiscard]] domain::Result<std::optional<domain::SiblingGroup>>
    siblingGroup(const QString& reference) const;
    [[nodiscard]] domain::Status saveSiblingGroup(const domain::SiblingGroup& group);
    /// The children in a group (not archived), oldest first.
    [[nodiscard]] domain::Result<std::vector<domain::Child>>
    siblings(const QString& reference) const;

    /// Archived children leave the lists but are never deleted (records are kept 100 years).
    [[nodiscard]] domain::Status archive(domain::ChildId child);
    [[nodiscard]] domain::Status restore(domain::ChildId child);

private:
    Workspace& m_ws;
};

} // namespace permanence::services
