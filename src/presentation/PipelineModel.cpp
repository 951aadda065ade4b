#include "presentation/PipelineModel.h"

#include "domain/Agency.h"
#include "domain/Dates.h"
#include "services/Workspace.h"

#include <QBrush>
#include <QColor>
#include <algorithm>

namespace permanence::presentation {

using domain::AdopterHousehold;
using domain::HouseholdStage;

namespace {

/// Top-level (column) indexes carry this id; a card carries its column's row + 1.
constexpr quintptr columnId = 0;

QString daysPhrase(qint64 days)
{
    return days == 1 ? PipelineModel::tr("1 day") : PipelineModel::tr("%1 days").arg(days);
}

} // namespace

PipelineModel::PipelineModel(QObject* parent) : QAbstractItemModel(parent)
{
    for (const HouseholdStage stage : boardStages())
        m_columns.push_back(Column{stage, {}, 0});
}

const QList<HouseholdStage>& PipelineModel::boardStages()
{
    static const QList<HouseholdStage> stages{
        HouseholdStage::Enquiry,         HouseholdStage::InformationEvent,
        HouseholdStage::Registered,      HouseholdStage::Stage1,
        HouseholdStage::BetweenStages,   HouseholdStage::Stage2,
        HouseholdStage::ApprovedWaiting, HouseholdStage::Linked,
        HouseholdStage::Matched,         HouseholdStage::Placed,
        HouseholdStage::Paused};
    return stages;
}

void PipelineModel::setWorkspace(services::Workspace* workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &services::Workspace::householdsChanged, this, &PipelineModel::reload);
        connect(m_workspace, &services::Workspace::agencyChanged, this, &PipelineModel::reload);
    }
    reload();
}

void PipelineModel::setTargets(StageTargets targets)
{
    m_targets = targets;
    reload();
}

void PipelineModel::setColumnCap(int cap)
{
    m_cap = std::max(1, cap);
    reload();
}

void PipelineModel::reload()
{
    // A board is a snapshot of every column at once; after any change to households a reset is
    // simpler and no slower than working out which cards moved between columns.
    beginResetModel();
    m_lastError.clear();
    for (Column& column : m_columns) {
        column.cards.clear();
        column.total = 0;
    }
    if (m_workspace) {
        const QDate today = m_workspace->clock().today();
        for (Column& column : m_columns) {
            storage::HouseholdQuery query;
            query.on = today;
            query.stage = column.stage;
            query.limit = m_cap;
            // Newest placements first: the oldest placed families matter least to the board.
            query.sort = column.stage == HouseholdStage::Placed ? storage::HouseholdSort::Approval
                                                                : storage::HouseholdSort::Enquiry;
            query.order =
                column.stage == HouseholdStage::Placed ? Qt::DescendingOrder : Qt::AscendingOrder;
            auto count = m_workspace->householdCount(query);
            if (!count) {
                m_lastError = count.error().message;
                break;
            }
            auto households = m_workspace->households(query);
            if (!households) {
                m_lastError = households.error().message;
                break;
            }
            std::vector<domain::HouseholdId> ids;
            for (const AdopterHousehold& h : *households)
                ids.push_back(h.id);
            auto placements = m_workspace->householdPlacements(ids);
            if (!placements) {
                m_lastError = placements.error().message;
                break;
            }
            column.total = *count;
            for (const AdopterHousehold& h : *households)
                column.cards.push_back(
                    cardFor(h, column.stage, today, placements->value(h.id.value)));
            // Longest in stage first: those are the ones to chase.
            std::stable_sort(column.cards.begin(), column.cards.end(),
                             [](const Card& a, const Card& b) {
                                 return a.days.value_or(-1) > b.days.value_or(-1);
                             });
        }
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        Q_EMIT loadFailed(m_lastError);
}

PipelineModel::Card PipelineModel::cardFor(const AdopterHousehold& household, HouseholdStage stage,
                                           QDate on,
                                           const domain::HouseholdPlacements& placements) const
{
    Card card;
    card.id = household.id;
    card.reference = household.reference;
    card.name = household.displayName();
    card.place = placeOf(household);
    int target = 0;
    switch (stage) {
    case HouseholdStage::ApprovedWaiting:
        card.days = domain::daysBetween(household.journey.approval, on);
        card.daysText = tr("%1 since approval").arg(daysPhrase(*card.days));
        break;
    case HouseholdStage::Linked:
        card.days = domain::daysInStage(household, on, placements);
        card.daysText = tr("%1 since the link").arg(daysPhrase(*card.days));
        break;
    case HouseholdStage::Matched:
        card.days = domain::daysInStage(household, on, placements);
        card.daysText = tr("%1 since the match decision").arg(daysPhrase(*card.days));
        break;
    case HouseholdStage::Placed:
        card.days = domain::daysInStage(household, on, placements);
        card.daysText = tr("Child moved in %1").arg(domain::formatDate(placements.firstMovedIn));
        break;
    default:
        card.days = domain::daysInStage(household, on);
        if (stage == HouseholdStage::Stage1) {
            target = m_targets.stage1Days;
            card.daysText = tr("%1 in stage 1").arg(daysPhrase(*card.days));
        } else if (stage == HouseholdStage::Stage2) {
            target = m_targets.stage2Days;
            card.daysText = tr("%1 in stage 2").arg(daysPhrase(*card.days));
        } else {
            card.daysText = tr("%1 in this stage").arg(daysPhrase(*card.days));
        }
        break;
    }
    if (target > 0 && card.days) {
        if (*card.days > target) {
            card.status = TargetStatus::OverTarget;
            card.overBy = *card.days - target;
            card.targetText = tr("Over target by %1").arg(daysPhrase(card.overBy));
        } else {
            card.status = TargetStatus::WithinTarget;
            card.targetText = tr("Within the %1-day target").arg(target);
        }
    }
    return card;
}

QString PipelineModel::placeOf(const AdopterHousehold& household) const
{
    if (household.source != domain::AdopterSource::OwnAgency)
        return tr("%1 (%2)").arg(household.sourceAgency,
                                 domain::adopterSourceLabel(household.source).toLower());
    const domain::Hub* hub = m_workspace ? m_workspace->agency().hub(household.hubCode) : nullptr;
    return hub ? hub->name : household.hubCode;
}

int PipelineModel::columnOf(HouseholdStage stage) const
{
    return static_cast<int>(boardStages().indexOf(stage));
}

const PipelineModel::Card* PipelineModel::cardAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == columnId)
        return nullptr;
    const auto& cards = m_columns.at(index.internalId() - 1).cards;
    return &cards.at(static_cast<std::size_t>(index.row()));
}

