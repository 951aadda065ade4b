#include "services/CaseNotes.h"

#include "services/Workspace.h"
#include "storage/CaseNoteRepository.h"

#include <QCoreApplication>
#include <QDateTime>

namespace permanence::services {

using namespace permanence::domain;

Result<std::vector<CaseNote>> CaseNotes::forChild(ChildId child) const
{
    return storage::CaseNoteRepository(m_ws.database()).forChild(child, m_ws.actor());
}

Result<std::vector<CaseNote>> CaseNotes::forHousehold(HouseholdId household) const
{
    return storage::CaseNoteRepository(m_ws.database()).forHousehold(household, m_ws.actor());
}

Result<CaseNoteId> CaseNotes::add(const CaseNote& note)
{
    if (note.id.isValid())
        return fail(ErrorCode::Invalid, QCoreApplication::translate(
                                            "CaseNotes", "This case note has already been saved."));
    CaseNote signedNote = note;
    signedNote.author = m_ws.actor().userId;
    signedNote.recordedAt = QDateTime::currentDateTimeUtc();
    if (auto problems = validate(signedNote, m_ws.clock().today()); !problems.empty())
        return fail(Error::validation(std::move(problems)));

    // A note on a record that does not exist is "not found", not a foreign-key failure.
    if (signedNote.child.isValid()) {
        if (auto child = m_ws.child(signedNote.child); !child)
            return fail(child.error());
    } else if (auto household = m_ws.household(signedNote.household); !household) {
        return fail(household.error());
    }

    auto id = storage::CaseNoteRepository(m_ws.database()).insert(signedNote, m_ws.actor());
    if (!id)
        return id;
    if (signedNote.child.isValid())
        m_ws.announceChildrenChanged();
    else
        m_ws.announceHouseholdsChanged();
    return id;
}

} // namespace permanence::services
