// The household form's edits: each widget's change becomes one named undo step on the editor.
#include "gui/HouseholdForm.h"
#include "presentation/HouseholdEditor.h"
#include "ui_HouseholdForm.h"

#include <QHeaderView>

namespace permanence::gui {

using domain::AdopterHousehold;
using domain::Applicant;
using domain::HouseholdJourney;

namespace {

std::optional<domain::Sex> sexFrom(const QVariant& data)
{
    return domain::sexFromCode(data.toString());
}

} // namespace

void HouseholdForm::change(const QString& description, const Edit& edit, const QString& mergeKey)
{
    m_editor->change(description, edit, mergeKey);
}

void HouseholdForm::connectText(QLineEdit* edit, const QString& description,
                                const std::function<void(AdopterHousehold&, const QString&)>& set)
{
    // textEdited, not textChanged: only typing makes a step, never the form refreshing itself.
    connect(edit, &QLineEdit::textEdited, this,
            [this, edit, description, set](const QString& text) {
                change(
                    description, [&](AdopterHousehold& h) { set(h, text); }, edit->objectName());
            });
}

void HouseholdForm::connectCombo(QComboBox* combo, const QString& description,
                                 const std::function<void(AdopterHousehold&, const QVariant&)>& set)
{
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, description, set] {
        const QVariant value = combo->currentData();
        change(description, [&](AdopterHousehold& h) { set(h, value); });
    });
}

void HouseholdForm::connectDate(NotReachedDateEdit* edit, const QString& description,
                                QDate HouseholdJourney::*member)
{
    connect(edit, &NotReachedDateEdit::dateChanged, this, [this, description, member](QDate date) {
        change(description, [&](AdopterHousehold& h) { h.journey.*member = date; });
    });
}

void HouseholdForm::connectEdits()
{
    connectApplicant(0);
    connectApplicant(1);
    connect(m_ui->secondApplicantCheck, &QCheckBox::toggled, this,
            &HouseholdForm::setSecondApplicant);
    connectText(m_ui->referenceEdit, tr("Change reference"),
                [](AdopterHousehold& h, const QString& v) { h.reference = v; });
    connectCombo(m_ui->relationshipCombo, tr("Change relationship"),
                 [](AdopterHousehold& h, const QVariant& v) {
                     h.relationship = static_cast<domain::Relationship>(v.toInt());
                 });
    connectText(m_ui->areaEdit, tr("Change area"),
                [](AdopterHousehold& h, const QString& v) { h.area = v; });
    connectCombo(m_ui->sourceCombo, tr("Change who approved the household"),
                 [](AdopterHousehold& h, const QVariant& v) {
                     h.source = domain::adopterSourceFromCode(v.toString())
                                    .value_or(domain::AdopterSource::OwnAgency);
                     // An inter-agency household has no hub or council of this agency.
                     if (h.source != domain::AdopterSource::OwnAgency) {
                         h.hubCode.clear();
                         h.councilCode.clear();
                     }
                 });
    connectCombo(m_ui->hubCombo, tr("Change hub"),
                 [](AdopterHousehold& h, const QVariant& v) { h.hubCode = v.toString(); });
    connectCombo(m_ui->councilCombo, tr("Change council"),
                 [](AdopterHousehold& h, const QVariant& v) { h.councilCode = v.toString(); });
    connectText(m_ui->sourceAgencyEdit, tr("Change approving agency"),
                [](AdopterHousehold& h, const QString& v) { h.sourceAgency = v; });
    connect(m_ui->fastTrackCheck, &QCheckBox::toggled, this, [this](bool on) {
        change(tr("Change fast track"), [on](AdopterHousehold& h) { h.fastTrack = on; });
    });
    connect(m_ui->secondTimeCheck, &QCheckBox::toggled, this, [this](bool on) {
        change(tr("Change second-time adopters"), [on](AdopterHousehold& h) { h.secondTime = on; });
    });
    connectJourney();
    connectApproval();
    connect(m_ui->addNoteButton, &QPushButton::clicked, this, &HouseholdForm::addNote);
}

