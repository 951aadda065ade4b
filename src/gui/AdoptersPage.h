#pragma once

#include "domain/Ids.h"
#include "presentation/PipelineModel.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>

class QTableView;

namespace Ui {
class AdoptersPage;
}

namespace permanence::services {
class Workspace;
}

namespace permanence::presentation {
class HouseholdListModel;
class UserPrompts;
struct DisplaySettings;
} // namespace permanence::presentation

namespace permanence::gui {

class HouseholdForm;
class PipelineBoard;
class TrainingPage;

/// The Adopters area: the household list (search, hub, source and stage today), the pipeline
/// board, and training. Each household opens in its own HouseholdForm window; opening one that
/// is already open brings its window forward instead of opening a second copy.
class AdoptersPage : public QWidget
{
    Q_OBJECT

public:
    enum class View
    {
        List,
        Pipeline,
        Training
    };

    explicit AdoptersPage(QWidget* parent = nullptr);
    ~AdoptersPage() override;

    /// Not owned; nullptr empties the page.
    void setWorkspace(services::Workspace* workspace);
    /// Colours the board against the stage targets in `settings` (Edit > Settings).
    void applySettings(const presentation::DisplaySettings& settings);
    /// Not owned; nullptr (the default) uses real dialogs. Tests script the answers here.
    void setPrompts(presentation::UserPrompts* prompts);

    [[nodiscard]] presentation::HouseholdListModel* model() const { return m_model; }
    [[nodiscard]] presentation::PipelineModel* pipeline() const { return m_pipeline; }
    [[nodiscard]] PipelineBoard* board() const { return m_board; }
    [[nodiscard]] TrainingPage* trainingPage() const { return m_training; }
    [[nodiscard]] QTableView* table() const;
    void showView(View view);

    /// Puts the keyboard in the search box with its text selected, ready to type over.
    void focusSearch();

    /// Opens a form for a new household (enquiry today, a reference suggested).
    HouseholdForm* newHousehold();
    /// Opens (or brings forward) the form of a saved household; nullptr if it cannot be read.
    HouseholdForm* openHousehold(domain::HouseholdId id);

    /// Stage targets from the settings "adopters/stage1TargetDays" (60) and
    /// "adopters/stage2TargetDays" (121).

private:
    void fillHubs();
    void fillSources();
    void fillStages();
    void applySearch();
    void applyFilters();
    void showCount();
    void openCurrentRow();
    HouseholdForm* showForm(HouseholdForm* form);
    [[nodiscard]] QString suggestedReference() const;

    std::unique_ptr<Ui::AdoptersPage> m_ui;
    presentation::HouseholdListModel* m_model;
    presentation::PipelineModel* m_pipeline;
    PipelineBoard* m_board;
    TrainingPage* m_training;
    QPointer<services::Workspace> m_workspace;
    presentation::UserPrompts* m_prompts = nullptr;
    QHash<qint64, QPointer<HouseholdForm>> m_openForms;
    QTimer m_searchDelay;
};

} // namespace permanence::gui
