#include "presentation/ChildEditor.h"

#include "presentation/ChildEditCommands.h"
#include "services/Workspace.h"

namespace permanence::presentation {

using domain::Child;

namespace {
constexpr int detailsMergeBase = 1000;
constexpr int dateMergeBase = 1100;
constexpr int noMerge = ChildEdit::noMerge;

/// Works on a const or a mutable Child (the field's pointer has the same constness).
template <typename C> auto* textField(C& c, ChildEditor::Text field)
{
    using T = ChildEditor::Text;
    switch (field) {
    case T::Reference:
        return &c.reference;
    case T::Forename:
        return &c.forename;
    case T::Surname:
        return &c.surname;
    case T::PreferredName:
        return &c.preferredName;
    case T::Ethnicity:
        return &c.ethnicity;
    case T::Religion:
        return &c.religion;
    case T::FirstLanguage:
        return &c.firstLanguage;
    case T::Council:
        return &c.councilCode;
    case T::SiblingGroup:
        return &c.siblingGroup;
    case T::NeedsNotes:
        return &c.needsNotes;
    case T::HeritageNotes:
        return &c.heritageNotes;
    case T::ChildViews:
        return &c.childViews;
    case T::EarlyPermanenceCarers:
        return &c.journey.earlyPermanenceCarers;
    case T::PlanChangeReason:
        return &c.planChange.reason;
    case T::PlanChangeNewPlan:
        return &c.planChange.newPlan;
    case T::FamilyFindingStopReason:
        return &c.familyFindingStop.reason;
    }
    Q_ASSERT(false);
    return &c.reference;
}

template <typename C> auto* dateField(C& c, ChildEditor::Date field)
{
    using D = ChildEditor::Date;
    switch (field) {
    case D::DateOfBirth:
        return &c.dateOfBirth;
    case D::EarlyPermanencePlaced:
        return &c.journey.earlyPermanencePlaced;
    case D::MovedInWithCarers:
        return &c.journey.movedInWithCarers;
    case D::PlanChanged:
        return &c.planChange.date;
    case D::FamilyFindingStopped:
        return &c.familyFindingStop.date;
    }
    Q_ASSERT(false);
    return &c.dateOfBirth;
}

} // namespace

ChildEditor::ChildEditor(services::Workspace& workspace, Child child, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_saved(child), m_draft(std::move(child))
{}

ChildEditor::~ChildEditor()
{
    // The commands refer to this editor; they must go before it does.
    m_undo.clear();
}

QDate ChildEditor::today() const
{
    return m_workspace.clock().today();
}

QString ChildEditor::text(const Child& child, Text field)
{
    return *textField(child, field);
}

QDate ChildEditor::date(const Child& child, Date field)
{
    return *dateField(child, field);
}

void ChildEditor::setText(Text field, const QString& value)
{
    Child edited = m_draft;
    *textField(edited, field) = value;
    pushDetails(tr("Change details"), detailsMergeBase + static_cast<int>(field), edited);
}

void ChildEditor::setDate(Date field, QDate value)
{
    Child edited = m_draft;
    *dateField(edited, field) = value;
    pushDetails(tr("Change date"), dateMergeBase + static_cast<int>(field), edited);
}

void ChildEditor::setMilestoneDate(domain::Milestone milestone, QDate value)
{
    Child edited = m_draft;
    edited.journey.setDate(milestone, value);
    if (edited != m_draft)
        m_undo.push(new SetMilestoneDate(*this, milestone, m_draft, edited));
}

void ChildEditor::setSex(std::optional<domain::Sex> sex)
{
    Child edited = m_draft;
    edited.sex = sex;
    pushDetails(tr("Change sex"), noMerge, edited);
}

void ChildEditor::setDisability(bool disability)
{
    Child edited = m_draft;
    edited.disability = disability;
    pushDetails(tr("Change disability"), noMerge, edited);
}

void ChildEditor::setHealthNeed(const QString& category, bool present)
{
    Child edited = m_draft;
    edited.healthNeeds.removeAll(category);
    if (present) {
        // Kept in the order of needCategories(), so the record reads the same however ticked.
        QStringList ordered;
        for (const QString& known : domain::needCategories())
            if (known == category || edited.healthNeeds.contains(known))
                ordered << known;
        for (const QString& other : std::as_const(edited.healthNeeds))
            if (!ordered.contains(other))
                ordered << other;
        edited.healthNeeds = ordered;
    }
    if (edited != m_draft)
        m_undo.push(new SetHealthNeed(*this, category, present, m_draft, edited));
}

void ChildEditor::setAuthority(domain::PlacementAuthority authority)
{
    Child edited = m_draft;
    edited.journey.authority = authority;
    pushDetails(tr("Change authority to place"), noMerge, edited);
}

void ChildEditor::setEarlyPermanenceKind(domain::EarlyPermanenceKind kind)
{
    Child edited = m_draft;
    edited.journey.earlyPermanenceKind = kind;
    pushDetails(tr("Change early permanence kind"), noMerge, edited);
}

void ChildEditor::setFosterCarerAdoption(bool fosterCarerAdoption)
{
    Child edited = m_draft;
    edited.journey.fosterCarerAdoption = fosterCarerAdoption;
    pushDetails(tr("Change foster-carer adoption"), noMerge, edited);
}

void ChildEditor::addContactPlan(const domain::ContactPlan& plan)
{
    Child edited = m_draft;
    edited.contactPlans.append(plan);
    m_undo.push(new AddContactPlan(*this, m_draft, edited));
}

void ChildEditor::changeContactPlan(int row, const domain::ContactPlan& plan)
{
    if (row < 0 || row >= m_draft.contactPlans.size())
        return;
    Child edited = m_draft;
    edited.contactPlans[row] = plan;
    if (edited != m_draft)
        m_undo.push(new ChangeContactPlan(*this, m_draft, edited));
}

void ChildEditor::removeContactPlan(int row)
{
    if (row < 0 || row >= m_draft.contactPlans.size())
        return;
    Child edited = m_draft;
    edited.contactPlans.removeAt(row);
    m_undo.push(new RemoveContactPlan(*this, m_draft, edited));
}

void ChildEditor::pushDetails(const QString& what, int field, const Child& edited)
{
    if (edited == m_draft)
        return;
    m_undo.push(new ChangeChildDetails(*this, what, m_draft, edited, field));
}

void ChildEditor::applyDraft(const Child& child)
{
    m_draft = child;
    m_draft.id = m_saved.id;
    m_draft.archived = m_saved.archived;
    Q_EMIT draftChanged();
    if (isModified() != m_wasModified) {
        m_wasModified = isModified();
        Q_EMIT modifiedChanged(m_wasModified);
    }
}

domain::Problems ChildEditor::problems() const
{
    domain::ValidationContext context;
    context.today = today();
    context.agency = m_workspace.hasAgency() ? &m_workspace.agency() : nullptr;
    return domain::validate(m_draft, context);
}

domain::Result<domain::ChildId> ChildEditor::save()
{
    // Checked here as well as in the workspace so the form gets every problem without a write.
    if (auto found = problems(); !found.empty())
        return domain::fail(domain::Error::validation(std::move(found)));
    domain::ChildId id = m_draft.id;
    if (isNew()) {
        auto created = m_workspace.createChild(m_draft);
        if (!created)
            return domain::fail(created.error());
        id = *created;
    } else if (auto updated = m_workspace.updateChild(m_draft); !updated) {
        return domain::fail(updated.error());
    }
    m_draft.id = id;
    m_saved = m_draft;
    m_undo.setClean();
    m_wasModified = false;
    Q_EMIT modifiedChanged(false);
    Q_EMIT draftChanged();
    Q_EMIT recordSaved(id);
    return id;
}

} // namespace permanence::presentation
