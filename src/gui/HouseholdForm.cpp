#include "gui/HouseholdForm.h"

#include "domain/Agency.h"
#include "domain/CaseNote.h"
#include "domain/Dates.h"
#include "domain/HouseholdStage.h"
#include "gui/WidgetPrompts.h"
#include "presentation/HouseholdEditor.h"
#include "services/DuplicateCheck.h"
#include "services/Workspace.h"
#include "ui_HouseholdForm.h"

#include <QHeaderView>
#include <QSignalBlocker>

namespace permanence::gui {

using domain::AdopterHousehold;
using domain::HouseholdJourney;

namespace {

void setText(QLineEdit* edit, const QString& text)
{
    // Only when different: setText() would move the cursor of the field being typed in.
    if (edit->text() != text) {
        const QSignalBlocker blocker(edit);
        edit->setText(text);
    }
}

void setData(QComboBox* combo, const QVariant& data)
{
    const QSignalBlocker blocker(combo);
    const int index = combo->findData(data);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void setDate(NotReachedDateEdit* edit, QDate date)
{
    const QSignalBlocker blocker(edit);
    edit->setDate(date);
}

template <typename Widget, typename Value> void setValue(Widget* widget, const Value& value)
{
    const QSignalBlocker blocker(widget);
    if constexpr (std::is_same_v<Value, bool>)
        widget->setChecked(value);
    else
        widget->setValue(value);
}

QString sexData(const std::optional<domain::Sex>& sex)
{
    return sex ? domain::sexCode(*sex) : QString();
}

QString days(qint64 n)
{
    return n == 1 ? HouseholdForm::tr("1 day") : HouseholdForm::tr("%1 days").arg(n);
}

QString againstTarget(qint64 n, int target)
{
    if (n > target)
        return HouseholdForm::tr("%1, over the %2-day target by %3")
            .arg(days(n))
            .arg(target)
            .arg(days(n - target));
    return HouseholdForm::tr("%1, within the %2-day target").arg(days(n)).arg(target);
}

} // namespace

HouseholdForm::HouseholdForm(services::Workspace& workspace, const AdopterHousehold& household,
                             presentation::UserPrompts* prompts, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::HouseholdForm>()), m_workspace(workspace),
      m_editor(new presentation::HouseholdEditor(workspace, this)), m_prompts(prompts)
{
    if (!m_prompts) {
        m_ownPrompts = std::make_unique<WidgetPrompts>(this);
        m_prompts = m_ownPrompts.get();
    }
    m_ui->setupUi(this);
    m_ui->problemsGroup->hide();
    fillChoices();
    m_editor->setHousehold(household);
    connectEdits();

    m_ui->undoButton->setEnabled(false);
    m_ui->redoButton->setEnabled(false);
    QUndoStack* undo = m_editor->undoStack();
    connect(undo, &QUndoStack::canUndoChanged, m_ui->undoButton, &QWidget::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, m_ui->redoButton, &QWidget::setEnabled);
    connect(undo, &QUndoStack::undoTextChanged, this, [this](const QString& text) {
        m_ui->undoButton->setToolTip(text.isEmpty() ? QString() : tr("Undo %1").arg(text));
    });
    connect(m_ui->undoButton, &QPushButton::clicked, undo, &QUndoStack::undo);
    connect(m_ui->redoButton, &QPushButton::clicked, undo, &QUndoStack::redo);
    // Ctrl+Z inside a text field still undoes that field's typing first (Qt's own behaviour);
    // elsewhere in the form it undoes the last step of the record.
    QAction* undoAction = undo->createUndoAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    QAction* redoAction = undo->createRedoAction(this);
    redoAction->setShortcut(QKeySequence::Redo);
    addActions({undoAction, redoAction});

    m_ui->saveButton->setDefault(true);
    m_ui->saveButton->setShortcut(QKeySequence::Save);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &HouseholdForm::save);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &HouseholdForm::reject);
    connect(m_ui->chronologyButton, &QPushButton::clicked, this, &HouseholdForm::showChronology);
    m_ui->chronologyButton->setAutoDefault(false);
    connect(m_editor, &presentation::HouseholdEditor::householdChanged, this,
            &HouseholdForm::refresh);
    connect(m_editor, &presentation::HouseholdEditor::modifiedChanged, this,
            &HouseholdForm::refreshTitle);
    refresh();
    refreshTraining();
    refreshNotes();
}

