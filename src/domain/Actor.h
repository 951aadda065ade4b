#pragma once

#include <QString>

namespace permanence::domain {

/// Who is acting. Every read and write of a record goes through a repository or service that is
/// told the actor: users, roles, council scoping and the audit trail hang off this seam.
struct Actor
{
    QString userId; ///< login name; "system" for the demo generator and migrations
    bool operator==(const Actor&) const = default;

    [[nodiscard]] static Actor system() { return Actor{QStringLiteral("system")}; }
};

} // namespace permanence::domain
