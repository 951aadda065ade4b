#pragma once

#include "Builders.h"
#include "domain/Clock.h"
#include "services/Workspace.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

namespace permanence::test {

/// A workspace on a fresh database in a temporary folder, with the four-council agency and a
/// fixed "today" of 1 June 2024.
struct WorkspaceFixture
{
    WorkspaceFixture()
    {
        REQUIRE(dir.isValid());
        auto opened = services::Workspace::open(dir.filePath(QStringLiteral("test.sqlite")), clock,
                                                domain::Actor{QStringLiteral("tester")});
        REQUIRE(opened);
        workspace = std::move(*opened);
        REQUIRE(workspace->setAgency(aFourCouncilAgency()));
    }

    domain::ChildId add(const domain::Child& child)
    {
        auto id = workspace->createChild(child);
        INFO((id ? QString() : domain::describe(id.error().problems) + id.error().message)
                 .toStdString());
        REQUIRE(id);
        return *id;
    }

    domain::HouseholdId add(const domain::AdopterHousehold& household)
    {
        auto id = workspace->createHousehold(household);
        INFO((id ? QString() : domain::describe(id.error().problems) + id.error().message)
                 .toStdString());
        REQUIRE(id);
        return *id;
    }

    QTemporaryDir dir;
    domain::FixedClock clock{QDate(2024, 6, 1)};
    std::unique_ptr<services::Workspace> workspace;
};

} // namespace permanence::test
