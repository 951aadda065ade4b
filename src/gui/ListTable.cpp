#include "gui/ListTable.h"

#include "presentation/PagedTableModel.h"

#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableView>

namespace permanence::gui {

void setUpListTable(QTableView* table, presentation::PagedTableModel* model)
{
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    // One line of text per row: long lists should show many rows, and measuring every row's
    // contents would defeat paging.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);

    // Not QTableView::setSortingEnabled(): that would sort by any column clicked. Here the
    // header shows the model's order and asks the model only for orders SQL can give.
    QHeaderView* header = table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSortIndicator(model->sortColumn(), model->sortOrder());
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, model,
                     [header, model](int column, Qt::SortOrder order) {
                         if (model->canSortBy(column)) {
                             model->sort(column, order);
                             return;
                         }
                         const QSignalBlocker blocker(header);
                         header->setSortIndicator(model->sortColumn(), model->sortOrder());
                     });
}

} // namespace permanence::gui
