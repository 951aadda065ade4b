#pragma once

#include "domain/Training.h"

#include <QPointer>
#include <QWidget>
#include <memory>

namespace Ui {
class TrainingPage;
}

namespace permanence::services {
class Workspace;
}

namespace permanence::presentation {
class AttendanceModel;
class TrainingEventListModel;
class UserPrompts;
} // namespace permanence::presentation

namespace permanence::gui {

/// Adopter training, reached from the Adopters area: the events (preparation, early
/// permanence, brothers and sisters, further courses), one event's details and its attendance
/// register with a tick per household. Save writes the event and its register together.
class TrainingPage : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingPage(QWidget* parent = nullptr);
    ~TrainingPage() override;

    /// Not owned; nullptr empties the page.
    void setWorkspace(services::Workspace* workspace);
    /// Not owned; nullptr uses real dialogs.
    void setPrompts(presentation::UserPrompts* prompts);

    [[nodiscard]] presentation::TrainingEventListModel* events() const { return m_events; }
    [[nodiscard]] presentation::AttendanceModel* attendance() const { return m_attendance; }

    /// Shows an event (or a new one) for editing; asks first if the current one has unsaved
    /// changes, and returns false when the user keeps editing it.
    bool editEvent(const domain::TrainingEvent& event);
    void startNewEvent();
    /// Saves the event and its register; shows every problem and returns false if refused.
    bool saveEvent();
    [[nodiscard]] bool isModified() const;

private:
    [[nodiscard]] domain::TrainingEvent eventFromFields() const;
    [[nodiscard]] domain::TrainingEvent newEvent() const;
    void load(const domain::TrainingEvent& event);
    void onEventChosen();
    void showAttendanceCount();
    void showProblems(const domain::Problems& problems);

    std::unique_ptr<Ui::TrainingPage> m_ui;
    presentation::TrainingEventListModel* m_events;
    presentation::AttendanceModel* m_attendance;
    QPointer<services::Workspace> m_workspace;
    std::unique_ptr<presentation::UserPrompts> m_ownPrompts;
    presentation::UserPrompts* m_prompts;
    domain::TrainingEvent m_loaded;
};

} // namespace permanence::gui
