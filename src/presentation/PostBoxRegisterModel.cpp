#include "presentation/PostBoxRegisterModel.h"

#include "domain/Dates.h"
#include "services/SupportCases.h"
#include "services/Workspace.h"

#include <algorithm>

namespace permanence::presentation {

using namespace domain;

namespace {
constexpr PostBoxParty bothParties[] = {PostBoxParty::AdoptiveFamily, PostBoxParty::BirthRelative};
}

QString postBoxOverdueText(const PostBoxAgreement& agreement, QDate today)
{
    QStringList late;
    for (PostBoxParty party : bothParties)
        if (isOverdue(agreement, party, today))
            late << PostBoxRegisterModel::tr("from %1").arg(postBoxPartyLabel(party).toLower());
    return late.isEmpty() ? QString()
                          : PostBoxRegisterModel::tr("Overdue %1")
                                .arg(late.join(PostBoxRegisterModel::tr(" and ")));
}

PostBoxRegisterModel::PostBoxRegisterModel(QObject* parent)
    : QAbstractTableModel(parent), m_today(QDate::currentDate())
{}

void PostBoxRegisterModel::setWorkspace(services::Workspace* workspace)
{
    disconnect(m_changed);
    m_workspace = workspace;
    if (workspace) {
        m_today = workspace->clock().today();
        m_changed = connect(workspace, &services::Workspace::supportCasesChanged, this,
                            &PostBoxRegisterModel::reload);
    }
    reload();
}

void PostBoxRegisterModel::setToday(QDate today)
{
    m_today = today;
    reload();
}

void PostBoxRegisterModel::setHubFilter(const QString& hubCode)
{
    if (m_hub == hubCode)
        return;
    m_hub = hubCode;
    reload();
}

QDate PostBoxRegisterModel::nextDue(const Entry& entry) const
{
    QDate earliest;
    for (PostBoxParty party : bothParties) {
        const auto due = nextItemDue(entry.terms, party);
        if (due && (!earliest.isValid() || *due < earliest))
            earliest = *due;
    }
    return earliest;
}

bool PostBoxRegisterModel::overdue(const Entry& entry) const
{
    return std::any_of(std::begin(bothParties), std::end(bothParties),
                       [&](PostBoxParty p) { return isOverdue(entry.terms, p, m_today); });
}

void PostBoxRegisterModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_lastError.clear();
    if (m_workspace) {
        auto cases = services::SupportCases(*m_workspace).openCases();
        if (cases) {
            for (const SupportCase& sc : *cases) {
                if (!m_hub.isEmpty() && sc.hubCode != m_hub)
                    continue;
                for (int i = 0; i < sc.postBox.size(); ++i) {
                    const PostBoxAgreement& terms = sc.postBox[i];
                    if (terms.ended.isValid() && terms.ended <= m_today)
                        continue;
                    m_entries.push_back({sc.id, i, sc.familyName, sc.hubCode, terms});
                }
            }
            // Overdue first, then the soonest due; the case and agreement keep ties stable.
            std::stable_sort(m_entries.begin(), m_entries.end(),
                             [this](const Entry& a, const Entry& b) {
                                 const bool lateA = overdue(a), lateB = overdue(b);
                                 if (lateA != lateB)
                                     return lateA;
                                 const QDate dueA = nextDue(a), dueB = nextDue(b);
                                 if (dueA.isValid() != dueB.isValid())
                                     return dueA.isValid();
                                 return dueA < dueB;
                             });
        } else {
            m_lastError = cases.error().message;
        }
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        Q_EMIT loadFailed(m_lastError);
}

const PostBoxRegisterModel::Entry* PostBoxRegisterModel::entryAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_entries.size()))
        return nullptr;
    return &m_entries[static_cast<std::size_t>(row)];
}

int PostBoxRegisterModel::rowOf(SupportCaseId id, int agreement) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].caseId == id && m_entries[i].agreement == agreement)
            return static_cast<int>(i);
    return -1;
}

int PostBoxRegisterModel::overdueCount() const
{
    return static_cast<int>(std::count_if(m_entries.begin(), m_entries.end(),
                                          [this](const Entry& e) { return overdue(e); }));
}

int PostBoxRegisterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int PostBoxRegisterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostBoxRegisterModel::data(const QModelIndex& index, int role) const
{
    const Entry* entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!entry || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    const PostBoxAgreement& terms = entry->terms;
    switch (index.column()) {
    case Family:
        return entry->familyName;
    case BirthRelative:
        return terms.birthRelative;
    case Direction:
        return postBoxDirectionLabel(terms.direction);
    case LastReceived: {
        QDate last;
        for (const PostBoxItem& item : terms.items)
            last = std::max(last, item.received);
        return last.isValid() ? formatDate(last) : tr("Nothing yet");
    }
    case NextDue:
        return formatDate(nextDue(*entry));
    case Overdue:
        return postBoxOverdueText(terms, m_today);
    case Waiting:
        return QString::number(awaitingExchange(terms));
    default:
        return {};
    }
}

QVariant PostBoxRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Family:
        return tr("Family");
    case BirthRelative:
        return tr("Birth relative");
    case Direction:
        return tr("Direction");
    case LastReceived:
        return tr("Last received");
    case NextDue:
        return tr("Next due");
    case Overdue:
        return tr("Overdue");
    case Waiting:
        return tr("Waiting to pass on");
    default:
        return {};
    }
}

} // namespace permanence::presentation
