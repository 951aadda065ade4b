#include "StringMakers.h"
#include "exchange/CsvReader.h"

using permanence::exchange::readCsv;

namespace {
QStringList row(std::initializer_list<const char*> cells)
{
    QStringList out;
    for (const char* c : cells)
        out << QString::fromUtf8(c);
    return out;
}
} // namespace

TEST_CASE("CSV records split on commas and line ends, LF or CRLF", "[exchange][csv]")
{
    const char* ending = GENERATE("\n", "\r\n", "\r");
    const QByteArray text = QByteArray("a,b,c") + ending + "1,,3" + ending;
    const auto table = readCsv(text);
    REQUIRE(table.records.size() == 2);
    CHECK(table.records[0] == row({"a", "b", "c"}));
    CHECK(table.records[1] == row({"1", "", "3"}));
    CHECK_FALSE(table.invalidText);
    CHECK_FALSE(table.unterminatedQuote);
}

TEST_CASE("quoted CSV fields hold commas, doubled quotes and line breaks", "[exchange][csv]")
{
    const auto table =
        readCsv("name,note\r\n\"Smith, Jo\",\"said \"\"hi\"\"\r\nthen left\"\r\n\"\",x\r\n");
    REQUIRE(table.records.size() == 3);
    CHECK(table.records[1] == row({"Smith, Jo", "said \"hi\"\nthen left"}));
    CHECK(table.records[2] == row({"", "x"}));
}

TEST_CASE("a byte-order mark is dropped and UTF-8 is read as such", "[exchange][csv]")
{
    const auto table = readCsv("\xEF\xBB\xBFreference,forename\nC-1,Zo\xC3\xAB\n");
    REQUIRE(table.records.size() == 2);
    CHECK(table.records[0][0] == QStringLiteral("reference"));
    CHECK(table.records[1][1] == QString::fromUtf8("Zo\xC3\xAB"));
}

TEST_CASE("a file that is not UTF-8 or ends inside quotes is flagged", "[exchange][csv]")
{
    CHECK(readCsv("name\nZo\xEB\n").invalidText); // Latin-1 ë
    const auto open = readCsv("a,b\n1,\"never closed\n");
    CHECK(open.unterminatedQuote);
    CHECK(readCsv("").records.empty());
    CHECK(readCsv("a\n").records.size() == 1);
}
