#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "domain/SupportCase.h"

#include <QDate>
#include <vector>

namespace permanence::storage {

class Database;

/// Filters and a page of the support case list. Empty text filters nothing.
struct SupportCaseQuery
{
    QString hubCode;
    QString worker;
    bool openOnly = false;
    int limit = 0; ///< 0: every row
    int offset = 0;
};

/// One row of the support case list: enough to show and open it, without its children tables.
struct SupportCaseSummary
{
    domain::SupportCaseId id;
    QString familyName;
    QString hubCode;
    QString worker;
    QDate referral;
    QDate closed;
    int children = 0;

    bool operator==(const SupportCaseSummary&) const = default;
};

/// Loads and saves support cases (resources/sql/0007_support.sql). A case with its children,
/// assessments, fund applications and post-box agreements is one aggregate: a write replaces
/// the case's child rows whole, in one transaction with the case row and its audit row, and
/// lists read back in the order they were saved. Callers validate first (services do).
class SupportCaseRepository
{
public:
    explicit SupportCaseRepository(const Database& db) : m_db(db) {}

    /// Newest referral first.
    [[nodiscard]] domain::Result<std::vector<SupportCaseSummary>>
    list(const SupportCaseQuery& query, const domain::Actor& actor) const;
    /// How many cases match the query's filters (paging ignored).
    [[nodiscard]] domain::Result<int> count(const SupportCaseQuery& query,
                                            const domain::Actor& actor) const;
    [[nodiscard]] domain::Result<domain::SupportCase> get(domain::SupportCaseId id,
                                                          const domain::Actor& actor) const;
    /// Every case, whole (for the due list and reports), oldest referral first.
    [[nodiscard]] domain::Result<std::vector<domain::SupportCase>>
    openCases(const domain::Actor& actor) const;

    /// Inserts a new case (id must be 0); returns the new id.
    [[nodiscard]] domain::Result<domain::SupportCaseId> insert(const domain::SupportCase& sc,
                                                               const domain::Actor& actor);
    /// Updates a saved case. NotFound when there is no such case.
    [[nodiscard]] domain::Status update(const domain::SupportCase& sc, const domain::Actor& actor);

private:
    const Database& m_db;
};

} // namespace permanence::storage
