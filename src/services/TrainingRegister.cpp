#include "services/TrainingRegister.h"

#include "services/Workspace.h"
#include "storage/TrainingRepository.h"

#include <QCoreApplication>

namespace permanence::services {

using namespace permanence::domain;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TrainingRegister", text);
}

} // namespace

Result<std::vector<TrainingEvent>> TrainingRegister::events(QDate from, QDate to) const
{
    return storage::TrainingRepository(m_ws.database()).list(from, to, m_ws.actor());
}

Result<TrainingEvent> TrainingRegister::event(TrainingEventId id) const
{
    return storage::TrainingRepository(m_ws.database()).get(id, m_ws.actor());
}

Result<std::vector<TrainingEvent>> TrainingRegister::attendedBy(HouseholdId household) const
{
    return storage::TrainingRepository(m_ws.database()).attendedBy(household, m_ws.actor());
}

Result<TrainingEventId> TrainingRegister::create(const TrainingEvent& event)
{
    if (event.id.isValid())
        return fail(ErrorCode::Invalid, tr("This training event has already been saved."));
    if (auto problems = validate(event, m_ws.clock().today()); !problems.empty())
        return fail(Error::validation(std::move(problems)));
    auto id = storage::TrainingRepository(m_ws.database()).insert(event, m_ws.actor());
    // Attendance changes what a household's record shows (its training, the mandatory-module
    // warning on the pipeline board), so listeners to households hear of it.
    if (id)
        m_ws.announceHouseholdsChanged();
    return id;
}

Status TrainingRegister::update(const TrainingEvent& event)
{
    if (!event.id.isValid())
        return fail(ErrorCode::Invalid, tr("This training event has not been saved yet."));
    if (auto problems = validate(event, m_ws.clock().today()); !problems.empty())
        return fail(Error::validation(std::move(problems)));
    auto saved = storage::TrainingRepository(m_ws.database()).update(event, m_ws.actor());
    if (saved)
        m_ws.announceHouseholdsChanged();
    return saved;
}

} // namespace permanence::services
