#pragma once

#include <QByteArray>
#include <QStringList>
#include <vector>

namespace permanence::exchange {

/// A CSV file as records of fields, before any meaning is given to them.
struct CsvTable
{
    std::vector<QStringList> records; ///< the header first, if the file has one
    bool invalidText = false;         ///< the bytes are not UTF-8
    bool unterminatedQuote = false;   ///< the last record ends inside a quoted field
};

/// Reads CSV as spreadsheets write it (RFC 4180): UTF-8 with or without a byte-order mark,
/// CRLF, LF or CR line ends, fields quoted with '"' when they hold commas, quotes (doubled) or
/// line breaks. Lenient where spreadsheets are sloppy: a stray quote inside an unquoted field
/// is kept as text. Line breaks inside quoted fields come back as "\n".
[[nodiscard]] CsvTable readCsv(const QByteArray& bytes);

} // namespace permanence::exchange
