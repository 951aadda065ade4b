#pragma once

#include "domain/AdopterHousehold.h"
#include "domain/CaseNote.h"
#include "domain/Child.h"
#include "domain/Training.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace permanence::domain {

/// Where an entry of a chronology comes from. Entries are never typed twice: each is read off
/// the fact it reports (a milestone date, a panel's recommendation, a note).
enum class ChronologySource
{
    Journey,   ///< a milestone of the child's or household's journey
    Placement, ///< a link, match, move or disruption
    Panel,     ///< a panel recommendation or an agency decision
    Training,  ///< a training event attended
    Support,   ///< adoption support
    CaseNote,  ///< a note someone wrote
};
[[nodiscard]] QString chronologySourceLabel(ChronologySource source);

/// One dated line of a chronology: what happened on `date`, with its detail. Notes also carry
/// who wrote them, when, and whether they record fact, opinion or third-party information.
struct ChronologyEntry
{
    QDate date;
    ChronologySource source = ChronologySource::Journey;
    QString event;  ///< "Placement order granted", "Case note"
    QString detail; ///< "Fostering for adoption with the Greens", the note's text
    QString recordedBy;
    QDateTime recordedAt;
    std::optional<NoteKind> noteKind;
    /// Orders entries of the same day: later steps of a journey first (newest first).
    int sequence = 0;

    bool operator==(const ChronologyEntry&) const = default;
};

/// Newest first: by date, then time recorded, then later journey steps first.
void sortNewestFirst(std::vector<ChronologyEntry>& entries);

/// A child's own facts as a chronology: birth, each milestone reached, early permanence and
/// foster-carer moves, disrupted placements, a plan change or a halt in family finding, and the
/// notes. Not sorted; add other sources' entries, then sortNewestFirst.
[[nodiscard]] std::vector<ChronologyEntry> chronologyOf(const Child& child,
                                                        const std::vector<CaseNote>& notes);

/// A household's own facts: its journey dates, pauses, withdrawal and de-registration, the
/// training it attended, and the notes.
[[nodiscard]] std::vector<ChronologyEntry>
chronologyOf(const AdopterHousehold& household, const std::vector<CaseNote>& notes,
             const std::vector<TrainingEvent>& trainingAttended);

/// What a household's chronology says of each child placed with it: linked, matched, moved in,
/// adopted (from the child's own dates, so the two records never disagree).
[[nodiscard]] std::vector<ChronologyEntry> placementEntriesFor(const Child& child);

} // namespace permanence::domain
