#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace permanence::storage {

class Database;

/// Agency-wide settings (matching weights, quorum rules, bank holidays, fund limits, targets by
/// year…), each a JSON object under a stable key such as "matching.weights". The layer that
/// owns a setting turns it into its typed value and back; this class only keeps the documents,
/// so adding a setting needs no migration. Every write is stamped and audited.
class AgencySettingsRepository
{
public:
    explicit AgencySettingsRepository(const Database& db) : m_db(db) {}

    /// The document saved under `key`, or nullopt when none has been saved (use the default).
    [[nodiscard]] domain::Result<std::optional<QJsonObject>> get(const QString& key,
                                                                 const domain::Actor& actor) const;
    /// Saves `value` under `key`, replacing what was there, in one transaction.
    [[nodiscard]] domain::Status put(const QString& key, const QJsonObject& value,
                                     const domain::Actor& actor);
    /// Forgets `key`, so its default applies again.
    [[nodiscard]] domain::Status remove(const QString& key, const domain::Actor& actor);

private:
    const Database& m_db;
};

} // namespace permanence::storage
