#include "services/Workspace.h"

#include "storage/AgencyRepository.h"
#include "storage/AgencySettingsRepository.h"

namespace permanence::services {

using namespace permanence::domain;

Workspace::Workspace(storage::Database db, const Clock& clock, Actor actor)
    : m_db(std::move(db)), m_clock(clock), m_actor(std::move(actor))
{}

Workspace::~Workspace() = default;

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, const Clock& clock,
                                                   Actor actor)
{
    auto db = storage::Database::open(path);
    if (!db)
        return fail(db.error());
    std::unique_ptr<Workspace> ws(new Workspace(std::move(*db), clock, std::move(actor)));
    auto agency = storage::AgencyRepository(ws->m_db).load();
    if (agency)
        ws->m_agency = std::move(*agency);
    else if (agency.error().code != ErrorCode::NotFound)
        return fail(agency.error());
    return ws;
}

const Agency& Workspace::agency() const
{
    static const Agency none;
    return m_agency ? *m_agency : none;
}

ValidationContext Workspace::validationContext() const
{
    return ValidationContext{m_clock.today(), m_agency ? &*m_agency : nullptr};
}

Status Workspace::setAgency(const Agency& agency)
{
    if (auto problems = validate(agency); !problems.empty())
        return fail(Error::validation(std::move(problems)));
    if (auto saved = storage::AgencyRepository(m_db).save(agency, m_actor); !saved)
        return saved;
    m_agency = agency;
    Q_EMIT agencyChanged();
    return {};
}

Result<std::vector<Child>> Workspace::children(const storage::ChildQuery& q) const
{
    return storage::ChildRepository(m_db).list(q, m_actor);
}

Result<int> Workspace::childCount(const storage::ChildQuery& q) const
{
    return storage::ChildRepository(m_db).count(q, m_actor);
}

Result<Child> Workspace::child(ChildId id) const
{
    return storage::ChildRepository(m_db).get(id, m_actor);
}

Result<ChildId> Workspace::createChild(const Child& child)
{
    if (child.id.isValid())
        return fail(ErrorCode::Invalid, tr("This child is already saved."));
    if (auto problems = validate(child, validationContext()); !problems.empty())
        return fail(Error::validation(std::move(problems)));
    auto id = storage::ChildRepository(m_db).insert(child, m_actor);
    if (id)
        Q_EMIT childrenChanged();
    return id;
}

Status Workspace::updateChild(const Child& child)
{
    if (!child.id.isValid())
        return fail(ErrorCode::Invalid, tr("This child has not been saved yet."));
    if (auto problems = validate(child, validationContext()); !problems.empty())
        return fail(Error::validation(std::move(problems)));
    auto saved = storage::ChildRepository(m_db).update(child, m_actor);
    if (saved)
        Q_EMIT childrenChanged();
    return saved;
}

Result<std::vector<AdopterHousehold>> Workspace::households(const storage::HouseholdQuery& q) const
{
    return storage::HouseholdRepository(m_db).list(q, m_actor);
}

Result<int> Workspace::householdCount(const storage::HouseholdQuery& q) const
{
    return storage::HouseholdRepository(m_db).count(q, m_actor);
}

Result<AdopterHousehold> Workspace::household(HouseholdId id) const
{
    return storage::HouseholdRepository(m_db).get(id, m_actor);
}

Result<QHash<qint64, domain::HouseholdPlacements>>
Workspace::householdPlacements(const std::vector<HouseholdId>& ids) const
{
    return storage::HouseholdRepository(m_db).placements(ids, m_actor);
}

Result<HouseholdId> Workspace::createHousehold(const AdopterHousehold& h)
{
    if (h.id.isValid())
        return fail(ErrorCode::Invalid, tr("This household is already saved."));
    if (auto problems = validate(h, validationContext()); !problems.empty())
        return fail(Error::validation(std::move(problems)));
    auto id = storage::HouseholdRepository(m_db).insert(h, m_actor);
    if (id)
        Q_EMIT householdsChanged();
    return id;
}

Status Workspace::updateHousehold(const AdopterHousehold& h)
{
    if (!h.id.isValid())
        return fail(ErrorCode::Invalid, tr("This household has not been saved yet."));
    if (auto problems = validate(h, validationContext()); !problems.empty())
        return fail(Error::validation(std::move(problems)));
    auto saved = storage::HouseholdRepository(m_db).update(h, m_actor);
    if (saved)
        Q_EMIT householdsChanged();
    return saved;
}

void Workspace::announceBulkChange()
{
    if (auto agency = storage::AgencyRepository(m_db).load())
        m_agency = std::move(*agency);
    Q_EMIT agencyChanged();
    Q_EMIT childrenChanged();
    Q_EMIT householdsChanged();
    Q_EMIT supportCasesChanged();
}

Result<std::optional<QJsonObject>> Workspace::setting(const QString& key) const
{
    return storage::AgencySettingsRepository(m_db).get(key, m_actor);
}

Status Workspace::saveSetting(const QString& key, const QJsonObject& value)
{
    auto saved = storage::AgencySettingsRepository(m_db).put(key, value, m_actor);
    if (saved)
        Q_EMIT settingChanged(key);
    return saved;
}

} // namespace permanence::services
