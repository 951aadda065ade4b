#pragma once

#include "domain/CaseNote.h"
#include "domain/Result.h"

#include <vector>

namespace permanence::services {

class Workspace;

/// The dated chronology of notes on a child or a household. Notes are signed (author = the
/// workspace's actor) and timed (recordedAt = now) by the service, never typed by the user.
/// Notes are never deleted: records are kept for at least 100 years.
class CaseNotes
{
public:
    explicit CaseNotes(Workspace& workspace) : m_ws(workspace) {}

    /// Newest first (by date, then by time recorded).
    [[nodiscard]] domain::Result<std::vector<domain::CaseNote>> forChild(domain::ChildId child) const;
    [[nodiscard]] domain::Result<std::vector<domain::CaseNote>> forHousehold(domain::HouseholdId household) const;
    [[nodiscard]] domain::Result<domain::CaseNoteId> add(const domain::CaseNote& note);

private:
    Workspace& m_ws;
};

} // namespace permanence::services