HouseholdForm::~HouseholdForm() = default;

domain::HouseholdId HouseholdForm::householdId() const
{
    return m_editor->household().id;
}

void HouseholdForm::setTargets(presentation::StageTargets targets)
{
    m_targets = targets;
    refreshJourney();
}

void HouseholdForm::fillChoices()
{
    const domain::Agency& agency = m_workspace.agency();
    for (QComboBox* sex : {m_ui->sex1Combo, m_ui->sex2Combo}) {
        sex->addItem(tr("Not recorded"), QString());
        for (const domain::Sex s : {domain::Sex::Male, domain::Sex::Female})
            sex->addItem(domain::sexLabel(s), domain::sexCode(s));
    }
    for (QComboBox* ethnicity : {m_ui->ethnicity1Combo, m_ui->ethnicity2Combo}) {
        ethnicity->addItem(tr("Not recorded"), QString());
        for (const domain::Ethnicity& e : domain::ethnicities())
            ethnicity->addItem(e.label, e.code);
    }
    for (const auto r :
         {domain::Relationship::Single, domain::Relationship::Married,
          domain::Relationship::CivilPartners, domain::Relationship::UnmarriedCouple})
        m_ui->relationshipCombo->addItem(domain::relationshipLabel(r), static_cast<int>(r));
    for (const auto s :
         {domain::AdopterSource::OwnAgency, domain::AdopterSource::OtherRegionalAgency,
          domain::AdopterSource::VoluntaryAgency})
        m_ui->sourceCombo->addItem(domain::adopterSourceLabel(s), domain::adopterSourceCode(s));
    m_ui->hubCombo->addItem(tr("Not chosen"), QString());
    for (const domain::Hub& hub : agency.hubs)
        m_ui->hubCombo->addItem(hub.name, hub.code);
    m_ui->councilCombo->addItem(tr("Not chosen"), QString());
    for (const domain::Council& council : agency.councils)
        m_ui->councilCombo->addItem(council.name, council.code);
    for (const auto w :
         {domain::WithdrawalReason::CostOfLiving, domain::WithdrawalReason::ChangeOfCircumstances,
          domain::WithdrawalReason::AgencyDecision, domain::WithdrawalReason::Other})
        m_ui->withdrawalCategoryCombo->addItem(domain::withdrawalReasonLabel(w),
                                               static_cast<int>(w));
    m_ui->sexPreferenceCombo->addItem(tr("Either"), QString());
    for (const domain::Sex s : {domain::Sex::Male, domain::Sex::Female})
        m_ui->sexPreferenceCombo->addItem(domain::sexLabel(s), domain::sexCode(s));
    for (const auto k :
         {domain::NoteKind::Fact, domain::NoteKind::Opinion, domain::NoteKind::ThirdParty})
        m_ui->noteKindCombo->addItem(domain::noteKindLabel(k), static_cast<int>(k));

    const QDate today = m_workspace.clock().today();
    for (NotReachedDateEdit* date : findChildren<NotReachedDateEdit*>())
        date->setToday(today);
    m_ui->dob1Date->setEmptyText(tr("Not recorded"));
    m_ui->dob2Date->setEmptyText(tr("Not recorded"));
    m_ui->dob1Date->setCheckText(tr("Known"));
    m_ui->dob2Date->setCheckText(tr("Known"));
    m_ui->pauseToDate->setEmptyText(tr("Continuing"));
    m_ui->pauseToDate->setCheckText(tr("Ended"));
    m_ui->pauseFromDate->setCheckText(tr("Set"));
    m_ui->withdrawalDate->setEmptyText(tr("Not withdrawn"));
    m_ui->withdrawalDate->setCheckText(tr("Withdrew"));
    m_ui->deregisteredDate->setEmptyText(tr("Not de-registered"));
    m_ui->deregisteredDate->setCheckText(tr("De-registered"));
    // The tick boxes and date fields are announced with the names the form's labels give them.
    for (QLabel* label : findChildren<QLabel*>()) {
        if (auto* date = qobject_cast<NotReachedDateEdit*>(label->buddy()))
            date->setFieldName(label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    m_ui->noteDateEdit->setMaximumDate(today);
    m_ui->noteDateEdit->setDate(today);
    m_ui->pausesTable->setColumnCount(3);
    m_ui->pausesTable->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Reason")});
    m_ui->pausesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->pausesTable->verticalHeader()->hide();
    m_ui->pausesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->pausesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    fillNeedsTable();
}

void HouseholdForm::refresh()
{
    // The chronology reads saved records only, so it opens once the household is saved.
    m_ui->chronologyButton->setEnabled(!m_editor->isNew());
    refreshApplicants();
    refreshJourney();
    refreshApproval();
    refreshTitle();
    if (m_showProblems)
        showProblems();
}

void HouseholdForm::refreshApplicants()
{
    const AdopterHousehold& h = m_editor->household();
    const bool two = h.applicants.size() > 1;
    struct Fields
    {
        QLineEdit* forename;
        QLineEdit* surname;
        NotReachedDateEdit* dob;
        QComboBox* sex;
        QComboBox* ethnicity;
        QLineEdit* religion;
    };
    const Fields fields[] = {{m_ui->forename1Edit, m_ui->surname1Edit, m_ui->dob1Date,
                              m_ui->sex1Combo, m_ui->ethnicity1Combo, m_ui->religion1Edit},
                             {m_ui->forename2Edit, m_ui->surname2Edit, m_ui->dob2Date,
                              m_ui->sex2Combo, m_ui->ethnicity2Combo, m_ui->religion2Edit}};
    for (int i = 0; i < 2; ++i) {
        const domain::Applicant a =
            i < h.applicants.size() ? h.applicants.at(i) : domain::Applicant{};
        setText(fields[i].forename, a.forename);
        setText(fields[i].surname, a.surname);
        setDate(fields[i].dob, a.dateOfBirth);
        setData(fields[i].sex, sexData(a.sex));
        setData(fields[i].ethnicity, a.ethnicity);
        setText(fields[i].religion, a.religion);
    }
    setValue(m_ui->secondApplicantCheck, two);
    m_ui->applicant2Group->setEnabled(two);
    setText(m_ui->referenceEdit, h.reference);
    setData(m_ui->relationshipCombo, static_cast<int>(h.relationship));
    setText(m_ui->areaEdit, h.area);
    setData(m_ui->sourceCombo, domain::adopterSourceCode(h.source));
    setData(m_ui->hubCombo, h.hubCode);
    setData(m_ui->councilCombo, h.councilCode);
    setText(m_ui->sourceAgencyEdit, h.sourceAgency);
    const bool own = h.source == domain::AdopterSource::OwnAgency;
    m_ui->hubCombo->setEnabled(own);
    m_ui->councilCombo->setEnabled(own);
    m_ui->sourceAgencyEdit->setEnabled(!own);
    setValue(m_ui->fastTrackCheck, h.fastTrack);
    setValue(m_ui->secondTimeCheck, h.secondTime);
}

void HouseholdForm::refreshJourney()
{
    const AdopterHousehold& h = m_editor->household();
    const HouseholdJourney& j = h.journey;
    const std::pair<NotReachedDateEdit*, QDate> dates[] = {
        {m_ui->enquiryDate, j.enquiry},
        {m_ui->informationEventDate, j.informationEvent},
        {m_ui->registrationDate, j.registration},
        {m_ui->infoGivingDate, j.infoGivingMeeting},
        {m_ui->stage1StartDate, j.stage1Start},
        {m_ui->stage1EndDate, j.stage1End},
        {m_ui->stage2StartDate, j.stage2Start},
        {m_ui->parDate, j.parCompleted},
        {m_ui->panelDate, j.panel},
        {m_ui->approvalDate, j.approval}};
    for (const auto& [edit, date] : dates)
        setDate(edit, date);
    // Fast-track households start at stage 2, so stage 1 is not theirs to fill in.
    m_ui->stage1StartDate->setEnabled(!h.fastTrack || j.stage1Start.isValid());
    m_ui->stage1EndDate->setEnabled(!h.fastTrack || j.stage1End.isValid());

    m_ui->pausesTable->setRowCount(static_cast<int>(h.pauses.size()));
    for (int row = 0; row < h.pauses.size(); ++row) {
        const domain::Pause& p = h.pauses.at(row);
        const QString cells[] = {domain::formatDate(p.from),
                                 p.to.isValid() ? domain::formatDate(p.to) : tr("Continuing"),
                                 p.reason};
        for (int col = 0; col < 3; ++col)
            m_ui->pausesTable->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_ui->removePauseButton->setEnabled(!h.pauses.isEmpty());

    setDate(m_ui->withdrawalDate, h.withdrawal.date);
    setData(m_ui->withdrawalCategoryCombo, static_cast<int>(h.withdrawal.category));
    setText(m_ui->withdrawalDetailEdit, h.withdrawal.reason);
    setDate(m_ui->deregisteredDate, h.deregistered);
    setText(m_ui->deregistrationReasonEdit, h.deregistrationReason);
    m_ui->stageSummaryLabel->setText(stageSummary());
}

QString HouseholdForm::stageSummary() const
{
    const AdopterHousehold& h = m_editor->household();
    const QDate today = m_workspace.clock().today();
    const domain::HouseholdPlacements placed = placements();
    const domain::HouseholdStage stage = domain::householdStage(h, today, placed);
    QStringList lines{
        tr("Stage today: %1 (%2 in this stage)")
            .arg(domain::householdStageLabel(stage), days(domain::daysInStage(h, today, placed)))};
    if (h.fastTrack) {
        lines << tr("Stage 1: skipped (fast track)");
    } else if (const auto s1 = domain::stage1Days(h)) {
        lines << tr("Stage 1: %1").arg(againstTarget(*s1, m_targets.stage1Days));
    } else if (stage == domain::HouseholdStage::Stage1) {
        lines << tr("Stage 1 so far: %1")
                     .arg(againstTarget(domain::daysInStage(h, today), m_targets.stage1Days));
    }
    if (const auto s2 = domain::stage2Days(h))
        lines << tr("Stage 2: %1").arg(againstTarget(*s2, m_targets.stage2Days));
    else if (stage == domain::HouseholdStage::Stage2)
        lines << tr("Stage 2 so far: %1")
                     .arg(againstTarget(domain::daysInStage(h, today), m_targets.stage2Days));
    lines << tr("Paused days are not counted.");
    return lines.join(QLatin1Char('\n'));
}

domain::HouseholdPlacements HouseholdForm::placements() const
{
    const domain::HouseholdId id = m_editor->household().id;
    if (!id.isValid())
        return {};
    // The stage shown must agree with the list and the board, which count the children
    // linked, matched or placed with the household.
    const auto found = m_workspace.householdPlacements({id});
    return found ? found->value(id.value) : domain::HouseholdPlacements{};
}

void HouseholdForm::refreshApproval()
{
    const domain::ApprovalTerms& t = m_editor->household().terms;
    setValue(m_ui->maxChildrenSpin, t.maxChildren);
    setValue(m_ui->minAgeSpin, t.minAge);
    setValue(m_ui->maxAgeSpin, t.maxAge);
    setValue(m_ui->siblingsCheck, t.siblings);
    setValue(m_ui->earlyPermanenceCheck, t.earlyPermanence);
    setData(m_ui->sexPreferenceCombo, sexData(t.sexPreference));
    setText(m_ui->contactSupportedEdit, t.contactSupported);
    if (m_ui->ethnicityConsiderationsEdit->toPlainText() != t.ethnicityConsiderations) {
        const QSignalBlocker blocker(m_ui->ethnicityConsiderationsEdit);
        m_ui->ethnicityConsiderationsEdit->setPlainText(t.ethnicityConsiderations);
    }
    const QStringList& categories = domain::needCategories();
    for (int row = 0; row < categories.size(); ++row) {
        auto* grade = qobject_cast<QComboBox*>(m_ui->needsTable->cellWidget(row, 1));
        if (grade)
            setData(grade,
                    static_cast<int>(t.needs.value(categories.at(row), domain::NeedGrade::No)));
    }
}

void HouseholdForm::refreshTitle()
{
    const AdopterHousehold& h = m_editor->household();
    QString name = h.displayName().trimmed();
    if (name.isEmpty() || name == h.reference)
        name = m_editor->isNew() ? tr("New household") : h.reference;
    setWindowTitle(tr("%1[*] – Adopter household").arg(name));
    setWindowModified(m_editor->isModified());
    const QString stage = domain::householdStageLabel(
        domain::householdStage(h, m_workspace.clock().today(), placements()));
    m_ui->headerLabel->setText(m_editor->isNew() ? tr("%1 (not saved yet)").arg(name)
                                                 : tr("%1, %2, %3").arg(name, h.reference, stage));
}

void HouseholdForm::showProblems()
{
    const domain::Problems problems = m_editor->problems();
    m_ui->problemsList->clear();
    for (const domain::Problem& p : problems)
        m_ui->problemsList->addItem(tr("%1: %2").arg(p.field, p.message));
    m_ui->problemsGroup->setTitle(
        problems.size() == 1 ? tr("1 problem to fix before saving")
                             : tr("%1 problems to fix before saving").arg(problems.size()));
    m_ui->problemsGroup->setVisible(!problems.empty());
}

bool HouseholdForm::confirmNotADuplicate()
{
    // Only a record that would be saved is worth the question: problems are shown first.
    if (!m_editor->problems().empty())
        return true;
    const auto found = services::DuplicateCheck(m_workspace).of(m_editor->household());
    if (!found) {
        m_prompts->showError(tr("Could not save the household"), found.error().message);
        return false;
    }
    if (found->empty())
        return true;
    const auto answer =
        m_prompts->askAboutLikelyDuplicates(m_editor->household().displayName(), *found);
    using Action = presentation::UserPrompts::DuplicateAnswer::Action;
    switch (answer.action) {
    case Action::CreateNew:
        return true;
    case Action::OpenExisting:
        // The new draft stays open with what was typed; nothing is lost if it was a mistake.
        if (answer.index >= 0 && answer.index < static_cast<int>(found->size()))
            Q_EMIT openHouseholdRequested(
                domain::HouseholdId{found->at(static_cast<std::size_t>(answer.index)).id});
        return false;
    case Action::KeepEditing:
        return false;
    }
    return false;
}

bool HouseholdForm::save()
{
    const bool wasNew = m_editor->isNew();
    if (wasNew && !confirmNotADuplicate())
        return false;
    const domain::Status saved = m_editor->save();
    if (!saved) {
        if (saved.error().code == domain::ErrorCode::Validation) {
            // From now on the list follows every edit, so the user sees each problem go.
            m_showProblems = true;
            showProblems();
        } else {
            m_prompts->showError(tr("Could not save the household"), saved.error().message);
        }
        return false;
    }
    m_showProblems = false;
    m_ui->problemsGroup->hide();
    if (wasNew) {
        refreshTraining();
        refreshNotes();
    }
    refreshTitle();
    Q_EMIT this->saved(householdId());
    return true;
}

void HouseholdForm::reject()
{
    if (m_editor->isModified()) {
        using Choice = presentation::UserPrompts::UnsavedChanges;
        const QString name = m_editor->household().displayName();
        switch (m_prompts->askUnsavedChanges(name.isEmpty() ? tr("this new household") : name)) {
        case Choice::Save:
            if (!save())
                return;
            break;
        case Choice::Discard:
            break;
        case Choice::KeepEditing:
            return;
        }
    }
    QDialog::reject();
}

} // namespace permanence::gui
