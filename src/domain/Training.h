#pragma once

#include "domain/AdopterHousehold.h"
#include "domain/Ids.h"
#include "domain/Problem.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace permanence::domain {

/// Adopter training (003 §2.4). Since October 2023 the early permanence and adopting brothers
/// and sisters modules are mandatory before panel.
enum class TrainingKind
{
    Preparation,
    EarlyPermanence,
    BrothersAndSisters,
    FamilyAndFriends,
    Further
};
[[nodiscard]] QString trainingKindLabel(TrainingKind kind);
[[nodiscard]] const QList<TrainingKind>& allTrainingKinds();
/// Short stable code for storage and files ("preparation", "early-permanence",
/// "brothers-sisters", "family-friends", "further"); never changes with a label.
[[nodiscard]] QString trainingKindCode(TrainingKind kind);
[[nodiscard]] std::optional<TrainingKind> trainingKindFromCode(const QString& code);

struct TrainingEventId
{
    qint64 value = 0;
    [[nodiscard]] bool isValid() const { return value > 0; }
    auto operator<=>(const TrainingEventId&) const = default;
};

struct TrainingEvent
{
    TrainingEventId id;
    TrainingKind kind = TrainingKind::Preparation;
    QString title;
    QDate start;
    QDate end; ///< preparation runs over three days
    QString trainer;
    QList<HouseholdId> attendees;

    bool operator==(const TrainingEvent&) const = default;
};

/// Every problem at once: a title and a start date are required; the end (null for a one-day
/// event) is not before the start; attendance is only recorded for events that have started by
/// `today` (events themselves may be planned ahead); every attendee is a saved household, listed
/// once.
[[nodiscard]] Problems validate(const TrainingEvent& event, QDate today);

/// The date from which the early permanence and brothers & sisters modules are mandatory (a
/// setting; this is 003's date).
inline const QDate mandatoryModulesFrom{2023, 10, 1};

/// Mandatory modules the household had not attended by its approval panel (or by `on` when
/// it has no panel date on or before `on`), for panels on or after `mandatoryFrom`. Empty when
/// none missing. A module counts as attended when an event of that kind lists the household and
/// starts on or before the panel (or `on`). Missing modules are listed EarlyPermanence first,
/// then BrothersAndSisters. Inter-agency households (approved by another agency, which trains
/// them) never have missing modules: this agency holds no register for them.
[[nodiscard]] QList<TrainingKind>
missingMandatoryTraining(const AdopterHousehold& household, const QList<TrainingEvent>& events,
                         QDate on, QDate mandatoryFrom = mandatoryModulesFrom);

} // namespace permanence::domain
