#include "presentation/CohortModel.h"

#include "domain/Dates.h"
#include "presentation/CountText.h"

#include <QBrush>
#include <QPalette>

namespace permanence::presentation {
namespace {

QHash<qint64, const domain::Child*> byId(const std::vector<domain::Child>& children)
{
    QHash<qint64, const domain::Child*> out;
    out.reserve(static_cast<qsizetype>(children.size()));
    for (const domain::Child& c : children)
        out.insert(c.id.value, &c);
    return out;
}

} // namespace

CohortModel::CohortModel(QObject* parent) : QAbstractTableModel(parent)
{}

void CohortModel::showIndicator(const metrics::Indicator& indicator,
                                const std::vector<domain::Child>& children)
{
    beginResetModel();
    m_rows.clear();
    const auto lookup = byId(children);
    const auto nameOf = [&](domain::ChildId id) {
        const domain::Child* c = lookup.value(id.value);
        return c ? c->displayName() : QString();
    };
    for (const metrics::CohortChild& c : indicator.children)
        m_rows.push_back({c.id, c.reference, nameOf(c.id), c.councilCode, c.adoptionOrder,
                          dayCountText(static_cast<int>(c.days)), true});
    for (const metrics::ExcludedChild& c : indicator.excluded)
        m_rows.push_back({c.id, c.reference, nameOf(c.id), c.councilCode, c.adoptionOrder,
                          tr("Left out: %1").arg(metrics::exclusionLabel(c.reason)), false});
    m_dateHeading = tr("Adoption order");
    m_figureHeading = tr("%1 days").arg(metrics::measureLabel(indicator.measure));
    endResetModel();
}

void CohortModel::showChildren(const metrics::ChildSet& set,
                               const std::vector<domain::Child>& children,
                               const QString& dateHeading,
                               const std::function<QDate(const domain::Child&)>& dateOf)
{
    beginResetModel();
    m_rows.clear();
    const auto lookup = byId(children);
    for (domain::ChildId id : set.ids) {
        const domain::Child* c = lookup.value(id.value);
        if (!c)
            continue;
        m_rows.push_back({id, c->reference, c->displayName(), c->councilCode,
                          dateOf ? dateOf(*c) : QDate(), QString(), true});
    }
    m_dateHeading = dateHeading;
    m_figureHeading.clear();
    endResetModel();
}

int CohortModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CohortModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CohortModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Reference:
            return row.reference;
        case Name:
            return row.name;
        case Council:
            return row.council;
        case Date:
            return domain::formatDate(row.date);
        case Figure:
            return row.figure;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        // Children left out are listed after the others, greyed, so they are seen but not
        // mistaken for part of the average.
        return row.counted ? QVariant() : QVariant(QPalette().brush(QPalette::PlaceholderText));
    case ChildIdRole:
        return row.id.value;
    case CountedRole:
        return row.counted;
    default:
        return {};
    }
}

QVariant CohortModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reference:
        return tr("Reference");
    case Name:
        return tr("Name");
    case Council:
        return tr("Council");
    case Date:
        return m_dateHeading;
    case Figure:
        return m_figureHeading;
    default:
        return {};
    }
}

} // namespace permanence::presentation
