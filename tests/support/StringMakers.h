#pragma once

#include <QDate>
#include <QString>
#include <catch2/catch.hpp>

// Readable failure messages for Qt values in Catch2 assertions.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QDate>
{
    static std::string convert(const QDate& d)
    {
        return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string("(no date)");
    }
};
} // namespace Catch
