#pragma once

#include "domain/AdopterHousehold.h"
#include "domain/Training.h"

#include <QAbstractListModel>
#include <QPointer>
#include <vector>

namespace permanence::services {
class Workspace;
}

namespace permanence::presentation {

/// The attendance register of one training event: households with a tick box each. Ticking
/// changes only the event held here; the caller saves event() through TrainingRegister.
///
/// Households that attended are always listed (first); the others are those matching the
/// search text, up to a page, so a register never loads every household of a large agency.
class AttendanceModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the household's id (qint64)
    };

    explicit AttendanceModel(QObject* parent = nullptr);

    /// Not owned; nullptr empties the register.
    void setWorkspace(services::Workspace* workspace);
    /// Starts the register of an event (a new one has no attendees yet).
    void setEvent(const domain::TrainingEvent& event);
    /// The event with the ticks as they are now.
    [[nodiscard]] const domain::TrainingEvent& event() const { return m_event; }
    [[nodiscard]] bool isModified() const { return m_event.attendees != m_loaded; }

    /// Narrows the households offered (start of a name or reference); attendees stay listed.
    void setSearchText(const QString& text);
    [[nodiscard]] QString lastError() const { return m_lastError; }

    [[nodiscard]] int rowOf(domain::HouseholdId id) const;
    [[nodiscard]] bool isAttending(domain::HouseholdId id) const;
    void setAttending(domain::HouseholdId id, bool attending);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool setData(const QModelIndex& index, const QVariant& value,
                               int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    /// A tick changed; `isModified()` tells whether the register differs from the saved one.
    void attendanceChanged();

private:
    void load();

    struct Row
    {
        domain::HouseholdId id;
        QString text;
    };
    QPointer<services::Workspace> m_workspace;
    domain::TrainingEvent m_event;
    QList<domain::HouseholdId> m_loaded;
    QString m_search;
    std::vector<Row> m_rows;
    QString m_lastError;
};

} // namespace permanence::presentation
