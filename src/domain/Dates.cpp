#include "domain/Dates.h"

#include <QRegularExpression>

namespace permanence::domain {

QString formatDate(QDate date)
{
    if (!date.isValid())
        return {};
    // Fixed three-letter months ("Sep", not the en_GB locale's "Sept") so every date in the
    // product, its reports and its files reads the same whatever the machine's locale.
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return QStringLiteral("%1 %2 %3")
        .arg(date.day())
        .arg(QLatin1String(months[date.month() - 1]))
        .arg(date.year());
}

std::optional<QDate> parseDate(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    static const QRegularExpression uk(QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4})$)"));
    // What formatDate writes ("1 Mar 2023"), so a date shown in a table cell reads back as typed.
    static const QRegularExpression words(QStringLiteral(R"(^(\d{1,2}) ([A-Za-z]{3}) (\d{4})$)"));
    static const QStringList months = {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    QDate d;
    if (auto m = iso.match(t); m.hasMatch())
        d = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (auto u = uk.match(t); u.hasMatch())
        d = QDate(u.captured(3).toInt(), u.captured(2).toInt(), u.captured(1).toInt());
    else if (auto w = words.match(t); w.hasMatch()) {
        const int month = static_cast<int>(months.indexOf(w.captured(2).toLower())) + 1;
        if (month > 0)
            d = QDate(w.captured(3).toInt(), month, w.captured(1).toInt());
    }
    if (!d.isValid())
        return std::nullopt;
    return d;
}

qint64 daysBetween(QDate start, QDate end)
{
    return start.daysTo(end);
}

int ageInYears(QDate dateOfBirth, QDate on)
{
    if (!dateOfBirth.isValid() || !on.isValid() || on < dateOfBirth)
        return 0;
    int age = on.year() - dateOfBirth.year();
    // Birthday not reached yet this year. For a 29 February birth in a non-leap year the
    // birthday counts from 1 March, which this comparison gives naturally.
    if (on.month() < dateOfBirth.month() ||
        (on.month() == dateOfBirth.month() && on.day() < dateOfBirth.day()))
        --age;
    return age;
}

QString ReportingYear::label() const
{
    return QStringLiteral("%1-%2").arg(startYear).arg((startYear + 1) % 100, 2, 10,
                                                      QLatin1Char('0'));
}

ReportingYear ReportingYear::containing(QDate date)
{
    return ReportingYear{date.month() >= 4 ? date.year() : date.year() - 1};
}

} // namespace permanence::domain
