#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace permanence::domain {

/// Dates as people in English social care write them: "1 Mar 2023".
[[nodiscard]] QString formatDate(QDate date);

/// Reads ISO 8601 (2023-03-01), UK day-first (01/03/2023, 1/3/2023) or formatDate's own
/// "1 Mar 2023". Empty or unparseable
/// text gives nullopt; callers decide whether that is an error.
[[nodiscard]] std::optional<QDate> parseDate(const QString& text);

/// Day counts are end minus start, as the national measures define them.
[[nodiscard]] qint64 daysBetween(QDate start, QDate end);

/// Whole years of age on a date (a child is 5 on their fifth birthday, not the day after).
/// A child born on 29 February turns a year older on 1 March in non-leap years.
[[nodiscard]] int ageInYears(QDate dateOfBirth, QDate on);

/// The statutory reporting year, 1 April to 31 March. `ReportingYear{2023}` is "2023-24".
struct ReportingYear
{
    int startYear = 0;

    [[nodiscard]] QDate start() const { return QDate(startYear, 4, 1); }
    [[nodiscard]] QDate end() const { return QDate(startYear + 1, 3, 31); }
    [[nodiscard]] bool contains(QDate date) const { return date >= start() && date <= end(); }
    [[nodiscard]] QString label() const; ///< "2023-24"
    [[nodiscard]] static ReportingYear containing(QDate date);

    auto operator<=>(const ReportingYear&) const = default;
};

} // namespace permanence::domain
