#pragma once

#include "domain/Actor.h"
#include "domain/AdopterHousehold.h"
#include "domain/Agency.h"
#include "domain/Child.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include "storage/ChildRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"

#include <QJsonObject>
#include <QObject>
#include <memory>
#include <vector>

namespace permanence::services {

/// An open database and the use cases on it, for one acting user. Every read and write goes
/// through here (or a service built on it) so that who acts is always known. Writes validate in
/// the domain first, then save in one transaction, then announce the change.
class Workspace : public QObject
{
    Q_OBJECT

public:
    /// Opens (creating and migrating if needed) the database at `path`.
    [[nodiscard]] static domain::Result<std::unique_ptr<Workspace>>
    open(const QString& path, const domain::Clock& clock, domain::Actor actor);

    ~Workspace() override;

    [[nodiscard]] QString path() const { return m_db.path(); }
    [[nodiscard]] const domain::Clock& clock() const { return m_clock; }
    [[nodiscard]] const domain::Actor& actor() const { return m_actor; }
    [[nodiscard]] storage::Database& database() { return m_db; }

    /// False for a brand-new database that has no agency configured yet.
    [[nodiscard]] bool hasAgency() const { return m_agency.has_value(); }
    /// The agency; an empty Agency when none is configured.
    [[nodiscard]] const domain::Agency& agency() const;
    [[nodiscard]] domain::Status setAgency(const domain::Agency& agency);

    // Children
    [[nodiscard]] domain::Result<std::vector<domain::Child>>
    children(const storage::ChildQuery& q) const;
    [[nodiscard]] domain::Result<int> childCount(const storage::ChildQuery& q = {}) const;
    [[nodiscard]] domain::Result<domain::Child> child(domain::ChildId id) const;
    [[nodiscard]] domain::Result<domain::ChildId> createChild(const domain::Child& child);
    [[nodiscard]] domain::Status updateChild(const domain::Child& child);

    // Adopter households
    [[nodiscard]] domain::Result<std::vector<domain::AdopterHousehold>>
    households(const storage::HouseholdQuery& q) const;
    [[nodiscard]] domain::Result<int> householdCount(const storage::HouseholdQuery& q = {}) const;
    [[nodiscard]] domain::Result<domain::AdopterHousehold> household(domain::HouseholdId id) const;
    /// The earliest link, match and move-in of the children placed with each household that
    /// has any (for stages on lists and the board).
    [[nodiscard]] domain::Result<QHash<qint64, domain::HouseholdPlacements>>
    householdPlacements(const std::vector<domain::HouseholdId>& ids) const;
    [[nodiscard]] domain::Result<domain::HouseholdId>
    createHousehold(const domain::AdopterHousehold& h);
    [[nodiscard]] domain::Status updateHousehold(const domain::AdopterHousehold& h);

    // Agency-wide settings: JSON documents by key ("matching.weights"), typed by the layer that
    // owns each. nullopt means none saved: the owner's default applies.
    [[nodiscard]] domain::Result<std::optional<QJsonObject>> setting(const QString& key) const;
    [[nodiscard]] domain::Status saveSetting(const QString& key, const QJsonObject& value);

    /// Tell listeners that many records changed at once (after an import or the demo fill).
    void announceBulkChange();
    /// Tell listeners that children (or households) changed through a service built on this
    /// workspace (case notes, sibling groups, an import); the signals stay emitted from here.
    void announceChildrenChanged() { Q_EMIT childrenChanged(); }
    void announceHouseholdsChanged() { Q_EMIT householdsChanged(); }
    void announceSupportCasesChanged() { Q_EMIT supportCasesChanged(); }

Q_SIGNALS:
    void agencyChanged();
    void childrenChanged();
    void householdsChanged();
    void supportCasesChanged();
    void settingChanged(const QString& key);

private:
    Workspace(storage::Database db, const domain::Clock& clock, domain::Actor actor);
    [[nodiscard]] domain::ValidationContext validationContext() const;

    storage::Database m_db;
    const domain::Clock& m_clock;
    domain::Actor m_actor;
    std::optional<domain::Agency> m_agency;
};

} // namespace permanence::services
