#pragma once

#include "domain/Problem.h"

#include <QString>

namespace permanence::domain {

/// Brothers and sisters considered together. Children belong to a group through
/// Child::siblingGroup (the group's reference). The plan is to place them together unless a
/// decision to place apart has been recorded with its reason; a group placed together is
/// family-found, linked and matched as one.
struct SiblingGroup
{
    QString reference;
    bool placeTogether = true;
    QString apartReason; ///< required when placeTogether is false
    QString notes;

    bool operator==(const SiblingGroup&) const = default;
};

[[nodiscard]] Problems validate(const SiblingGroup& group);

} // namespace permanence::domain
