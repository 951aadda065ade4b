#pragma once

#include "domain/Ids.h"
#include "domain/Placement.h"
#include "domain/Result.h"

#include <QPointer>
#include <QWidget>
#include <memory>

namespace Ui {
class MatchingPage;
}

namespace permanence::services {
class Workspace;
}

namespace permanence::presentation {
class ChildListModel;
class ExcludedHouseholdModel;
class RankedHouseholdModel;
class ScoreBreakdownModel;
class TrackerModel;
class UserPrompts;
} // namespace permanence::presentation

namespace permanence::gui {

/// The family finder's workspace. "Find a family": a searchable, paged list of children waiting
/// for a family; choosing one ranks every household for the child or the sibling group placed
/// with them, with score bars, the parts of the selected household's score, the households that
/// cannot take them (collapsed) with every reason, and Link…. "Links and matches": the current
/// links, matches and placements with their dates and days waiting, where each next step is
/// recorded through a small dialog. Every check is the domain's (services::Placements).
class MatchingPage : public QWidget
{
    Q_OBJECT

public:
    explicit MatchingPage(QWidget* parent = nullptr);
    ~MatchingPage() override;

    /// Not owned; nullptr empties the page.
    void setWorkspace(services::Workspace* workspace);
    /// Where questions and errors go (tests script them); nullptr restores the dialogs.
    void setPrompts(presentation::UserPrompts* prompts);

    [[nodiscard]] presentation::ChildListModel* childrenModel() const { return m_children; }
    [[nodiscard]] presentation::RankedHouseholdModel* rankedModel() const { return m_ranked; }
    [[nodiscard]] presentation::ScoreBreakdownModel* breakdownModel() const { return m_breakdown; }
    [[nodiscard]] presentation::ExcludedHouseholdModel* excludedModel() const { return m_excluded; }
    [[nodiscard]] presentation::TrackerModel* trackerModel() const { return m_tracker; }

    /// Ranks the households for the child (and the siblings placed with them).
    void chooseChild(domain::ChildId child);
    [[nodiscard]] domain::ChildId chosenChild() const { return m_child; }
    /// Selects a ranked household and shows the parts of its score.
    void selectHousehold(int row);
    /// Links the chosen child (or group) with the selected household, as Link… does after its
    /// dialog; errors go to the prompts. True when recorded.
    bool linkSelected(QDate date, const QString& familyFinder);
    /// Records a step for the tracker row, as the dialogs do; a match decision asks to
    /// confirm first (it cannot be undone here). True when recorded.
    bool recordStep(int trackerRow, domain::WorkflowStep step, QDate date);
    void refreshTracker();

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// Works the tracker and the ranking out again now when the page shows, else on showing.
    void onRecordsChanged();
    void onChildSelected();
    void onHouseholdSelected();
    void showExcluded(bool shown);
    void link();
    void recordNextStep();
    void recordIntroductions();
    void recordFee();
    void endLink();
    void recordDisruption();
    void updateTrackerButtons();
    [[nodiscard]] int currentTrackerRow() const;
    [[nodiscard]] QString trackerRowName(int row) const;
    /// True when `status` succeeded; otherwise shows every problem under `title`.
    bool report(const QString& title, const domain::Status& status);

    std::unique_ptr<Ui::MatchingPage> m_ui;
    std::unique_ptr<presentation::UserPrompts> m_ownPrompts;
    presentation::UserPrompts* m_prompts;
    presentation::ChildListModel* m_children;
    presentation::RankedHouseholdModel* m_ranked;
    presentation::ScoreBreakdownModel* m_breakdown;
    presentation::ExcludedHouseholdModel* m_excluded;
    presentation::TrackerModel* m_tracker;
    QPointer<services::Workspace> m_workspace;
    domain::ChildId m_child;
    bool m_stale = false; ///< records changed while the page was hidden
};

} // namespace permanence::gui
