#include "domain/Dates.h"
#include "domain/FamilyFinding.h"
#include "presentation/ChildListModel.h"
#include "presentation/CountText.h"

#include <QStringList>

// The words of the child list's derived columns, apart from the model's bookkeeping.
namespace permanence::presentation {

using domain::Child;

QString ChildListModel::stageText(const Child& child, QDate today)
{
    using domain::FamilyFindingStatus;
    const domain::ChildJourney& j = child.journey;
    const FamilyFindingStatus status = domain::familyFindingStatus(child, today);
    // The fact that decided the status, so the list also says since when.
    QDate since;
    switch (status) {
    case FamilyFindingStatus::NoPlan:
        break;
    case FamilyFindingStatus::AwaitingPlacementOrder:
        since = j.agencyDecision;
        break;
    case FamilyFindingStatus::ActivelyFamilyFinding:
        since = j.placementOrder;
        break;
    case FamilyFindingStatus::Linked:
        since = j.linked;
        break;
    case FamilyFindingStatus::MatchedMovingIn:
        since = j.matchDecision;
        break;
    case FamilyFindingStatus::Placed:
        since = j.movedIn;
        break;
    case FamilyFindingStatus::Adopted:
        since = j.adoptionOrder;
        break;
    case FamilyFindingStatus::Stopped:
        since = child.familyFindingStop.date;
        break;
    case FamilyFindingStatus::PlanChanged:
        since = child.planChange.date;
        break;
    }
    const QString label = domain::statusLabel(status);
    if (!since.isValid())
        return label;
    return tr("%1 (since %2)").arg(label, domain::formatDate(since));
}

QString ChildListModel::daysWaitingText(const Child& child, QDate today, int longWaitDays)
{
    const auto days = domain::daysWaitingSincePlacementOrder(child, today);
    if (!days)
        return {};
    // The words carry the long wait; the shading only repeats it.
    if (*days >= longWaitDays)
        return tr("%1, long wait").arg(dayCountText(static_cast<int>(*days)));
    return dayCountText(static_cast<int>(*days));
}

QString ChildListModel::priorityText(const Child& child, QDate today)
{
    const domain::PriorityFlags flags = domain::priorityFlags(child, today);
    QStringList parts;
    if (flags.agedFiveOrOver)
        parts << tr("5+");
    if (flags.inSiblingGroup)
        parts << tr("siblings");
    if (flags.ethnicityOtherThanWhiteBritish)
        parts << tr("ethnicity");
    if (flags.disability)
        parts << tr("disability");
    return parts.join(tr(", "));
}

} // namespace permanence::presentation
