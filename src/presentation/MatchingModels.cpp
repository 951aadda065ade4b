#include "presentation/MatchingModels.h"

#include "domain/Dates.h"

namespace permanence::presentation {

using namespace permanence::domain;

namespace {

QString days(qint64 n)
{
    return n == 1 ? RankedHouseholdModel::tr("1 day") : RankedHouseholdModel::tr("%1 days").arg(n);
}

QString dateText(QDate date)
{
    return date.isValid() ? formatDate(date) : QString();
}

} // namespace

// --- RankedHouseholdModel ---------------------------------------------------------------

RankedHouseholdModel::RankedHouseholdModel(QObject* parent) : QAbstractTableModel(parent)
{}

void RankedHouseholdModel::setRanking(const services::UnitRanking& ranking)
{
    beginResetModel();
    m_ranking = ranking;
    endResetModel();
}

void RankedHouseholdModel::clear()
{
    setRanking({});
}

std::vector<matching::ScorePart> RankedHouseholdModel::breakdown(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return m_ranking.ranking.explain(m_ranking.ranking.ranked.at(static_cast<size_t>(row)));
}

int RankedHouseholdModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ranking.ranking.ranked.size());
}

int RankedHouseholdModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankedHouseholdModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const matching::RankedHousehold& h =
        m_ranking.ranking.ranked.at(static_cast<size_t>(index.row()));
    if (role == HouseholdIdRole)
        return h.household.value;
    if (role == ScoreRole)
        return h.score;
    if (role == Qt::TextAlignmentRole && index.column() != Household && index.column() != Source)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Rank:
        return index.row() + 1;
    case Household:
        return tr("%1 – %2").arg(m_ranking.ranking.pool.reference(h.index),
                                 m_ranking.householdNames.value(h.household.value));
    case Source:
        return adopterSourceLabel(
            m_ranking.householdSources.value(h.household.value, AdopterSource::OwnAgency));
    case Score:
        return tr("%1 of 100").arg(qRound(h.score));
    case DaysWaiting:
        return days(h.daysWaiting);
    default:
        return {};
    }
}

QVariant RankedHouseholdModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("Rank");
    case Household:
        return tr("Household");
    case Source:
        return tr("Approved by");
    case Score:
        return tr("Score");
    case DaysWaiting:
        return tr("Waiting");
    default:
        return {};
    }
}

// --- ScoreBreakdownModel ----------------------------------------------------------------

ScoreBreakdownModel::ScoreBreakdownModel(QObject* parent) : QAbstractTableModel(parent)
{}

void ScoreBreakdownModel::setParts(std::vector<matching::ScorePart> parts)
{
    beginResetModel();
    m_parts = std::move(parts);
    endResetModel();
}

int ScoreBreakdownModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_parts.size());
}

int ScoreBreakdownModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScoreBreakdownModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const matching::ScorePart& p = m_parts.at(static_cast<size_t>(index.row()));
    if (role == ScoreRole)
        return p.maxPoints > 0 ? 100.0 * p.points / p.maxPoints : 0.0;
    if (role == Qt::ToolTipRole && index.column() == Why)
        return p.explanation;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Part:
        return matching::partLabel(p.part);
    case Points:
        return tr("%1 of %2")
            .arg(QString::number(p.points, 'f', 1), QString::number(p.maxPoints, 'f', 0));
    case Why:
        return p.explanation;
    default:
        return {};
    }
}

QVariant ScoreBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Part:
        return tr("Part");
    case Points:
        return tr("Points");
    case Why:
        return tr("Why");
    default:
        return {};
    }
}

// --- ExcludedHouseholdModel -------------------------------------------------------------

ExcludedHouseholdModel::ExcludedHouseholdModel(QObject* parent) : QAbstractTableModel(parent)
{}

void ExcludedHouseholdModel::setRanking(const services::UnitRanking& ranking)
{
    // The sentences are built here, once per ranking, not on every paint.
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(ranking.ranking.excluded.size());
    for (const matching::ExcludedHousehold& e : ranking.ranking.excluded) {
        QStringList reasons;
        for (const matching::Exclusion& x : ranking.ranking.explain(e))
            reasons << x.reason;
        m_rows.push_back({e.household.value,
                          tr("%1 – %2").arg(ranking.ranking.pool.reference(e.index),
                                            ranking.householdNames.value(e.household.value)),
                          reasons.join(QLatin1Char('\n'))});
    }
    endResetModel();
}

void ExcludedHouseholdModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ExcludedHouseholdModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ExcludedHouseholdModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExcludedHouseholdModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& r = m_rows.at(static_cast<size_t>(index.row()));
    if (role == HouseholdIdRole)
        return r.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    return index.column() == Household ? r.household : r.reasons;
}

QVariant ExcludedHouseholdModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Household ? tr("Household") : tr("Why not");
}

// --- Tracker ----------------------------------------------------------------------------

std::optional<WorkflowStep> nextStep(const services::TrackerRow& row)
{
    if (row.movedIn.isValid())
        return WorkflowStep::AdoptionOrder;
    if (row.matchDecision.isValid())
        return WorkflowStep::MovedIn;
    if (row.matchingPanel.isValid())
        return WorkflowStep::MatchDecision;
    if (row.linked.isValid())
        return WorkflowStep::MatchingPanel;
    return std::nullopt;
}

QString workflowStepLabel(WorkflowStep step)
{
    return milestoneLabel(milestoneOf(step));
}

TrackerModel::TrackerModel(QObject* parent) : QAbstractTableModel(parent)
{}

void TrackerModel::setRows(std::vector<services::TrackerRow> rows)
{
    // The same children in the same order (a step recorded): update the cells in place so the
    // selection and scroll position stay; otherwise the list itself changed.
    const bool sameRows =
        rows.size() == m_rows.size() &&
        std::equal(rows.begin(), rows.end(), m_rows.begin(),
                   [](const auto& a, const auto& b) { return a.children == b.children; });
    if (sameRows) {
        m_rows = std::move(rows);
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const services::TrackerRow* TrackerModel::row(int r) const
{
    return r >= 0 && r < rowCount() ? &m_rows.at(static_cast<size_t>(r)) : nullptr;
}

int TrackerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TrackerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrackerModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const services::TrackerRow& r = m_rows.at(static_cast<size_t>(index.row()));
    if (role == ChildIdRole)
        return r.children.empty() ? qint64(0) : r.children.front().value;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Children:
        return r.siblingGroup.isEmpty()
                   ? tr("%1 (%2)").arg(r.childNames, r.childReferences)
                   : tr("%1 (%2, group %3)").arg(r.childNames, r.childReferences, r.siblingGroup);
    case Household:
        return tr("%1 – %2").arg(r.householdReference, r.householdName);
    case Status:
        return statusLabel(r.status);
    case Linked:
        return dateText(r.linked);
    case MatchingPanel:
        return dateText(r.matchingPanel);
    case MatchDecision:
        return dateText(r.matchDecision);
    case Introductions:
        if (!r.introductionsStart.isValid())
            return QString();
        return r.introductionsEnd.isValid()
                   ? tr("%1 to %2")
                         .arg(formatDate(r.introductionsStart), formatDate(r.introductionsEnd))
                   : tr("from %1").arg(formatDate(r.introductionsStart));
    case MovedIn:
        return dateText(r.movedIn);
    case DaysSincePlacementOrder:
        return r.daysSincePlacementOrder ? days(*r.daysSincePlacementOrder)
                                         : tr("No order (early permanence)");
    case DaysSinceLink:
        return days(r.daysSinceLink);
    case NextStep:
        if (auto step = nextStep(r))
            return workflowStepLabel(*step);
        return QString();
    default:
        return {};
    }
}

QVariant TrackerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Children:
        return tr("Child or group");
    case Household:
        return tr("Household");
    case Status:
        return tr("Status");
    case Linked:
        return tr("Linked");
    case MatchingPanel:
        return tr("Matching panel");
    case MatchDecision:
        return tr("Match decision");
    case Introductions:
        return tr("Introductions");
    case MovedIn:
        return tr("Moved in");
    case DaysSincePlacementOrder:
        return tr("Since placement order");
    case DaysSinceLink:
        return tr("Since link");
    case NextStep:
        return tr("Next step");
    default:
        return {};
    }
}

} // namespace permanence::presentation
