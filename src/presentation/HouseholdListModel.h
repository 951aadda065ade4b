#pragma once

#include "domain/AdopterHousehold.h"
#include "domain/HouseholdStage.h"
#include "presentation/PagedTableModel.h"
#include "services/Workspace.h"
#include "storage/HouseholdRepository.h"

#include <QHash>
#include <QPointer>
#include <optional>
#include <vector>

namespace permanence::presentation {

/// The adopter households of the open workspace as a table, filtered, sorted and paged in SQL
/// (see PagedTableModel). Reloads itself when the workspace reports changed households or a
/// changed agency (hub names).
class HouseholdListModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Reference,
        Applicants,
        Source,
        Hub,
        Enquiry,
        Approval,
        ApprovedFor,
        Stage,
        DaysInStage,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the household's id (qint64)
    };

    explicit HouseholdListModel(QObject* parent = nullptr);

    /// The workspace to read from; nullptr empties the model. Not owned (see ChildListModel).
    void setWorkspace(services::Workspace* workspace);
    [[nodiscard]] services::Workspace* workspace() const { return m_workspace; }

    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /// Orders by a column with an SQL sort key and reloads; other columns are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// Columns with a key in storage::HouseholdSort; "Approved for" and "Stage" have none.
    [[nodiscard]] static bool isSortable(int column);
    [[nodiscard]] bool canSortBy(int column) const override { return isSortable(column); }
    [[nodiscard]] int sortColumn() const override { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const override { return m_query.order; }

    /// Matches the start of the reference or of an applicant's forename or surname.
    void setSearchText(const QString& text);
    [[nodiscard]] QString searchText() const { return m_query.text; }
    /// Only households assessed by this hub; empty shows all (inter-agency ones have no hub).
    void setHubFilter(const QString& hubCode);
    [[nodiscard]] QString hubFilter() const { return m_query.hubCode; }
    /// Only households from this source; nullopt shows every source.
    void setSourceFilter(std::optional<domain::AdopterSource> source);
    [[nodiscard]] std::optional<domain::AdopterSource> sourceFilter() const
    {
        return m_query.source;
    }

    /// Only households in this stage today (derived in SQL); nullopt shows every stage.
    void setStageFilter(std::optional<domain::HouseholdStage> stage);
    [[nodiscard]] std::optional<domain::HouseholdStage> stageFilter() const
    {
        return m_query.stage;
    }

    /// The household on a loaded row, or nullptr.
    [[nodiscard]] const domain::AdopterHousehold* householdAt(int row) const;

    /// "2 children, 0–6 years"; empty until approved.
    [[nodiscard]] static QString approvedForText(const domain::AdopterHousehold& household);
    /// The stage on `on` in words ("Stage 2", "Linked"), as domain::householdStage derives it
    /// from the household's dates and its children's (`placements`).
    [[nodiscard]] static QString stageText(const domain::AdopterHousehold& household, QDate on,
                                           const domain::HouseholdPlacements& placements = {});
    /// "23 days" in the stage on `on` (pauses left out); empty once withdrawn or de-registered.
    [[nodiscard]] static QString
    daysInStageText(const domain::AdopterHousehold& household, QDate on,
                    const domain::HouseholdPlacements& placements = {});

protected:
    [[nodiscard]] bool hasSource() const override { return !m_workspace.isNull(); }
    [[nodiscard]] domain::Result<int> countMatching() const override;
    [[nodiscard]] domain::Result<int> stagePage(int offset, int limit) override;
    void commitStaged() override;
    void clearRows() override;

private:
    [[nodiscard]] QVariant display(const domain::AdopterHousehold& household, int column) const;
    [[nodiscard]] QDate today() const;

    QPointer<services::Workspace> m_workspace;
    storage::HouseholdQuery m_query;
    int m_sortColumn = Reference;
    std::vector<domain::AdopterHousehold> m_rows;
    std::vector<domain::AdopterHousehold> m_staged;
    /// The children's link, match and move-in dates of the loaded households that have any.
    QHash<qint64, domain::HouseholdPlacements> m_placements;
    QHash<qint64, domain::HouseholdPlacements> m_stagedPlacements;
};

} // namespace permanence::presentation
