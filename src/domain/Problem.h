#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace permanence::domain {

/// One thing wrong with a record, in words a social worker understands. `field` names the
/// field as the form labels it ("Placement order"), `rule` is a stable machine code used by
/// tests and logs ("milestone.before-dependency"), `message` is the sentence shown to people.
struct Problem
{
    QString field;
    QString rule;
    QString message;

    bool operator==(const Problem&) const = default;
};

/// Validation always returns every problem at once, never only the first.
using Problems = std::vector<Problem>;

/// All messages joined one per line, for command-line output and message boxes.
[[nodiscard]] QString describe(const Problems& problems);

} // namespace permanence::domain
