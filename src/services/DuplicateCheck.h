#pragma once

#include "domain/AdopterHousehold.h"
#include "domain/Child.h"
#include "domain/LikelyDuplicate.h"
#include "domain/Result.h"

#include <vector>

namespace permanence::services {

class Workspace;

/// Before a child or household is created (by hand or by import), the existing records that may
/// already hold the same people: the same reference, or the same date of birth and a similar
/// name (domain/LikelyDuplicate.h). A record never duplicates itself, so editing a saved record
/// finds nothing for its own id.
class DuplicateCheck
{
public:
    explicit DuplicateCheck(Workspace& workspace) : m_ws(workspace) {}

    [[nodiscard]] domain::Result<std::vector<domain::LikelyDuplicate>>
    of(const domain::Child& child) const;
    [[nodiscard]] domain::Result<std::vector<domain::LikelyDuplicate>>
    of(const domain::AdopterHousehold& household) const;

private:
    Workspace& m_ws;
};

} // namespace permanence::services
