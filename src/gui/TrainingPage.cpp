#include "gui/TrainingPage.h"

#include "gui/WidgetPrompts.h"
#include "presentation/AttendanceModel.h"
#include "presentation/TrainingEventListModel.h"
#include "services/TrainingRegister.h"
#include "services/Workspace.h"
#include "ui_TrainingPage.h"

#include <QHeaderView>
#include <QSignalBlocker>

namespace permanence::gui {

using domain::TrainingEvent;

TrainingPage::TrainingPage(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::TrainingPage>()),
      m_events(new presentation::TrainingEventListModel(this)),
      m_attendance(new presentation::AttendanceModel(this)),
      m_ownPrompts(std::make_unique<WidgetPrompts>(this)), m_prompts(m_ownPrompts.get())
{
    m_ui->setupUi(this);
    m_ui->eventsTable->setModel(m_events);
    m_ui->eventsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->eventsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->eventsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->eventsTable->verticalHeader()->hide();
    m_ui->eventsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->attendanceList->setModel(m_attendance);
    m_ui->eventProblemsGroup->hide();
    for (const auto kind :
         {domain::TrainingKind::Preparation, domain::TrainingKind::EarlyPermanence,
          domain::TrainingKind::BrothersAndSisters, domain::TrainingKind::FamilyAndFriends,
          domain::TrainingKind::Further})
        m_ui->kindCombo->addItem(domain::trainingKindLabel(kind), static_cast<int>(kind));

    connect(m_ui->eventsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TrainingPage::onEventChosen);
    connect(m_ui->newEventButton, &QPushButton::clicked, this, &TrainingPage::startNewEvent);
    connect(m_ui->saveEventButton, &QPushButton::clicked, this, &TrainingPage::saveEvent);
    connect(m_ui->attendeeSearchEdit, &QLineEdit::textChanged, m_attendance,
            &presentation::AttendanceModel::setSearchText);
    connect(m_attendance, &presentation::AttendanceModel::attendanceChanged, this,
            &TrainingPage::showAttendanceCount);
    connect(m_attendance, &QAbstractItemModel::modelReset, this,
            &TrainingPage::showAttendanceCount);
    setEnabled(false);
}

TrainingPage::~TrainingPage() = default;

void TrainingPage::setWorkspace(services::Workspace* workspace)
{
    m_workspace = workspace;
    m_events->setWorkspace(workspace);
    m_attendance->setWorkspace(workspace);
    m_ui->eventsTable->resizeColumnsToContents();
    setEnabled(workspace != nullptr);
    // Another database: whatever was typed for the old one does not belong here.
    load(newEvent());
}

void TrainingPage::setPrompts(presentation::UserPrompts* prompts)
{
    m_prompts = prompts ? prompts : m_ownPrompts.get();
}

TrainingEvent TrainingPage::eventFromFields() const
{
    TrainingEvent event = m_attendance->event();
    event.id = m_loaded.id;
    event.kind = static_cast<domain::TrainingKind>(m_ui->kindCombo->currentData().toInt());
    event.title = m_ui->titleEdit->text().trimmed();
    event.start = m_ui->startDate->date();
    event.end = m_ui->endDate->date();
    event.trainer = m_ui->trainerEdit->text().trimmed();
    return event;
}

bool TrainingPage::isModified() const
{
    return eventFromFields() != m_loaded;
}

bool TrainingPage::editEvent(const TrainingEvent& event)
{
    if (isModified() && m_workspace) {
        using Choice = presentation::UserPrompts::UnsavedChanges;
        const QString name =
            m_loaded.title.isEmpty() ? tr("the new training event") : m_loaded.title;
        switch (m_prompts->askUnsavedChanges(name)) {
        case Choice::Save:
            if (!saveEvent())
                return false;
            break;
        case Choice::Discard:
            break;
        case Choice::KeepEditing:
            return false;
        }
    }
    load(event);
    return true;
}

void TrainingPage::load(const TrainingEvent& event)
{
    m_loaded = event;
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(static_cast<int>(event.kind)));
    m_ui->titleEdit->setText(event.title);
    m_ui->startDate->setDate(event.start);
    m_ui->endDate->setDate(event.end);
    m_ui->trainerEdit->setText(event.trainer);
    m_attendance->setEvent(event);
    m_ui->eventGroup->setTitle(event.id.isValid() ? tr("Event") : tr("New event"));
    m_ui->eventProblemsGroup->hide();
}

TrainingEvent TrainingPage::newEvent() const
{
    const QDate today = m_workspace ? m_workspace->clock().today() : QDate::currentDate();
    TrainingEvent event;
    event.start = today;
    event.end = today;
    return event;
}

void TrainingPage::startNewEvent()
{
    if (editEvent(newEvent())) {
        const QSignalBlocker blocker(m_ui->eventsTable->selectionModel());
        m_ui->eventsTable->clearSelection();
        m_ui->titleEdit->setFocus();
    }
}

void TrainingPage::onEventChosen()
{
    const QModelIndex current = m_ui->eventsTable->currentIndex();
    const TrainingEvent* event = current.isValid() ? m_events->eventAt(current.row()) : nullptr;
    if (event && event->id != m_loaded.id)
        editEvent(*event);
}

bool TrainingPage::saveEvent()
{
    if (!m_workspace)
        return false;
    const TrainingEvent event = eventFromFields();
    if (const domain::Problems problems = domain::validate(event, m_workspace->clock().today());
        !problems.empty()) {
        showProblems(problems);
        return false;
    }
    services::TrainingRegister training(*m_workspace);
    TrainingEvent saved = event;
    if (event.id.isValid()) {
        if (auto done = training.update(event); !done) {
            showProblems(done.error().problems);
            if (done.error().problems.empty())
                m_prompts->showError(tr("Could not save the training event"), done.error().message);
            return false;
        }
    } else {
        auto id = training.create(event);
        if (!id) {
            showProblems(id.error().problems);
            if (id.error().problems.empty())
                m_prompts->showError(tr("Could not save the training event"), id.error().message);
            return false;
        }
        saved.id = *id;
    }
    m_loaded = saved;
    m_attendance->setEvent(saved);
    m_ui->eventGroup->setTitle(tr("Event"));
    m_ui->eventProblemsGroup->hide();
    {
        const QSignalBlocker blocker(m_ui->eventsTable->selectionModel());
        m_events->reload();
        m_ui->eventsTable->selectRow(m_events->rowOf(saved.id));
    }
    return true;
}

void TrainingPage::showProblems(const domain::Problems& problems)
{
    m_ui->eventProblemsList->clear();
    for (const domain::Problem& p : problems)
        m_ui->eventProblemsList->addItem(tr("%1: %2").arg(p.field, p.message));
    m_ui->eventProblemsGroup->setVisible(!problems.empty());
}

void TrainingPage::showAttendanceCount()
{
    const auto n = m_attendance->event().attendees.size();
    m_ui->attendanceCountLabel->setText(n == 1 ? tr("1 household attending")
                                               : tr("%1 households attending").arg(n));
}

} // namespace permanence::gui
