#pragma once

#include "domain/AdopterHousehold.h"
#include "domain/Ids.h"
#include "domain/Problem.h"

#include <QDate>
#include <QList>
#include <QString>

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

[[nodiscard]] Problems validate(const TrainingEvent& event, QDate today);

/// The date from which the early permanence and brothers & sisters modules are mandatory (a
/// setting; this is 003's date).
inline const QDate mandatoryModulesFrom{2023, 10, 1};

/// Mandatory modules the household had not attended by its approval panel (or by `on` when
/// it has no panel date yet), for panels on or after `mandatoryFrom`. Empty when none missing.
[[nodiscard]] QList<TrainingKind>
missingMandatoryTraining(const AdopterHousehold& household, const QList<TrainingEvent>& events,
                         QDate on, QDate mandatoryFrom = mandatoryModulesFrom);

} // namespace permanence::domain