QString PipelineModel::columnTitle(const Column& column)
{
    return tr("%1 (%2)").arg(domain::householdStageLabel(column.stage)).arg(column.total);
}

QString PipelineModel::moreText(const Column& column)
{
    const int more = column.total - static_cast<int>(column.cards.size());
    return more > 0 ? tr("+%1 more: use the list's stage filter").arg(more) : QString();
}

QModelIndex PipelineModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, columnId);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex PipelineModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == columnId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, columnId);
}

int PipelineModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_columns.size());
    if (parent.internalId() != columnId || parent.column() != 0)
        return 0;
    return static_cast<int>(m_columns.at(static_cast<std::size_t>(parent.row())).cards.size());
}

int PipelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() && parent.internalId() != columnId ? 0 : 1;
}

QVariant PipelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const Card* card = cardAt(index))
        return cardData(*card, role);
    const Column& column = m_columns.at(static_cast<std::size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return columnTitle(column);
    case StageRole:
        return static_cast<int>(column.stage);
    case TotalRole:
        return column.total;
    case MoreRole:
        return column.total - static_cast<int>(column.cards.size());
    default:
        return {};
    }
}

QVariant PipelineModel::cardData(const Card& card, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        QStringList lines{card.name, card.place, card.daysText};
        if (!card.targetText.isEmpty())
            lines << card.targetText;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        QStringList parts{card.name, card.reference, card.place, card.daysText};
        if (!card.targetText.isEmpty())
            parts << card.targetText;
        return parts.join(QStringLiteral(", "));
    }
    case Qt::BackgroundRole:
        // Colour repeats what the text says; it never says anything alone.
        if (card.status == TargetStatus::OverTarget)
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        if (card.status == TargetStatus::WithinTarget)
            return QBrush(QColor(0xd8, 0xef, 0xdc));
        return {};
    case Qt::ForegroundRole:
        if (card.status != TargetStatus::NoTarget)
            return QBrush(QColor(0x20, 0x20, 0x20));
        return {};
    case IdRole:
        return card.id.value;
    case DaysRole:
        return card.days ? QVariant(card.days.value()) : QVariant();
    case TargetStatusRole:
        return static_cast<int>(card.status);
    case OverByRole:
        return card.overBy;
    default:
        return {};
    }
}

} // namespace permanence::presentation
