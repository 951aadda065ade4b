#pragma once

#include "domain/FundLimits.h"
#include "domain/Result.h"
#include "domain/SupportCase.h"
#include "storage/SupportCaseRepository.h"

#include <vector>

namespace permanence::services {

class Workspace;

/// The permanency support teams' cases (003 §4.2–4.3), as the workspace's actor: validate in the
/// domain, save the whole case in one transaction, announce supportCasesChanged.
class SupportCases
{
public:
    explicit SupportCases(Workspace& workspace) : m_ws(workspace) {}

    [[nodiscard]] domain::Result<std::vector<storage::SupportCaseSummary>>
    list(const storage::SupportCaseQuery& query) const;
    [[nodiscard]] domain::Result<int> count(const storage::SupportCaseQuery& query) const;
    [[nodiscard]] domain::Result<domain::SupportCase> supportCase(domain::SupportCaseId id) const;
    /// Open cases, whole, for the due list.
    [[nodiscard]] domain::Result<std::vector<domain::SupportCase>> openCases() const;

    /// Validates (including that the hub is one of the agency's) and saves a new case.
    [[nodiscard]] domain::Result<domain::SupportCaseId> create(const domain::SupportCase& sc);
    /// Validates and saves a case. Records are kept for 100 years after the order, so an edit
    /// that would drop a child, an assessment, a fund application, an agreement or a post-box
    /// item is refused (correct it instead; end an agreement or close the case by its date).
    [[nodiscard]] domain::Status update(const domain::SupportCase& sc);
    /// Logs one post-box item against agreement `agreement` (its index on the case): the quick
    /// keying of "item received from X on date".
    [[nodiscard]] domain::Status recordPostBoxItem(domain::SupportCaseId id, int agreement,
                                                   const domain::PostBoxItem& item);

    /// Marks every item of agreement `agreement` still waiting to be passed on as exchanged on
    /// `date` (the post box sends on what it has read in one go). Nothing waiting: a problem.
    [[nodiscard]] domain::Status recordExchange(domain::SupportCaseId id, int agreement,
                                                QDate date);
    /// The fund limits in force: the agency's setting, else FundLimits::defaults().
    [[nodiscard]] domain::FundLimits fundLimits() const;
    [[nodiscard]] domain::Status saveFundLimits(const domain::FundLimits& limits);
    /// Warnings for the application at `index` of `sc` against the limits in force.
    [[nodiscard]] domain::Problems fundWarnings(const domain::SupportCase& sc, int index) const;

private:
    [[nodiscard]] domain::Problems problemsOf(const domain::SupportCase& sc) const;

    Workspace& m_ws;
};

/// The problems with replacing `before` by `after` that would drop kept records; empty when none.
[[nodiscard]] domain::Problems droppedRecords(const domain::SupportCase& before,
                                              const domain::SupportCase& after);

} // namespace permanence::services
