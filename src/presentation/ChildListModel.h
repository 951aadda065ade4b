#pragma once

#include "domain/Child.h"
#include "domain/FamilyFinding.h"
#include "presentation/PagedTableModel.h"
#include "services/Workspace.h"
#include "storage/ChildRepository.h"

#include <QColor>
#include <QDate>
#include <QPointer>
#include <optional>
#include <vector>

namespace permanence::presentation {

/// The children of the open workspace as a table, one child per row, filtered, sorted and paged
/// in SQL (see PagedTableModel). Reloads itself when the workspace reports changed children
/// or a changed agency (council names).
class ChildListModel : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Reference,
        Name,
        // What a family finder scans for first sits next to the name: where the child is in
        // the journey, how long they have waited and what makes them a priority.
        Stage,
        DaysWaiting, ///< days since the placement order while waiting; "long wait" past the
                     ///< threshold
        Priority,    ///< 003's priority characteristics today, in short words ("5+, siblings")
        Age,
        DateOfBirth,
        Sex,
        Ethnicity,
        Council,
        EnteredCare,
        AgencyDecision,
        PlacementOrder,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the child's id (qint64), for opening the record
    };

    explicit ChildListModel(QObject* parent = nullptr);

    /// The workspace to read from; nullptr empties the model. Not owned: the app swaps it when
    /// another database is opened, and calls this before destroying the old one.
    void setWorkspace(services::Workspace* workspace);
    [[nodiscard]] services::Workspace* workspace() const { return m_workspace; }

    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /// Orders by a column with an SQL sort key and reloads; other columns are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// Columns that have a sort key in storage::ChildSort. Sex, ethnicity and stage do not.
    [[nodiscard]] static bool isSortable(int column);
    [[nodiscard]] bool canSortBy(int column) const override { return isSortable(column); }
    [[nodiscard]] int sortColumn() const override { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const override { return m_sortOrder; }

    /// Matches the start of forename, surname, preferred name or reference; empty shows all.
    void setSearchText(const QString& text);
    [[nodiscard]] QString searchText() const { return m_query.text; }
    /// Only children of this council; empty shows every council.
    void setCouncilFilter(const QString& councilCode);
    [[nodiscard]] QString councilFilter() const { return m_query.councilCode; }

    /// Only children whose family-finding status today is `status`; nullopt shows every status.
    void setStatusFilter(std::optional<domain::FamilyFindingStatus> status);
    [[nodiscard]] std::optional<domain::FamilyFindingStatus> statusFilter() const
    {
        return m_query.status;
    }
    /// Only children with at least one of 003's priority characteristics today.
    void setPriorityOnly(bool priorityOnly);
    [[nodiscard]] bool priorityOnly() const { return m_query.priorityOnly; }
    /// true: only children placed in early permanence; false: only those never; nullopt: any.
    void setEarlyPermanenceFilter(std::optional<bool> earlyPermanence);
    [[nodiscard]] std::optional<bool> earlyPermanenceFilter() const
    {
        return m_query.earlyPermanence;
    }
    /// Only children waiting since their placement order for at least `days` today; 0 shows all.
    void setMinDaysWaiting(int days);
    [[nodiscard]] int minDaysWaiting() const { return m_query.minDaysWaiting; }

    /// Waits of this many days or more are long: the row is shaded and the "Days waiting" cell
    /// says so in words, because colour alone reaches neither screen readers nor everyone's
    /// eyes. The app reads it from QSettings "children/longWaitDays" (default 365).
    void setLongWaitDays(int days);
    [[nodiscard]] int longWaitDays() const { return m_longWaitDays; }
    static constexpr int defaultLongWaitDays = 365;
    /// The shade used for long waits (light amber, with dark text so it reads in any theme).
    [[nodiscard]] static QColor longWaitColour();

    /// The child on a loaded row, or nullptr.
    [[nodiscard]] const domain::Child* childAt(int row) const;

    /// "6y 3m": whole years and months on `today`; empty without a date of birth.
    [[nodiscard]] static QString ageText(QDate dateOfBirth, QDate today);
    /// Days waiting since the placement order on `today`, "412 days", "412 days, long wait"
    /// when at or beyond `longWaitDays`; empty when the child is not waiting.
    [[nodiscard]] static QString daysWaitingText(const domain::Child& child, QDate today,
                                                 int longWaitDays);
    /// 003's priority characteristics on `today` in short words: "5+, siblings, ethnicity,
    /// disability"; empty for a child with none.
    [[nodiscard]] static QString priorityText(const domain::Child& child, QDate today);
    /// The family-finding status on `today` and the date of the fact that decided it:
    /// "Linked (since 1 Sep 2022)", "No plan yet".
    [[nodiscard]] static QString stageText(const domain::Child& child, QDate today);

protected:
    [[nodiscard]] bool hasSource() const override { return !m_workspace.isNull(); }
    [[nodiscard]] domain::Result<int> countMatching() const override;
    [[nodiscard]] domain::Result<int> stagePage(int offset, int limit) override;
    void commitStaged() override;
    void clearRows() override;

private:
    [[nodiscard]] QVariant display(const domain::Child& child, int column) const;
    [[nodiscard]] QVariant toolTip(const domain::Child& child, int column) const;
    [[nodiscard]] QDate today() const;
    [[nodiscard]] bool isLongWait(const domain::Child& child) const;
    /// The query with the date of reference for the derived filters set to today.
    [[nodiscard]] storage::ChildQuery datedQuery() const;

    QPointer<services::Workspace> m_workspace;
    storage::ChildQuery m_query;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder; ///< as the view shows it (see sort())
    std::vector<domain::Child> m_rows;
    std::vector<domain::Child> m_staged;
    int m_longWaitDays = defaultLongWaitDays;
};

} // namespace permanence::presentation
