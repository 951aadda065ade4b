#include "exchange/CsvReader.h"

#include <QStringDecoder>

namespace permanence::exchange {

CsvTable readCsv(const QByteArray& bytes)
{
    CsvTable table;
    // The decoder drops a leading byte-order mark; a file saved as "CSV UTF-8" by Excel has one.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        table.invalidText = true;
        return table;
    }

    QStringList record;
    QString field;
    bool quoted = false;       // inside a quoted field
    bool fieldStarted = false; // the current record has at least one character or field
    const qsizetype size = text.size();
    const auto endField = [&] {
        record << field;
        field.clear();
    };
    const auto endRecord = [&] {
        endField();
        table.records.push_back(record);
        record.clear();
        fieldStarted = false;
    };

    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text[i + 1] == QLatin1Char('"')) {
                    field += c; // a doubled quote is one quote
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == QLatin1Char('\r')) {
                field += QLatin1Char('\n');
                if (i + 1 < size && text[i + 1] == QLatin1Char('\n'))
                    ++i;
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRecord();
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true; // only a quote at the start of a field opens a quoted field
            fieldStarted = true;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    table.unterminatedQuote = quoted;
    // The last record has no line end after it; a file that ends with one has no extra record.
    if (fieldStarted || !field.isEmpty() || !record.isEmpty())
        endRecord();
    return table;
}

} // namespace permanence::exchange
