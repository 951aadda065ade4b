#pragma once

#include "domain/AdopterHousehold.h"
#include "domain/Agency.h"
#include "domain/Child.h"
#include "domain/Result.h"

#include <QDate>
#include <vector>

namespace permanence::storage {
class Database;
}

namespace permanence::services {

/// How big a demo to make: an agency shaped like 003, or a national-size database for benchmarks.
enum class DemoScale
{
    Agency,
    National
};

struct DemoOptions
{
    quint64 seed = 2024;
    DemoScale scale = DemoScale::Agency;
    QDate today; ///< the last day of the generated history (no date after it)
};

/// A synthetic agency: invented people only, deterministic for a seed and a date.
struct DemoData
{
    domain::Agency agency;
    std::vector<domain::AdopterHousehold> households;
    std::vector<domain::Child>
        children; ///< `household` refers to households[index] by id = index+1
};

/// Generates the demo in memory; the same options always give the same data.
[[nodiscard]] DemoData generateDemoAgency(const DemoOptions& options);

/// Generates and writes the demo into an empty database, in one transaction per table.
[[nodiscard]] domain::Status fillWithDemoAgency(storage::Database& db, const DemoOptions& options);

} // namespace permanence::services
