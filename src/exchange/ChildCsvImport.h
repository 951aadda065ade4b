#pragma once

#include "domain/Result.h"

#include <QString>
#include <functional>
#include <vector>

namespace permanence::services {
class Workspace;
}

namespace permanence::exchange {

/// One thing wrong with an import file: row as a spreadsheet numbers it (the header is row 1,
/// so 2 is the first child; 0 = the header or the file as a whole), column name, the value as
/// written, and why it is refused.
struct ImportProblem
{
    int row = 0;
    QString column;
    QString value;
    QString reason;
};

/// A likely existing record that an imported row may duplicate (same date of birth and a
/// similar name under another reference).
struct PossibleDuplicate
{
    int row = 0; ///< as ImportProblem::row
    QString reference;
    QString existingReference;
    QString reason;
};

struct ImportReport
{
    int rows = 0;
    int created = 0;
    int updated = 0;
    std::vector<ImportProblem> problems; ///< non-empty means nothing was written
    std::vector<PossibleDuplicate> possibleDuplicates;
    [[nodiscard]] bool ok() const { return problems.empty(); }
    /// One line (rows, created, updated), then one line per problem ("row 12, column
    /// placement_order, value '31/02/2023': not a date …"), then one per possible duplicate.
    [[nodiscard]] QString summary() const;
};

/// Reads a spreadsheet tracker of children (columns in docs/import.md): UTF-8 with or without
/// BOM, CRLF or LF, dates ISO 8601 or dd/mm/yyyy. All or nothing: any bad row means nothing is
/// written and every problem is reported. Re-importing updates children by reference.
/// `progress(done, total)` is called as rows are checked and written.
[[nodiscard]] domain::Result<ImportReport>
importChildren(services::Workspace& workspace, const QString& path,
               const std::function<void(int done, int total)>& progress = {});

} // namespace permanence::exchange