void HouseholdForm::connectApplicant(int n)
{
    const auto edit = [](int i, auto&& apply) {
        return [i, apply](AdopterHousehold& h, const auto& value) {
            if (i < h.applicants.size())
                apply(h.applicants[i], value);
        };
    };
    const bool first = n == 0;
    connectText(first ? m_ui->forename1Edit : m_ui->forename2Edit, tr("Change forename"),
                edit(n, [](Applicant& a, const QString& v) { a.forename = v; }));
    connectText(first ? m_ui->surname1Edit : m_ui->surname2Edit, tr("Change surname"),
                edit(n, [](Applicant& a, const QString& v) { a.surname = v; }));
    connectText(first ? m_ui->religion1Edit : m_ui->religion2Edit, tr("Change religion"),
                edit(n, [](Applicant& a, const QString& v) { a.religion = v; }));
    connectCombo(first ? m_ui->sex1Combo : m_ui->sex2Combo, tr("Change sex"),
                 edit(n, [](Applicant& a, const QVariant& v) { a.sex = sexFrom(v); }));
    connectCombo(first ? m_ui->ethnicity1Combo : m_ui->ethnicity2Combo, tr("Change ethnicity"),
                 edit(n, [](Applicant& a, const QVariant& v) { a.ethnicity = v.toString(); }));
    connect(first ? m_ui->dob1Date : m_ui->dob2Date, &NotReachedDateEdit::dateChanged, this,
            [this, n](QDate date) {
                change(tr("Change date of birth"), [n, date](AdopterHousehold& h) {
                    if (n < h.applicants.size())
                        h.applicants[n].dateOfBirth = date;
                });
            });
}

void HouseholdForm::setSecondApplicant(bool present)
{
    change(present ? tr("Add second applicant") : tr("Remove second applicant"),
           [present](AdopterHousehold& h) {
               // The relationship follows, so the household stays consistent at every step.
               if (present && h.applicants.size() < 2) {
                   h.applicants.append(Applicant{});
                   if (h.relationship == domain::Relationship::Single)
                       h.relationship = domain::Relationship::Married;
               } else if (!present && h.applicants.size() > 1) {
                   h.applicants.resize(1);
                   h.relationship = domain::Relationship::Single;
               }
           });
}

void HouseholdForm::connectJourney()
{
    connectDate(m_ui->enquiryDate, tr("Change enquiry date"), &HouseholdJourney::enquiry);
    connectDate(m_ui->informationEventDate, tr("Change information event date"),
                &HouseholdJourney::informationEvent);
    connectDate(m_ui->registrationDate, tr("Change registration date"),
                &HouseholdJourney::registration);
    connectDate(m_ui->infoGivingDate, tr("Change information-giving meeting date"),
                &HouseholdJourney::infoGivingMeeting);
    connectDate(m_ui->stage1StartDate, tr("Change stage 1 start"), &HouseholdJourney::stage1Start);
    connectDate(m_ui->stage1EndDate, tr("Change stage 1 end"), &HouseholdJourney::stage1End);
    connectDate(m_ui->stage2StartDate, tr("Change stage 2 start"), &HouseholdJourney::stage2Start);
    connectDate(m_ui->parDate, tr("Change report date"), &HouseholdJourney::parCompleted);
    connectDate(m_ui->panelDate, tr("Change panel date"), &HouseholdJourney::panel);
    connectDate(m_ui->approvalDate, tr("Change approval date"), &HouseholdJourney::approval);
    connect(m_ui->addPauseButton, &QPushButton::clicked, this, &HouseholdForm::addPause);
    connect(m_ui->removePauseButton, &QPushButton::clicked, this, &HouseholdForm::removePause);
    connect(m_ui->withdrawalDate, &NotReachedDateEdit::dateChanged, this, [this](QDate date) {
        change(tr("Change withdrawal date"),
               [date](AdopterHousehold& h) { h.withdrawal.date = date; });
    });
    connectCombo(m_ui->withdrawalCategoryCombo, tr("Change withdrawal reason"),
                 [](AdopterHousehold& h, const QVariant& v) {
                     h.withdrawal.category = static_cast<domain::WithdrawalReason>(v.toInt());
                 });
    connectText(m_ui->withdrawalDetailEdit, tr("Change withdrawal detail"),
                [](AdopterHousehold& h, const QString& v) { h.withdrawal.reason = v; });
    connect(m_ui->deregisteredDate, &NotReachedDateEdit::dateChanged, this, [this](QDate date) {
        change(tr("Change de-registration date"),
               [date](AdopterHousehold& h) { h.deregistered = date; });
    });
    connectText(m_ui->deregistrationReasonEdit, tr("Change de-registration reason"),
                [](AdopterHousehold& h, const QString& v) { h.deregistrationReason = v; });
}

