#include "presentation/HouseholdListModel.h"

#include "domain/Agency.h"
#include "domain/Dates.h"
#include "services/Workspace.h"

namespace permanence::presentation {

using domain::AdopterHousehold;
using storage::HouseholdSort;

namespace {

std::optional<HouseholdSort> sortKey(int column)
{
    switch (column) {
    case HouseholdListModel::Reference:
        return HouseholdSort::Reference;
    case HouseholdListModel::Applicants:
        return HouseholdSort::Name;
    case HouseholdListModel::Source:
        return HouseholdSort::Source;
    case HouseholdListModel::Hub:
        return HouseholdSort::Hub;
    case HouseholdListModel::Enquiry:
        return HouseholdSort::Enquiry;
    case HouseholdListModel::Approval:
        return HouseholdSort::Approval;
    default:
        return std::nullopt;
    }
}

} // namespace

HouseholdListModel::HouseholdListModel(QObject* parent) : PagedTableModel(parent)
{}

void HouseholdListModel::setWorkspace(services::Workspace* workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &services::Workspace::householdsChanged, this,
                &HouseholdListModel::reload);
        connect(m_workspace, &services::Workspace::agencyChanged, this,
                &HouseholdListModel::reload);
    }
    reload();
}

int HouseholdListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && !isSortable(section))
        return tr("This column cannot be sorted");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reference:
        return tr("Reference");
    case Applicants:
        return tr("Applicants");
    case Source:
        return tr("Source");
    case Hub:
        return tr("Hub");
    case Enquiry:
        return tr("Enquiry");
    case Approval:
        return tr("Approval");
    case ApprovedFor:
        return tr("Approved for");
    case Stage:
        return tr("Stage today");
    case DaysInStage:
        return tr("Days in stage");
    default:
        return {};
    }
}

QVariant HouseholdListModel::data(const QModelIndex& index, int role) const
{
    const AdopterHousehold* household = index.isValid() ? householdAt(index.row()) : nullptr;
    if (!household || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(*household, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Source && !household->sourceAgency.isEmpty())
            return household->sourceAgency;
        if (index.column() == Hub)
            return household->hubCode;
        return {};
    case IdRole:
        return household->id.value;
    default:
        return {};
    }
}

QVariant HouseholdListModel::display(const AdopterHousehold& household, int column) const
{
    switch (column) {
    case Reference:
        return household.reference;
    case Applicants:
        return household.displayName();
    case Source:
        return domain::adopterSourceLabel(household.source);
    case Hub: {
        const domain::Hub* hub =
            m_workspace ? m_workspace->agency().hub(household.hubCode) : nullptr;
        return hub ? hub->name : household.hubCode;
    }
    case Enquiry:
        return domain::formatDate(household.journey.enquiry);
    case Approval:
        return domain::formatDate(household.journey.approval);
    case ApprovedFor:
        return approvedForText(household);
    case Stage:
        return stageText(household, today(), m_placements.value(household.id.value));
    case DaysInStage:
        return daysInStageText(household, today(), m_placements.value(household.id.value));
    default:
        return {};
    }
}

QString HouseholdListModel::approvedForText(const AdopterHousehold& household)
{
    const domain::ApprovalTerms& terms = household.terms;
    if (!household.journey.approval.isValid() || terms.maxChildren <= 0)
        return {};
    const QString children =
        terms.maxChildren == 1 ? tr("1 child") : tr("%1 children").arg(terms.maxChildren);
    // Ages are whole years, so an upper age of 0 means a baby under one.
    QString ages;
    if (terms.maxAge == 0)
        ages = tr("under 1 year");
    else if (terms.minAge == terms.maxAge)
        ages = terms.maxAge == 1 ? tr("1 year") : tr("%1 years").arg(terms.maxAge);
    else
        ages = tr("%1–%2 years").arg(terms.minAge).arg(terms.maxAge);
    return tr("%1, %2").arg(children, ages);
}

QString HouseholdListModel::stageText(const AdopterHousehold& household, QDate on,
                                      const domain::HouseholdPlacements& placements)
{
    return domain::householdStageLabel(domain::householdStage(household, on, placements));
}

QString HouseholdListModel::daysInStageText(const AdopterHousehold& household, QDate on,
                                            const domain::HouseholdPlacements& placements)
{
    const domain::HouseholdStage stage = domain::householdStage(household, on, placements);
    if (stage == domain::HouseholdStage::Withdrawn || stage == domain::HouseholdStage::Deregistered)
        return {};
    const qint64 days = domain::daysInStage(household, on, placements);
    return days == 1 ? tr("1 day") : tr("%1 days").arg(days);
}

QDate HouseholdListModel::today() const
{
    return m_workspace ? m_workspace->clock().today() : QDate::currentDate();
}

void HouseholdListModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKey(column);
    if (!key)
        return;
    m_sortColumn = column;
    m_query.sort = *key;
    m_query.order = order;
    reload();
}

bool HouseholdListModel::isSortable(int column)
{
    return sortKey(column).has_value();
}

void HouseholdListModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_query.text)
        return;
    m_query.text = trimmed;
    reload();
}

void HouseholdListModel::setHubFilter(const QString& hubCode)
{
    if (hubCode == m_query.hubCode)
        return;
    m_query.hubCode = hubCode;
    reload();
}

void HouseholdListModel::setStageFilter(std::optional<domain::HouseholdStage> stage)
{
    if (stage == m_query.stage)
        return;
    m_query.stage = stage;
    reload();
}

void HouseholdListModel::setSourceFilter(std::optional<domain::AdopterSource> source)
{
    if (source == m_query.source)
        return;
    m_query.source = source;
    reload();
}

const AdopterHousehold* HouseholdListModel::householdAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

domain::Result<int> HouseholdListModel::countMatching() const
{
    storage::HouseholdQuery query = m_query;
    query.on = today();
    return m_workspace->householdCount(query);
}

domain::Result<int> HouseholdListModel::stagePage(int offset, int limit)
{
    storage::HouseholdQuery page = m_query;
    page.on = today();
    page.offset = offset;
    page.limit = limit;
    auto households = m_workspace->households(page);
    if (!households)
        return domain::fail(households.error());
    std::vector<domain::HouseholdId> ids;
    ids.reserve(households->size());
    for (const AdopterHousehold& h : *households)
        ids.push_back(h.id);
    auto placements = m_workspace->householdPlacements(ids);
    if (!placements)
        return domain::fail(placements.error());
    m_staged = std::move(*households);
    m_stagedPlacements = std::move(*placements);
    return static_cast<int>(m_staged.size());
}

void HouseholdListModel::commitStaged()
{
    m_rows.insert(m_rows.end(), std::make_move_iterator(m_staged.begin()),
                  std::make_move_iterator(m_staged.end()));
    m_staged.clear();
    m_placements.insert(m_stagedPlacements);
    m_stagedPlacements.clear();
}

void HouseholdListModel::clearRows()
{
    m_rows.clear();
    m_staged.clear();
    m_placements.clear();
    m_stagedPlacements.clear();
}

} // namespace permanence::presentation
