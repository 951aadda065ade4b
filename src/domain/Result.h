#pragma once

#include "domain/Problem.h"

#include <QString>
#include <tl/expected.hpp>

namespace permanence::domain {

/// What kind of failure an `Error` is; callers branch on this, people read `message`.
enum class ErrorCode
{
    Validation,   ///< the record breaks domain rules; `problems` lists each one
    NotFound,     ///< no record with that id or reference
    Storage,      ///< the database refused (SQL text is in the log, not here)
    NotADatabase, ///< the file is not a SQLite database, or is damaged
    TooNew,       ///< the database was written by a newer Permanence
    Io,           ///< a file could not be read or written
    Conflict,     ///< the record changed underneath this edit
    Invalid,      ///< bad input that is not a record (a command-line argument, a file format)
};

struct Error
{
    ErrorCode code = ErrorCode::Invalid;
    QString message;
    Problems problems;

    static Error validation(Problems problems);
    static Error of(ErrorCode code, QString message) { return Error{code, std::move(message), {}}; }
};

template <typename T> using Result = tl::expected<T, Error>;

/// Shorthand for returning a failure: `return fail(ErrorCode::NotFound, tr("..."));`
[[nodiscard]] inline tl::unexpected<Error> fail(ErrorCode code, QString message)
{
    return tl::make_unexpected(Error::of(code, std::move(message)));
}
[[nodiscard]] inline tl::unexpected<Error> fail(Error error)
{
    return tl::make_unexpected(std::move(error));
}

/// A Result that carries nothing on success.
using Status = Result<void>;

} // namespace permanence::domain
