#include "gui/ChildProfileTab.h"

#include "domain/Agency.h"
#include "domain/Person.h"
#include "gui/FormFields.h"
#include "presentation/ChildEditor.h"
#include "services/Workspace.h"
#include "ui_ChildProfileTab.h"

#include <QCoreApplication>

namespace permanence::gui {

using presentation::ChildEditor;

namespace {
/// Problem fields are named by the domain's own translations (Child.cpp), so match on those.
QString childField(const char* text)
{
    return QCoreApplication::translate("Child", text);
}
} // namespace

ChildProfileTab::ChildProfileTab(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ChildProfileTab>())
{
    m_ui->setupUi(this);
    m_ui->dateOfBirthEdit->setCheckText(tr("Known"));
    m_ui->dateOfBirthEdit->setEmptyText(tr("Not recorded"));
    m_fields = {{childField("Reference"), m_ui->referenceEdit},
                {childField("Forename"), m_ui->forenameEdit},
                {childField("Surname"), m_ui->surnameEdit},
                {childField("Date of birth"), m_ui->dateOfBirthEdit},
                {childField("Sex"), m_ui->sexCombo},
                {childField("Ethnicity"), m_ui->ethnicityCombo},
                {childField("Council"), m_ui->councilCombo}};
}

ChildProfileTab::~ChildProfileTab() = default;

void ChildProfileTab::fillChoices()
{
    auto* sex = m_ui->sexCombo;
    sex->clear();
    sex->addItem(tr("Not recorded"), 0);
    sex->addItem(domain::sexLabel(domain::Sex::Male), static_cast<int>(domain::Sex::Male));
    sex->addItem(domain::sexLabel(domain::Sex::Female), static_cast<int>(domain::Sex::Female));

    // Labels first (people choose by words), the DfE code after them for those who know it.
    auto* ethnicity = m_ui->ethnicityCombo;
    ethnicity->clear();
    ethnicity->addItem(tr("Not recorded"), QString());
    for (const auto& e : domain::ethnicities())
        ethnicity->addItem(tr("%1 (%2)").arg(e.label, e.code), e.code);

    auto* council = m_ui->councilCombo;
    council->clear();
    council->addItem(tr("Not recorded"), QString());
    for (const auto& c : m_editor->workspace().agency().councils)
        council->addItem(c.name, c.code);
}

void ChildProfileTab::setEditor(ChildEditor* editor)
{
    m_editor = editor;
    m_ui->dateOfBirthEdit->setToday(editor->today());
    fillChoices();
    const auto bindLine = [this](QLineEdit* edit, ChildEditor::Text field) {
        connect(edit, &QLineEdit::textEdited, this,
                [this, field](const QString& text) { m_editor->setText(field, text); });
    };
    bindLine(m_ui->referenceEdit, ChildEditor::Text::Reference);
    bindLine(m_ui->forenameEdit, ChildEditor::Text::Forename);
    bindLine(m_ui->surnameEdit, ChildEditor::Text::Surname);
    bindLine(m_ui->preferredNameEdit, ChildEditor::Text::PreferredName);
    bindLine(m_ui->religionEdit, ChildEditor::Text::Religion);
    bindLine(m_ui->firstLanguageEdit, ChildEditor::Text::FirstLanguage);
    bindLine(m_ui->siblingGroupEdit, ChildEditor::Text::SiblingGroup);
    connect(m_ui->dateOfBirthEdit, &NotReachedDateEdit::dateChanged, this,
            [this](QDate date) { m_editor->setDate(ChildEditor::Date::DateOfBirth, date); });
    connect(m_ui->sexCombo, &QComboBox::activated, this, [this] {
        const int code = m_ui->sexCombo->currentData().toInt();
        m_editor->setSex(code == 0 ? std::nullopt
                                   : std::optional<domain::Sex>(static_cast<domain::Sex>(code)));
    });
    connect(m_ui->ethnicityCombo, &QComboBox::activated, this, [this] {
        m_editor->setText(ChildEditor::Text::Ethnicity,
                          m_ui->ethnicityCombo->currentData().toString());
    });
    connect(m_ui->councilCombo, &QComboBox::activated, this, [this] {
        m_editor->setText(ChildEditor::Text::Council, m_ui->councilCombo->currentData().toString());
    });
    refresh();
}

void ChildProfileTab::refresh()
{
    if (!m_editor)
        return;
    const domain::Child& c = m_editor->draft();
    showText(m_ui->referenceEdit, c.reference);
    showText(m_ui->forenameEdit, c.forename);
    showText(m_ui->surnameEdit, c.surname);
    showText(m_ui->preferredNameEdit, c.preferredName);
    showText(m_ui->religionEdit, c.religion);
    showText(m_ui->firstLanguageEdit, c.firstLanguage);
    showText(m_ui->siblingGroupEdit, c.siblingGroup);
    {
        const QSignalBlocker blocker(m_ui->dateOfBirthEdit);
        m_ui->dateOfBirthEdit->setDate(c.dateOfBirth);
    }
    showData(m_ui->sexCombo, c.sex ? static_cast<int>(*c.sex) : 0);
    showData(m_ui->ethnicityCombo, c.ethnicity);
    // A council code the agency no longer has stays visible rather than silently blank.
    if (!c.councilCode.isEmpty() && m_ui->councilCombo->findData(c.councilCode) < 0)
        m_ui->councilCombo->addItem(c.councilCode, c.councilCode);
    showData(m_ui->councilCombo, c.councilCode);
}

} // namespace permanence::gui
