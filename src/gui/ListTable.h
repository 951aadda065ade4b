#pragma once

class QTableView;

namespace permanence::presentation {
class PagedTableModel;
}

namespace permanence::gui {

/// Sets up a read-only list table over a paged model: whole-row selection, and header clicks
/// that sort in SQL only on columns that can be sorted (a click on any other column leaves the
/// order, and the arrow that shows it, as they were).
void setUpListTable(QTableView* table, presentation::PagedTableModel* model);

} // namespace permanence::gui
