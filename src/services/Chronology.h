#pragma once

#include "domain/Chronology.h"
#include "domain/Result.h"

#include <vector>

namespace permanence::services {

class Workspace;

/// A child's or household's chronology: every dated fact the records hold about them —
/// milestones, placements, panel outcomes and decisions, training, and case notes — in one
/// list, newest first. Read off the records each time, so it can never disagree with them.
class Chronology
{
public:
    explicit Chronology(Workspace& workspace) : m_ws(workspace) {}

    [[nodiscard]] domain::Result<std::vector<domain::ChronologyEntry>>
    forChild(domain::ChildId child) const;
    [[nodiscard]] domain::Result<std::vector<domain::ChronologyEntry>>
    forHousehold(domain::HouseholdId household) const;

private:
    Workspace& m_ws;
};

} // namespace permanence::services
