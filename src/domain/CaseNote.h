#pragma once

#include "domain/Ids.h"
#include "domain/Problem.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace permanence::domain {

/// The record-keeping standard (NMS 27, shared/domain/panels.md §5.6) asks every entry to
/// distinguish fact, opinion and third-party information.
enum class NoteKind
{
    Fact,
    Opinion,
    ThirdParty
};
[[nodiscard]] QString noteKindLabel(NoteKind kind);

struct CaseNoteId
{
    qint64 value = 0;
    [[nodiscard]] bool isValid() const { return value > 0; }
    auto operator<=>(const CaseNoteId&) const = default;
};

/// A dated entry in a child's or household's chronology, signed by its author.
struct CaseNote
{
    CaseNoteId id;
    ChildId child;         ///< set for a child's note
    HouseholdId household; ///< set for a household's note
    QDate date;            ///< when what it records happened
    QDateTime recordedAt;  ///< when it was written (set by storage)
    QString author;        ///< the acting user who wrote it (set by storage)
    NoteKind kind = NoteKind::Fact;
    QString text;

    bool operator==(const CaseNote&) const = default;
};

/// A note belongs to exactly one child or household, has a date not in the future and text.
[[nodiscard]] Problems validate(const CaseNote& note, QDate today);

} // namespace permanence::domain
