#include "gui/SearchBox.h"

#include "presentation/SearchResultModel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QTimer>

namespace permanence::gui {

using presentation::SearchResultModel;

namespace {
/// Short enough to feel immediate; long enough that a fast typist is not searched for on
/// every letter of a long name.
constexpr int typingPauseMs = 80;
} // namespace

SearchBox::SearchBox(QWidget* parent)
    : QLineEdit(parent), m_results(new SearchResultModel(this)), m_completer(new QCompleter(this)),
      m_pause(new QTimer(this))
{
    setObjectName(QStringLiteral("globalSearch"));
    setPlaceholderText(tr("Find a child, adopter or reference (Ctrl+K)"));
    setAccessibleName(tr("Find anything"));
    setClearButtonEnabled(true);
    setMinimumWidth(fontMetrics().averageCharWidth() * 44);

    // The completer only shows the list: the model is already the answer, so nothing is
    // filtered again, and choosing a row leaves the box as typed (QueryRole).
    m_completer->setModel(m_results);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(SearchResultModel::QueryRole);
    m_completer->setMaxVisibleItems(18);
    m_completer->popup()->setAccessibleName(tr("Search results"));
    connect(m_completer, QOverload<const QModelIndex&>::of(&QCompleter::activated), this,
            &SearchBox::choose);

    m_pause->setSingleShot(true);
    m_pause->setInterval(typingPauseMs);
    connect(m_pause, &QTimer::timeout, this, &SearchBox::searchNow);
    connect(this, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
}

void SearchBox::setSearch(services::Search* search)
{
    m_results->setSearch(search);
    clear();
}

void SearchBox::searchNow()
{
    m_pause->stop();
    m_results->setQuery(text());
    if (m_results->rowCount() == 0) {
        m_completer->popup()->hide();
        if (!m_results->lastError().isEmpty())
            setToolTip(m_results->lastError());
        return;
    }
    m_completer->complete(QRect(0, 0, std::max(width(), 560), height()));
    // Enter in the box opens the best result, so select it without taking focus.
    const int first = m_results->firstRecordRow();
    if (first >= 0)
        m_completer->popup()->setCurrentIndex(m_results->index(first));
}

void SearchBox::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (m_pause->isActive() || m_results->query() != text())
            searchNow();
        const int first = m_results->firstRecordRow();
        if (first >= 0) {
            choose(m_results->index(first));
            return;
        }
    }
    if (event->key() == Qt::Key_Escape) {
        clear();
        m_results->setQuery(QString());
        m_completer->popup()->hide();
    }
    QLineEdit::keyPressEvent(event);
}

void SearchBox::choose(const QModelIndex& index)
{
    if (!index.isValid() || index.data(SearchResultModel::IsHeadingRole).toBool())
        return;
    const auto kind =
        static_cast<domain::SearchKind>(index.data(SearchResultModel::KindRole).toInt());
    const qint64 id = index.data(SearchResultModel::IdRole).toLongLong();
    m_completer->popup()->hide();
    Q_EMIT recordChosen(kind, id);
}

} // namespace permanence::gui
