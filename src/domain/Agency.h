#pragma once

#include "domain/Problem.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace permanence::domain {

/// A partner council of the agency; it stays responsible for its own children.
struct Council
{
    QString code; ///< short and stable, e.g. "STAFFS"; used on every child record
    QString name; ///< "Staffordshire County Council"

    bool operator==(const Council&) const = default;
};

/// A hub of the hub-and-spoke model (003 §1.2–1.3): the central permanency hub serves the whole
/// region; each locality hub serves one or more councils (Shrewsbury serves two).
struct Hub
{
    QString code;
    QString name;
    bool central = false;
    QStringList councilCodes; ///< councils a locality hub serves; empty for the central hub

    bool operator==(const Hub&) const = default;
};

/// The regional adoption agency's own configuration. Nothing in the product assumes a number
/// of councils: Together4Children has four, Peterborough & Cambridgeshire two.
struct Agency
{
    QString name;
    QList<Council> councils;
    QList<Hub> hubs;

    [[nodiscard]] const Council* council(const QString& code) const;
    [[nodiscard]] const Hub* hub(const QString& code) const;
    /// The locality hub serving a council, or nullptr.
    [[nodiscard]] const Hub* hubServing(const QString& councilCode) const;

    bool operator==(const Agency&) const = default;
};

/// Every problem with an agency's configuration: a name, at least one council, unique codes,
/// every locality hub serving known councils, every council served by exactly one locality hub.
[[nodiscard]] Problems validate(const Agency& agency);

} // namespace permanence::domain
