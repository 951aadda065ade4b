#pragma once

#include "domain/Training.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <vector>

namespace permanence::services {
class Workspace;
}

namespace permanence::presentation {

/// Adopter training events, newest first: kind, title, dates, trainer and how many households
/// attended. An agency runs a few dozen a year, so the whole list is loaded at once.
class TrainingEventListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Kind,
        Title,
        Dates,
        Trainer,
        Attending,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the event's id (qint64)
    };

    explicit TrainingEventListModel(QObject* parent = nullptr);

    /// Not owned; nullptr empties the list.
    void setWorkspace(services::Workspace* workspace);
    void reload();

    [[nodiscard]] const domain::TrainingEvent* eventAt(int row) const;
    [[nodiscard]] int rowOf(domain::TrainingEventId id) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }

    /// "3–5 Jun 2024" style: one date, or first and last day.
    [[nodiscard]] static QString datesText(const domain::TrainingEvent& event);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    QPointer<services::Workspace> m_workspace;
    std::vector<domain::TrainingEvent> m_events;
    QString m_lastError;
};

} // namespace permanence::presentation
