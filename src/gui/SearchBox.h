#pragma once

#include "domain/SearchRecord.h"

#include <QLineEdit>

class QCompleter;
class QTimer;

namespace permanence::services {
class Search;
}
namespace permanence::presentation {
class SearchResultModel;
}

namespace permanence::gui {

/// The one search box (Ctrl+K or the Find shortcut): finds children, adopter households and
/// more by any of their names or their reference as the user types, tolerant of spelling,
/// with results grouped by kind in a list under the box. Up/Down move through the results and
/// Enter opens the one chosen (or the best one, straight from the box).
class SearchBox : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchBox(QWidget* parent = nullptr);

    void setSearch(services::Search* search);
    [[nodiscard]] presentation::SearchResultModel* results() const { return m_results; }
    [[nodiscard]] QCompleter* completer() const { return m_completer; }
    /// Searches for the current text now rather than after the typing pause.
    void searchNow();

Q_SIGNALS:
    void recordChosen(domain::SearchKind kind, qint64 id);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void choose(const QModelIndex& index);

    presentation::SearchResultModel* m_results;
    QCompleter* m_completer;
    QTimer* m_pause;
};

} // namespace permanence::gui
