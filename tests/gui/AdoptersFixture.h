#pragma once

#include "Builders.h"
#include "domain/Clock.h"
#include "gui/AdoptersPage.h"
#include "presentation/UserPrompts.h"
#include "services/Workspace.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <memory>

namespace permanence::test {

/// Answers the Adopters area's questions from a script and records what it was asked.
class AdoptersPrompts final : public presentation::UserPrompts
{
public:
    UnsavedChanges unsavedAnswer = UnsavedChanges::KeepEditing;
    QStringList askedAbout;
    QStringList errors;

    QString chooseDatabaseToOpen(const QString&) override { return {}; }
    QString chooseNewDatabasePath(const QString&) override { return {}; }
    void showError(const QString& title, const QString& message) override
    {
        errors << title + QStringLiteral(": ") + message;
    }
    UnsavedChanges askUnsavedChanges(const QString& record) override
    {
        askedAbout << record;
        return unsavedAnswer;
    }
    DuplicateAnswer duplicateAnswer;
    std::vector<domain::LikelyDuplicate> duplicatesShown;
    DuplicateAnswer
    askAboutLikelyDuplicates(const QString&,
                             const std::vector<domain::LikelyDuplicate>& found) override
    {
        duplicatesShown = found;
        return duplicateAnswer;
    }
};

/// The Adopters page on a fresh four-council database, today 1 June 2024, with settings in a
/// temporary folder (stage targets 60 and 121 days).
struct AdoptersFixture
{
    AdoptersFixture()
    {
        REQUIRE(dir.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QCoreApplication::setOrganizationName(QStringLiteral("permanence-adopters-tests"));
        QSettings().clear();
        auto opened = services::Workspace::open(dir.filePath(QStringLiteral("agency.sqlite")),
                                                clock, domain::Actor{QStringLiteral("tester")});
        REQUIRE(opened);
        workspace = std::move(*opened);
        REQUIRE(workspace->setAgency(aFourCouncilAgency()));
    }

    ~AdoptersFixture()
    {
        if (page)
            page->setWorkspace(nullptr);
    }

    /// Shows the page; call after adding the households a test needs.
    gui::AdoptersPage& showPage()
    {
        page = std::make_unique<gui::AdoptersPage>();
        page->setPrompts(&prompts);
        page->setWorkspace(workspace.get());
        page->resize(1400, 800);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        return *page;
    }

    domain::HouseholdId add(const domain::AdopterHousehold& household)
    {
        auto id = workspace->createHousehold(household);
        INFO((id ? QString() : domain::describe(id.error().problems)).toStdString());
        REQUIRE(id);
        return *id;
    }

    QTemporaryDir dir;
    domain::FixedClock clock{QDate(2024, 6, 1)};
    std::unique_ptr<services::Workspace> workspace;
    AdoptersPrompts prompts;
    std::unique_ptr<gui::AdoptersPage> page;
};

template <typename T> T* findIn(const QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

} // namespace permanence::test
