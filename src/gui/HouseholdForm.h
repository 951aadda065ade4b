#pragma once

#include "domain/AdopterHousehold.h"
#include "domain/HouseholdStage.h"
#include "presentation/PipelineModel.h"

#include <QDialog>
#include <QPointer>
#include <functional>
#include <memory>

class QComboBox;
class QLineEdit;

namespace Ui {
class HouseholdForm;
}

namespace permanence::services {
class Workspace;
}

namespace permanence::presentation {
class HouseholdEditor;
class UserPrompts;
} // namespace permanence::presentation

namespace permanence::gui {

class NotReachedDateEdit;

/// One adopter household, new or saved, in a window of its own: applicants, journey dates,
/// approval terms, training and case notes. Every edit is an undo step on the form's own
/// stack; Save refuses while anything is wrong and lists every problem by field; closing with
/// unsaved changes asks through UserPrompts.
class ChronologyWindow;

class HouseholdForm : public QDialog
{
    Q_OBJECT

public:
    /// `prompts` is not owned; nullptr uses real dialogs parented to this form.
    HouseholdForm(services::Workspace& workspace, const domain::AdopterHousehold& household,
                  presentation::UserPrompts* prompts, QWidget* parent = nullptr);
    ~HouseholdForm() override;

    void setTargets(presentation::StageTargets targets);
    [[nodiscard]] presentation::HouseholdEditor& editor() const { return *m_editor; }
    [[nodiscard]] domain::HouseholdId householdId() const;

    /// Validates and saves; on refusal shows every problem and returns false.
    bool save();
    /// Opens (or brings forward) the household's chronology; nullptr before the first save.
    ChronologyWindow* showChronology();

public Q_SLOTS:
    /// Closes unless the user keeps editing (or the save they asked for fails).
    void reject() override;

Q_SIGNALS:
    void saved(domain::HouseholdId id);
    /// The user said the new household is an existing one: open that instead.
    void openHouseholdRequested(domain::HouseholdId id);

private:
    /// For a new household: asks whether a likely existing record is the same; true to go on.
    [[nodiscard]] bool confirmNotADuplicate();
    using Edit = std::function<void(domain::AdopterHousehold&)>;

    // HouseholdForm.cpp: lifecycle, refresh, problems.
    void fillChoices();
    void refresh();
    void refreshApplicants();
    void refreshJourney();
    void refreshApproval();
    void refreshTitle();
    void showProblems();
    [[nodiscard]] QString stageSummary() const;
    /// The household's children's link, match and move-in dates (empty while unsaved).
    [[nodiscard]] domain::HouseholdPlacements placements() const;

    // HouseholdFormEdits.cpp: every widget's edit becomes an undo step.
    void connectEdits();
    void connectApplicant(int n);
    void connectJourney();
    void connectApproval();
    void change(const QString& description, const Edit& edit, const QString& mergeKey = {});
    void connectText(QLineEdit* edit, const QString& description,
                     const std::function<void(domain::AdopterHousehold&, const QString&)>& set);
    void connectCombo(QComboBox* combo, const QString& description,
                      const std::function<void(domain::AdopterHousehold&, const QVariant&)>& set);
    void connectDate(NotReachedDateEdit* edit, const QString& description,
                     QDate domain::HouseholdJourney::*member);
    void setSecondApplicant(bool present);
    void addPause();
    void removePause();
    void fillNeedsTable();

    // HouseholdFormRecords.cpp: the training and notes tabs, read from their services.
    void refreshTraining();
    void refreshNotes();
    void addNote();

    std::unique_ptr<Ui::HouseholdForm> m_ui;
    services::Workspace& m_workspace;
    presentation::HouseholdEditor* m_editor;
    std::unique_ptr<presentation::UserPrompts> m_ownPrompts;
    presentation::UserPrompts* m_prompts;
    presentation::StageTargets m_targets;
    QPointer<ChronologyWindow> m_chronology;
    bool m_showProblems = false;
};

} // namespace permanence::gui
