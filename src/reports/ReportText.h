#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace permanence::reports {

/// Translatable text of the reports ("Report" context).
[[nodiscard]] QString reportText(const char* text);

/// A table of a report: a caption, a header row and text cells. Cells that read as numbers
/// are right-aligned; a total row is printed bold.
struct Table
{
    QString caption;
    QStringList header;
    std::vector<QStringList> rows;
    bool totalRow = false; ///< the last row is a total
};
[[nodiscard]] QString tableHtml(const Table& table);

/// Plain text typed by a person, as HTML paragraphs: escaped, blank lines between paragraphs,
/// single line breaks kept.
[[nodiscard]] QString paragraphsHtml(const QString& text);

/// "Staffordshire County Council" → "Staffordshire", as 003's table headings name councils.
[[nodiscard]] QString shortCouncilName(const QString& name);

/// "495", or "–" when there is no figure (no children behind it).
[[nodiscard]] QString daysText(std::optional<qint64> days);
/// 0.685 → "68.5%", 0.91 → "91%"; "–" for no share.
[[nodiscard]] QString percentText(std::optional<double> share);
/// The change from `before` to `now` as a signed percentage: "+9.7%", "-14%", "no change".
[[nodiscard]] QString changeText(int before, int now);
/// 1370640 → "£1,370,640"; negatives "-£12,147".
[[nodiscard]] QString moneyText(double amount);

} // namespace permanence::reports
