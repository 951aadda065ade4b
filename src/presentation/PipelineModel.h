#pragma once

#include "domain/AdopterHousehold.h"
#include "domain/HouseholdStage.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <optional>
#include <vector>

namespace permanence::services {
class Workspace;
}

namespace permanence::presentation {

/// The national timeliness targets for the assessment stages, in days. The app reads them from
/// QSettings ("adopters/stage1TargetDays", "adopters/stage2TargetDays") and passes them in.
struct StageTargets
{
    int stage1Days = 60;
    int stage2Days = 121;
};

/// The active adopter pipeline for the board: one top-level row per stage (a board column),
/// and under it one row per household in that stage today (a card). Stages come from the
/// journey dates (derived in SQL by the stage filter), never from dragging cards.
///
/// Withdrawn and de-registered households are left out: the board is for the households still
/// moving. Each column loads at most columnCap() cards (longest in stage first) and reports how
/// many more there are, so an agency with thousands of placed families still opens quickly.
class PipelineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< card: the household's id (qint64)
        StageRole,                 ///< column and card: domain::HouseholdStage as int
        DaysRole,                  ///< card: days in stage (or since approval); invalid if none
        TargetStatusRole,          ///< card: TargetStatus as int
        OverByRole,                ///< card: days over the target, 0 when within or none
        TotalRole,                 ///< column: households in the stage, shown or not
        MoreRole,                  ///< column: households not shown because of the cap
    };
    enum class TargetStatus
    {
        NoTarget,
        WithinTarget,
        OverTarget
    };

    struct Card
    {
        domain::HouseholdId id;
        QString reference;
        QString name;
        QString place;              ///< hub, or the approving agency for inter-agency households
        std::optional<qint64> days; ///< in stage, or since approval once approved
        QString daysText;           ///< "83 days in stage 1"
        QString targetText;         ///< "Over target by 23 days"; empty without a target
        TargetStatus status = TargetStatus::NoTarget;
        qint64 overBy = 0;
    };
    struct Column
    {
        domain::HouseholdStage stage;
        std::vector<Card> cards;
        int total = 0;
    };

    explicit PipelineModel(QObject* parent = nullptr);

    /// The board's columns, in journey order: Enquiry … Placed, then Paused.
    [[nodiscard]] static const QList<domain::HouseholdStage>& boardStages();

    /// Not owned; nullptr empties the board. Reloads when households or the agency change.
    void setWorkspace(services::Workspace* workspace);
    void setTargets(StageTargets targets);
    [[nodiscard]] StageTargets targets() const { return m_targets; }
    void setColumnCap(int cap);
    [[nodiscard]] int columnCap() const { return m_cap; }

    void reload();
    [[nodiscard]] const std::vector<Column>& columns() const { return m_columns; }
    [[nodiscard]] int columnOf(domain::HouseholdStage stage) const;
    /// The card at a card index, or nullptr for a column index.
    [[nodiscard]] const Card* cardAt(const QModelIndex& index) const;
    /// The message of the last failed load; empty when it succeeded.
    [[nodiscard]] QString lastError() const { return m_lastError; }

    /// Column heading: "Stage 1 (12)".
    [[nodiscard]] static QString columnTitle(const Column& column);
    /// "+8 more" under a capped column; empty when every card is shown.
    [[nodiscard]] static QString moreText(const Column& column);
    /// What a card says, on a date, against the targets.
    [[nodiscard]] Card cardFor(const domain::AdopterHousehold& household,
                               domain::HouseholdStage stage, QDate on,
                               const domain::HouseholdPlacements& placements) const;

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    [[nodiscard]] QVariant cardData(const Card& card, int role) const;
    [[nodiscard]] QString placeOf(const domain::AdopterHousehold& household) const;

    QPointer<services::Workspace> m_workspace;
    StageTargets m_targets;
    int m_cap = 200;
    std::vector<Column> m_columns;
    QString m_lastError;
};

} // namespace permanence::presentation
