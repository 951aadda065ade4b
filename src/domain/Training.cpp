#include "domain/Training.h"

#include "domain/Dates.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace permanence::domain {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Training", text);
}

bool attended(const TrainingEvent& event, HouseholdId household, QDate by)
{
    return event.start.isValid() && event.start <= by && event.attendees.contains(household);
}

} // namespace

QString trainingKindLabel(TrainingKind kind)
{
    switch (kind) {
    case TrainingKind::Preparation:
        return tr("Preparation");
    case TrainingKind::EarlyPermanence:
        return tr("Early permanence");
    case TrainingKind::BrothersAndSisters:
        return tr("Adopting brothers and sisters");
    case TrainingKind::FamilyAndFriends:
        return tr("Family and friends");
    case TrainingKind::Further:
        return tr("Further training");
    }
    return {};
}

const QList<TrainingKind>& allTrainingKinds()
{
    static const QList<TrainingKind> kinds = {
        TrainingKind::Preparation, TrainingKind::EarlyPermanence, TrainingKind::BrothersAndSisters,
        TrainingKind::FamilyAndFriends, TrainingKind::Further};
    return kinds;
}

QString trainingKindCode(TrainingKind kind)
{
    switch (kind) {
    case TrainingKind::Preparation:
        return QStringLiteral("preparation");
    case TrainingKind::EarlyPermanence:
        return QStringLiteral("early-permanence");
    case TrainingKind::BrothersAndSisters:
        return QStringLiteral("brothers-sisters");
    case TrainingKind::FamilyAndFriends:
        return QStringLiteral("family-friends");
    case TrainingKind::Further:
        return QStringLiteral("further");
    }
    return {};
}

std::optional<TrainingKind> trainingKindFromCode(const QString& code)
{
    for (TrainingKind kind : allTrainingKinds())
        if (trainingKindCode(kind) == code)
            return kind;
    return std::nullopt;
}

Problems validate(const TrainingEvent& event, QDate today)
{
    Problems out;
    if (event.title.trimmed().isEmpty())
        out.push_back({tr("Title"), QStringLiteral("required"), tr("Give the event a title.")});
    if (!event.start.isValid())
        out.push_back(
            {tr("Start"), QStringLiteral("required"), tr("The event needs a start date.")});
    if (event.start.isValid() && event.end.isValid() && event.end < event.start)
        out.push_back({tr("End"), QStringLiteral("training.order"),
                       tr("The event ends %1, before it starts %2.")
                           .arg(formatDate(event.end), formatDate(event.start))});
    // Events are planned ahead, so a future date is fine; a register of who came is not.
    if (!event.attendees.isEmpty() && event.start.isValid() && today.isValid() &&
        event.start > today)
        out.push_back({tr("Attendance"), QStringLiteral("training.attendance-in-future"),
                       tr("Attendance cannot be recorded for an event that starts %1, after "
                          "today.")
                           .arg(formatDate(event.start))});
    QSet<qint64> seen;
    bool unsaved = false;
    bool duplicate = false;
    for (const HouseholdId& household : event.attendees) {
        if (!household.isValid())
            unsaved = true;
        else if (seen.contains(household.value))
            duplicate = true;
        seen.insert(household.value);
    }
    if (unsaved)
        out.push_back({tr("Attendance"), QStringLiteral("training.unsaved-household"),
                       tr("Save a household before adding it to the register.")});
    if (duplicate)
        out.push_back({tr("Attendance"), QStringLiteral("training.duplicate-attendee"),
                       tr("A household is listed more than once on the register.")});
    return out;
}

QList<TrainingKind> missingMandatoryTraining(const AdopterHousehold& household,
                                             const QList<TrainingEvent>& events, QDate on,
                                             QDate mandatoryFrom)
{
    // Other agencies train the households they approve; this agency holds no register for them.
    if (household.source != AdopterSource::OwnAgency)
        return {};
    const QDate panel = household.journey.panel;
    const QDate by = (panel.isValid() && panel <= on) ? panel : on;
    if (!by.isValid() || !mandatoryFrom.isValid() || by < mandatoryFrom)
        return {};
    QList<TrainingKind> missing;
    for (TrainingKind kind : {TrainingKind::EarlyPermanence, TrainingKind::BrothersAndSisters}) {
        const bool done = std::any_of(events.cbegin(), events.cend(), [&](const TrainingEvent& e) {
            return e.kind == kind && attended(e, household.id, by);
        });
        if (!done)
            missing << kind;
    }
    return missing;
}

} // namespace permanence::domain
