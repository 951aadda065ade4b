#pragma once

#include "domain/SupportCase.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>
#include <vector>

namespace permanence::services {
class Workspace;
}

namespace permanence::presentation {

/// "Overdue from birth relative" (or from both parties) on `today`; empty when nothing is late.
[[nodiscard]] QString postBoxOverdueText(const domain::PostBoxAgreement& agreement, QDate today);

/// The post box register: every standing keeping-in-touch agreement of the open support cases,
/// overdue ones first, then by the next item due. It is where most post-box work is keyed
/// ("item received from the birth mother today"), so a row knows its case and agreement.
class PostBoxRegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Family,
        BirthRelative,
        Direction,
        LastReceived,
        NextDue,
        Overdue,
        Waiting,
        ColumnCount
    };

    struct Entry
    {
        domain::SupportCaseId caseId;
        int agreement = 0; ///< index on the case
        QString familyName;
        QString hubCode;
        domain::PostBoxAgreement terms;
    };

    explicit PostBoxRegisterModel(QObject* parent = nullptr);

    /// Not owned; nullptr empties the register. Reloads when support cases change.
    void setWorkspace(services::Workspace* workspace);
    void setToday(QDate today);
    /// Only agreements of cases of this hub; empty: every hub.
    void setHubFilter(const QString& hubCode);
    void reload();

    [[nodiscard]] const Entry* entryAt(int row) const;
    [[nodiscard]] int rowOf(domain::SupportCaseId id, int agreement) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }
    /// Agreements with an item overdue today.
    [[nodiscard]] int overdueCount() const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    [[nodiscard]] bool overdue(const Entry& entry) const;
    [[nodiscard]] QDate nextDue(const Entry& entry) const;

    QPointer<services::Workspace> m_workspace;
    QMetaObject::Connection m_changed;
    QDate m_today;
    QString m_hub;
    std::vector<Entry> m_entries;
    QString m_lastError;
};

} // namespace permanence::presentation
