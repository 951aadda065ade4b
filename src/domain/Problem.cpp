#include "domain/Problem.h"

#include "domain/Result.h"

namespace permanence::domain {

QString describe(const Problems& problems)
{
    QStringList lines;
    lines.reserve(static_cast<qsizetype>(problems.size()));
    for (const auto& p : problems)
        lines << p.message;
    return lines.join(QLatin1Char('\n'));
}

Error Error::validation(Problems problems)
{
    Error e;
    e.code = ErrorCode::Validation;
    e.message = describe(problems);
    e.problems = std::move(problems);
    return e;
}

} // namespace permanence::domain
