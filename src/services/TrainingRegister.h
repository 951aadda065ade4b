#pragma once

#include "domain/Result.h"
#include "domain/Training.h"

#include <vector>

namespace permanence::services {

class Workspace;

/// Training events and their attendance registers, as the workspace's actor.
class TrainingRegister
{
public:
    explicit TrainingRegister(Workspace& workspace) : m_ws(workspace) {}

    /// Events overlapping [from, to], newest first; null dates mean open-ended.
    [[nodiscard]] domain::Result<std::vector<domain::TrainingEvent>> events(QDate from = {},
                                                                            QDate to = {}) const;
    [[nodiscard]] domain::Result<domain::TrainingEvent> event(domain::TrainingEventId id) const;
    /// Every event a household attended.
    [[nodiscard]] domain::Result<std::vector<domain::TrainingEvent>>
    attendedBy(domain::HouseholdId household) const;
    [[nodiscard]] domain::Result<domain::TrainingEventId>
    create(const domain::TrainingEvent& event);
    /// Saves the event and its attendance register in one transaction.
    [[nodiscard]] domain::Status update(const domain::TrainingEvent& event);

private:
    Workspace& m_ws;
};

} // namespace permanence::services
