#include "reports/ReportText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace permanence::reports {

QString reportText(const char* text)
{
    return QCoreApplication::translate("Report", text);
}

namespace {

bool looksNumeric(const QString& cell)
{
    static const QRegularExpression number(
        QStringLiteral("^[-+]?£?-?[0-9][0-9,]*(\\.[0-9]+)?( days|%)?$|^[–↑↓→]$"));
    return number.match(cell).hasMatch();
}

QString cellHtml(const QString& text, bool bold)
{
    const QString content =
        bold ? QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()) : text.toHtmlEscaped();
    return looksNumeric(text)
               ? QStringLiteral("<td class=\"number\" align=\"right\">%1</td>").arg(content)
               : QStringLiteral("<td>%1</td>").arg(content);
}

/// One decimal place, dropped when it is zero: 68.5 → "68.5", 91.0 → "91".
QString oneDecimal(double value)
{
    const double rounded = std::round(value * 10) / 10;
    return rounded == std::round(rounded) ? QString::number(static_cast<qint64>(rounded))
                                          : QString::number(rounded, 'f', 1);
}

} // namespace

QString tableHtml(const Table& table)
{
    QString out =
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n");
    if (!table.caption.isEmpty())
        out += QStringLiteral("<caption>%1</caption>\n").arg(table.caption.toHtmlEscaped());
    out += QStringLiteral("<tr>");
    // The first column holds the row headings ("Severn & Trent Adoption Partnership
    // adopters"); left to itself the layout squeezes it to a word per line.
    for (qsizetype c = 0; c < table.header.size(); ++c)
        out += c == 0 && table.header.size() > 2
                   ? QStringLiteral("<th width=\"28%\">%1</th>")
                         .arg(table.header.at(c).toHtmlEscaped())
                   : QStringLiteral("<th>%1</th>").arg(table.header.at(c).toHtmlEscaped());
    out += QStringLiteral("</tr>\n");
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        // QTextDocument ignores CSS on <tr>, so a total row is marked on its cells.
        const bool total = table.totalRow && r + 1 == table.rows.size();
        out += total ? QStringLiteral("<tr class=\"total\" bgcolor=\"#e8eef5\">")
                     : QStringLiteral("<tr>");
        for (const QString& cell : table.rows[r])
            out += cellHtml(cell, total);
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</table>\n");
    return out;
}

QString paragraphsHtml(const QString& text)
{
    QString out;
    const QStringList paragraphs =
        text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts);
    for (const QString& paragraph : paragraphs) {
        QString html = paragraph.trimmed().toHtmlEscaped();
        html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        out += QStringLiteral("<p>%1</p>\n").arg(html);
    }
    return out;
}

QString shortCouncilName(const QString& name)
{
    static const QRegularExpression suffix(
        QStringLiteral("\\s+(County Borough|Metropolitan Borough|County|City|Borough|District)?"
                       "\\s*Council$"));
    QString shortName = name;
    shortName.remove(suffix);
    static const QRegularExpression prefix(QStringLiteral("^(City of|Royal Borough of)\\s+"));
    shortName.remove(prefix);
    return shortName.isEmpty() ? name : shortName;
}

QString daysText(std::optional<qint64> days)
{
    return days ? QString::number(*days) : QStringLiteral("–");
}

QString percentText(std::optional<double> share)
{
    return share ? oneDecimal(*share * 100) + QLatin1Char('%') : QStringLiteral("–");
}

QString changeText(int before, int now)
{
    if (before == now)
        return reportText("no change");
    if (before == 0)
        return reportText("up from none");
    const double change = 100.0 * (now - before) / before;
    return (change > 0 ? QStringLiteral("+") : QString()) + oneDecimal(change) + QLatin1Char('%');
}

QString moneyText(double amount)
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QString digits = english.toString(static_cast<qint64>(std::llround(std::abs(amount))));
    return (amount < 0 ? QStringLiteral("-£") : QStringLiteral("£")) + digits;
}

} // namespace permanence::reports