void HouseholdForm::addPause()
{
    const domain::Pause pause{m_ui->pauseFromDate->date(), m_ui->pauseToDate->date(),
                              m_ui->pauseReasonEdit->text().trimmed()};
    change(tr("Add pause"), [&pause](AdopterHousehold& h) { h.pauses.append(pause); });
    m_ui->pauseFromDate->setDate({});
    m_ui->pauseToDate->setDate({});
    m_ui->pauseReasonEdit->clear();
}

void HouseholdForm::removePause()
{
    const int row = m_ui->pausesTable->currentRow();
    const int count = static_cast<int>(m_editor->household().pauses.size());
    // With no row chosen, the last pause goes: the one most likely entered by mistake.
    const int index = row >= 0 && row < count ? row : count - 1;
    if (index < 0)
        return;
    change(tr("Remove pause"), [index](AdopterHousehold& h) { h.pauses.removeAt(index); });
}

void HouseholdForm::connectApproval()
{
    const auto spin = [this](QSpinBox* box, const QString& description,
                             int domain::ApprovalTerms::*member) {
        connect(box, &QSpinBox::valueChanged, this, [this, description, member](int value) {
            change(description, [&](AdopterHousehold& h) { h.terms.*member = value; });
        });
    };
    spin(m_ui->maxChildrenSpin, tr("Change number of children"),
         &domain::ApprovalTerms::maxChildren);
    spin(m_ui->minAgeSpin, tr("Change youngest age"), &domain::ApprovalTerms::minAge);
    spin(m_ui->maxAgeSpin, tr("Change oldest age"), &domain::ApprovalTerms::maxAge);
    connect(m_ui->siblingsCheck, &QCheckBox::toggled, this, [this](bool on) {
        change(tr("Change sibling group"), [on](AdopterHousehold& h) { h.terms.siblings = on; });
    });
    connect(m_ui->earlyPermanenceCheck, &QCheckBox::toggled, this, [this](bool on) {
        change(tr("Change early permanence approval"),
               [on](AdopterHousehold& h) { h.terms.earlyPermanence = on; });
    });
    connectCombo(
        m_ui->sexPreferenceCombo, tr("Change sex of child"),
        [](AdopterHousehold& h, const QVariant& v) { h.terms.sexPreference = sexFrom(v); });
    connectText(m_ui->contactSupportedEdit, tr("Change contact supported"),
                [](AdopterHousehold& h, const QString& v) { h.terms.contactSupported = v; });
    connect(m_ui->ethnicityConsiderationsEdit, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_ui->ethnicityConsiderationsEdit->toPlainText();
        change(
            tr("Change ethnicity considerations"),
            [&text](AdopterHousehold& h) { h.terms.ethnicityConsiderations = text; },
            m_ui->ethnicityConsiderationsEdit->objectName());
    });
}

void HouseholdForm::fillNeedsTable()
{
    const QStringList& categories = domain::needCategories();
    QTableWidget* table = m_ui->needsTable;
    table->setColumnCount(2);
    table->setRowCount(static_cast<int>(categories.size()));
    table->setHorizontalHeaderLabels({tr("Need"), tr("Can meet")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int row = 0; row < categories.size(); ++row) {
        const QString category = categories.at(row);
        table->setItem(row, 0, new QTableWidgetItem(category));
        auto* grade = new QComboBox(table);
        grade->setAccessibleName(tr("How far they can meet: %1").arg(category));
        for (const auto g : {domain::NeedGrade::No, domain::NeedGrade::Low,
                             domain::NeedGrade::Medium, domain::NeedGrade::High})
            grade->addItem(domain::needGradeLabel(g), static_cast<int>(g));
        table->setCellWidget(row, 1, grade);
        connectCombo(grade, tr("Change graded need"),
                     [category](AdopterHousehold& h, const QVariant& v) {
                         const auto g = static_cast<domain::NeedGrade>(v.toInt());
                         // A missing category means No, so No is stored as absence.
                         if (g == domain::NeedGrade::No)
                             h.terms.needs.remove(category);
                         else
                             h.terms.needs.insert(category, g);
                     });
    }
}

} // namespace permanence::gui
