#include "gui/ChildJourneyTab.h"

#include "gui/FormFields.h"
#include "gui/NotReachedDateEdit.h"
#include "presentation/ChildEditor.h"
#include "presentation/JourneyTimeline.h"
#include "ui_ChildJourneyTab.h"

#include <QCoreApplication>

namespace permanence::gui {

using domain::Milestone;
using presentation::ChildEditor;

namespace {
QString childField(const char* text)
{
    return QCoreApplication::translate("Child", text);
}
} // namespace

ChildJourneyTab::ChildJourneyTab(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ChildJourneyTab>())
{
    m_ui->setupUi(this);
    m_ui->authorityCombo->addItem(tr("Placement order"),
                                  static_cast<int>(domain::PlacementAuthority::PlacementOrder));
    m_ui->authorityCombo->addItem(tr("Parental consent (section 19)"),
                                  static_cast<int>(domain::PlacementAuthority::Consent));
    m_ui->earlyPermanenceKindCombo->addItem(
        tr("Fostering for adoption"),
        static_cast<int>(domain::EarlyPermanenceKind::FosteringForAdoption));
    m_ui->earlyPermanenceKindCombo->addItem(
        tr("Concurrency"), static_cast<int>(domain::EarlyPermanenceKind::Concurrency));
    m_ui->earlyPermanenceEdit->setCheckText(tr("Placed"));
    m_ui->earlyPermanenceEdit->setEmptyText(tr("Not placed"));
    m_ui->movedInWithCarersEdit->setCheckText(tr("Known"));
    m_ui->movedInWithCarersEdit->setEmptyText(tr("Not recorded"));
    m_ui->planChangeEdit->setCheckText(tr("Changed"));
    m_ui->planChangeEdit->setEmptyText(tr("Plan is adoption"));
    m_ui->stopEdit->setCheckText(tr("Stopped"));
    m_ui->stopEdit->setEmptyText(tr("Not stopped"));

    for (Milestone m : domain::allMilestones())
        m_fields.insert(domain::milestoneLabel(m), milestoneEdit(m));
    m_fields.insert(childField("Early permanence placement"), m_ui->earlyPermanenceEdit);
    m_fields.insert(childField("Moved in with foster carers"), m_ui->movedInWithCarersEdit);
    m_fields.insert(childField("Plan changed"), m_ui->planChangeEdit);
    m_fields.insert(childField("Plan change reason"), m_ui->planChangeReasonEdit);
    m_fields.insert(childField("Family finding stopped"), m_ui->stopEdit);
    m_fields.insert(childField("Family finding stopped reason"), m_ui->stopReasonEdit);
}

ChildJourneyTab::~ChildJourneyTab() = default;

NotReachedDateEdit* ChildJourneyTab::milestoneEdit(Milestone milestone) const
{
    switch (milestone) {
    case Milestone::EnteredCare:
        return m_ui->enteredCareEdit;
    case Milestone::AgencyDecision:
        return m_ui->agencyDecisionEdit;
    case Milestone::PlacementOrder:
        return m_ui->placementOrderEdit;
    case Milestone::FamilyFindingStarted:
        return m_ui->familyFindingStartedEdit;
    case Milestone::Linked:
        return m_ui->linkedEdit;
    case Milestone::MatchingPanel:
        return m_ui->matchingPanelEdit;
    case Milestone::MatchDecision:
        return m_ui->matchDecisionEdit;
    case Milestone::MovedIn:
        return m_ui->movedInEdit;
    case Milestone::AdoptionOrder:
        return m_ui->adoptionOrderEdit;
    }
    return nullptr;
}

void ChildJourneyTab::setEditor(ChildEditor* editor)
{
    m_editor = editor;
    const QDate today = editor->today();
    for (auto* edit : findChildren<NotReachedDateEdit*>())
        edit->setToday(today);
    bindDates();
    bindDetails();
    refresh();
}

void ChildJourneyTab::bindDates()
{
    for (Milestone m : domain::allMilestones())
        connect(milestoneEdit(m), &NotReachedDateEdit::dateChanged, this,
                [this, m](QDate date) { m_editor->setMilestoneDate(m, date); });
    const auto bindDate = [this](NotReachedDateEdit* edit, ChildEditor::Date field) {
        connect(edit, &NotReachedDateEdit::dateChanged, this,
                [this, field](QDate date) { m_editor->setDate(field, date); });
    };
    bindDate(m_ui->earlyPermanenceEdit, ChildEditor::Date::EarlyPermanencePlaced);
    bindDate(m_ui->movedInWithCarersEdit, ChildEditor::Date::MovedInWithCarers);
    bindDate(m_ui->planChangeEdit, ChildEditor::Date::PlanChanged);
    bindDate(m_ui->stopEdit, ChildEditor::Date::FamilyFindingStopped);
}

void ChildJourneyTab::bindDetails()
{
    const auto bindLine = [this](QLineEdit* edit, ChildEditor::Text field) {
        connect(edit, &QLineEdit::textEdited, this,
                [this, field](const QString& text) { m_editor->setText(field, text); });
    };
    bindLine(m_ui->earlyPermanenceCarersEdit, ChildEditor::Text::EarlyPermanenceCarers);
    bindLine(m_ui->planChangeReasonEdit, ChildEditor::Text::PlanChangeReason);
    bindLine(m_ui->newPlanEdit, ChildEditor::Text::PlanChangeNewPlan);
    bindLine(m_ui->stopReasonEdit, ChildEditor::Text::FamilyFindingStopReason);
    connect(m_ui->authorityCombo, &QComboBox::activated, this, [this] {
        m_editor->setAuthority(
            static_cast<domain::PlacementAuthority>(m_ui->authorityCombo->currentData().toInt()));
    });
    connect(m_ui->earlyPermanenceKindCombo, &QComboBox::activated, this, [this] {
        m_editor->setEarlyPermanenceKind(static_cast<domain::EarlyPermanenceKind>(
            m_ui->earlyPermanenceKindCombo->currentData().toInt()));
    });
    connect(m_ui->fosterCarerCheck, &QCheckBox::toggled, this,
            [this](bool on) { m_editor->setFosterCarerAdoption(on); });
}

void ChildJourneyTab::refresh()
{
    if (!m_editor)
        return;
    const domain::Child& c = m_editor->draft();
    const auto show = [](NotReachedDateEdit* edit, QDate date) {
        const QSignalBlocker blocker(edit);
        edit->setDate(date);
    };
    for (Milestone m : domain::allMilestones())
        show(milestoneEdit(m), c.journey.date(m));
    show(m_ui->earlyPermanenceEdit, c.journey.earlyPermanencePlaced);
    show(m_ui->movedInWithCarersEdit, c.journey.movedInWithCarers);
    show(m_ui->planChangeEdit, c.planChange.date);
    show(m_ui->stopEdit, c.familyFindingStop.date);
    showText(m_ui->earlyPermanenceCarersEdit, c.journey.earlyPermanenceCarers);
    showText(m_ui->planChangeReasonEdit, c.planChange.reason);
    showText(m_ui->newPlanEdit, c.planChange.newPlan);
    showText(m_ui->stopReasonEdit, c.familyFindingStop.reason);
    showData(m_ui->authorityCombo, static_cast<int>(c.journey.authority));
    showData(m_ui->earlyPermanenceKindCombo, static_cast<int>(c.journey.earlyPermanenceKind));
    {
        const QSignalBlocker blocker(m_ui->fosterCarerCheck);
        m_ui->fosterCarerCheck->setChecked(c.journey.fosterCarerAdoption);
    }
    // Details of an arrangement only matter once it exists; greyed out, they say so.
    const bool placedEarly = c.journey.earlyPermanencePlaced.isValid();
    m_ui->earlyPermanenceKindCombo->setEnabled(placedEarly);
    m_ui->earlyPermanenceCarersEdit->setEnabled(placedEarly);
    m_ui->movedInWithCarersEdit->setEnabled(c.journey.fosterCarerAdoption ||
                                            c.journey.movedInWithCarers.isValid());
    m_ui->timelineWidget->setTimeline(presentation::JourneyTimeline::of(c, m_editor->today()));
}

} // namespace permanence::gui
