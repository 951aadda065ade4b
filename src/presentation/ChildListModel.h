#pragma once

#include "domain/Child.h"
#include "presentation/PagedTableModel.h"
#include "services/Workspace.h"
#include "storage/ChildRepository.h"

#include <QDate>
#include <QPointer>
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
        Age,
        DateOfBirth,
        Sex,
        Ethnicity,
        Council,
        EnteredCare,
        AgencyDecision,
        PlacementOrder,
        Stage,
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

    /// The child on a loaded row, or nullptr.
    [[nodiscard]] const domain::Child* childAt(int row) const;

    /// "6y 3m": whole years and months on `today`; empty without a date of birth.
    [[nodiscard]] static QString ageText(QDate dateOfBirth, QDate today);
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

    QPointer<services::Workspace> m_workspace;
    storage::ChildQuery m_query;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder; ///< as the view shows it (see sort())
    std::vector<domain::Child> m_rows;
    std::vector<domain::Child> m_staged;
};

} // namespace permanence::presentation
