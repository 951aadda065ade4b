#pragma once

#include "matching/Ranking.h"
#include "services/Placements.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace permanence::presentation {

/// The households that fit a child or group, best first, for the Matching page. The score
/// column carries the score (0–100) under ScoreRole for the bar delegate and says it in
/// words as well, so the bar is never the only way to read it.
class RankedHouseholdModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Rank,
        Household,
        Source,
        Score,
        DaysWaiting,
        ColumnCount
    };
    enum Role
    {
        HouseholdIdRole = Qt::UserRole + 1, ///< qint64
        ScoreRole,                          ///< double, 0–100
    };

    explicit RankedHouseholdModel(QObject* parent = nullptr);

    /// Shows this ranking (a new child or group chosen: a new list, hence a reset).
    void setRanking(const services::UnitRanking& ranking);
    void clear();
    [[nodiscard]] const services::UnitRanking& ranking() const { return m_ranking; }
    /// The score parts of the household on `row`, each with its points and sentence.
    [[nodiscard]] std::vector<matching::ScorePart> breakdown(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    services::UnitRanking m_ranking;
};

/// The per-part breakdown of one household's score: part, points of its share, and why.
class ScoreBreakdownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Part,
        Points,
        Why,
        ColumnCount
    };
    enum Role
    {
        ScoreRole = RankedHouseholdModel::ScoreRole, ///< points as a share of the part, 0–100
    };

    explicit ScoreBreakdownModel(QObject* parent = nullptr);
    void setParts(std::vector<matching::ScorePart> parts);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::vector<matching::ScorePart> m_parts;
};

/// The households that cannot take the child or group, each with every reason.
class ExcludedHouseholdModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Household,
        Reasons,
        ColumnCount
    };
    enum Role
    {
        HouseholdIdRole = Qt::UserRole + 1,
    };

    explicit ExcludedHouseholdModel(QObject* parent = nullptr);
    void setRanking(const services::UnitRanking& ranking);
    void clear();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 id = 0;
        QString household;
        QString reasons; ///< one reason a line
    };
    std::vector<Row> m_rows;
};

/// The step a family finder records next on a tracker row: the panel after a link, the
/// decision after the panel, the move-in after the decision, the order after the move-in.
[[nodiscard]] std::optional<domain::WorkflowStep> nextStep(const services::TrackerRow& row);
[[nodiscard]] QString workflowStepLabel(domain::WorkflowStep step); ///< "Match decision"

/// Current links, matches and placements awaiting the order, one row per child or group.
class TrackerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Children,
        Household,
        Status,
        Linked,
        MatchingPanel,
        MatchDecision,
        Introductions,
        MovedIn,
        DaysSincePlacementOrder,
        DaysSinceLink,
        NextStep,
        ColumnCount
    };
    enum Role
    {
        ChildIdRole = Qt::UserRole + 1, ///< qint64: the eldest child of the row
    };

    explicit TrackerModel(QObject* parent = nullptr);
    void setRows(std::vector<services::TrackerRow> rows);
    [[nodiscard]] const services::TrackerRow* row(int r) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::vector<services::TrackerRow> m_rows;
};

} // namespace permanence::presentation
