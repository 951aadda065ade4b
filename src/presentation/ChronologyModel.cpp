#include "presentation/ChronologyModel.h"

#include "domain/Dates.h"
#include "services/Chronology.h"

#include <QLocale>

namespace permanence::presentation {

using domain::ChronologyEntry;

ChronologyModel::ChronologyModel(QObject* parent) : QAbstractTableModel(parent)
{}

domain::Status ChronologyModel::loadChild(services::Workspace& workspace, domain::ChildId child)
{
    auto entries = services::Chronology(workspace).forChild(child);
    if (!entries)
        return domain::fail(entries.error());
    setEntries(std::move(*entries));
    return {};
}

domain::Status ChronologyModel::loadHousehold(services::Workspace& workspace,
                                              domain::HouseholdId household)
{
    auto entries = services::Chronology(workspace).forHousehold(household);
    if (!entries)
        return domain::fail(entries.error());
    setEntries(std::move(*entries));
    return {};
}

void ChronologyModel::setSource(std::optional<domain::ChronologySource> source)
{
    if (source == m_source)
        return;
    m_source = source;
    filter();
}

void ChronologyModel::setEntries(std::vector<ChronologyEntry> entries)
{
    m_all = std::move(entries);
    filter();
}

void ChronologyModel::filter()
{
    beginResetModel();
    m_shown.clear();
    for (const ChronologyEntry& e : m_all)
        if (!m_source || e.source == *m_source)
            m_shown.push_back(e);
    endResetModel();
}

int ChronologyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int ChronologyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChronologyModel::cellText(const ChronologyEntry& e, Column column)
{
    switch (column) {
    case Date:
        return domain::formatDate(e.date);
    case Event:
        return e.event;
    case Detail:
        return e.detail;
    case Kind:
        return e.noteKind ? domain::noteKindLabel(*e.noteKind)
                          : domain::chronologySourceLabel(e.source);
    case RecordedBy:
        if (e.recordedBy.isEmpty())
            return {};
        if (!e.recordedAt.isValid())
            return e.recordedBy;
        return tr("%1, %2").arg(
            e.recordedBy,
            QLocale().toString(e.recordedAt.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm")));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ChronologyModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ChronologyEntry& e = m_shown[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole)
        return cellText(e, column);
    if (role == Qt::ToolTipRole && column == Detail && !e.detail.isEmpty())
        return e.detail;
    return {};
}

QVariant ChronologyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Event:
        return tr("What happened");
    case Detail:
        return tr("Detail");
    case Kind:
        return tr("Kind");
    case RecordedBy:
        return tr("Recorded by");
    default:
        return {};
    }
}

QString chronologyDocumentHtml(const QString& record, const QString& scope,
                               const std::vector<ChronologyEntry>& entries, QDate printedOn,
                               const QString& printedBy)
{
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    html += QStringLiteral("<h2>") +
            ChronologyModel::tr("Chronology: %1").arg(record.toHtmlEscaped()) +
            QStringLiteral("</h2>");
    html += QStringLiteral("<p>") +
            ChronologyModel::tr("%1. %2 entries, newest first. Printed on %3 by %4.")
                .arg(scope.toHtmlEscaped())
                .arg(entries.size())
                .arg(domain::formatDate(printedOn), printedBy.toHtmlEscaped()) +
            QStringLiteral("</p>");
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                           "<thead><tr>");
    const ChronologyModel::Column columns[] = {ChronologyModel::Date, ChronologyModel::Event,
                                               ChronologyModel::Detail, ChronologyModel::Kind,
                                               ChronologyModel::RecordedBy};
    ChronologyModel headings;
    for (const auto c : columns)
        html += QStringLiteral("<th align=\"left\">") +
                headings.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString() +
                QStringLiteral("</th>");
    html += QStringLiteral("</tr></thead><tbody>");
    for (const ChronologyEntry& e : entries) {
        html += QStringLiteral("<tr>");
        for (const auto c : columns)
            html += QStringLiteral("<td valign=\"top\">") +
                    ChronologyModel::cellText(e, c).toHtmlEscaped().replace(
                        QLatin1Char('\n'), QStringLiteral("<br>")) +
                    QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table></body></html>");
    return html;
}

} // namespace permanence::presentation
