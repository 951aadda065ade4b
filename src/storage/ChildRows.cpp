#include "storage/ChildRows.h"

#include "storage/SqlSupport.h"

namespace permanence::storage::rows {

using domain::Child;
using domain::PlacementAuthority;

namespace {

/// Columns holding the record itself, in the order both bindChild and readChild use.
const QStringList& recordColumns()
{
    static const QStringList columns = {
        QStringLiteral("reference"),
        QStringLiteral("forename"),
        QStringLiteral("surname"),
        QStringLiteral("preferred_name"),
        QStringLiteral("date_of_birth"),
        QStringLiteral("sex"),
        QStringLiteral("ethnicity"),
        QStringLiteral("religion"),
        QStringLiteral("first_language"),
        QStringLiteral("council_code"),
        QStringLiteral("sibling_group"),
        QStringLiteral("entered_care"),
        QStringLiteral("agency_decision"),
        QStringLiteral("placement_order"),
        QStringLiteral("authority"),
        QStringLiteral("family_finding_started"),
        QStringLiteral("linked"),
        QStringLiteral("matching_panel"),
        QStringLiteral("match_decision"),
        QStringLiteral("moved_in"),
        QStringLiteral("adoption_order"),
        QStringLiteral("early_permanence_placed"),
        QStringLiteral("foster_carer_adoption"),
        QStringLiteral("moved_in_with_carers"),
        QStringLiteral("plan_change_date"),
        QStringLiteral("plan_change_reason"),
        QStringLiteral("plan_change_new_plan"),
        QStringLiteral("ff_stop_date"),
        QStringLiteral("ff_stop_reason"),
        QStringLiteral("household_id"),
        QStringLiteral("archived"),
        // Added in schema version 3.
        QStringLiteral("disability"),
        QStringLiteral("needs_notes"),
        QStringLiteral("heritage_notes"),
        QStringLiteral("child_views"),
        QStringLiteral("early_permanence_kind"),
        QStringLiteral("early_permanence_carers"),
    };
    return columns;
}

} // namespace

QString childPlacementAuthorityCode(PlacementAuthority authority)
{
    return authority == PlacementAuthority::Consent ? QStringLiteral("consent")
                                                    : QStringLiteral("order");
}

QString earlyPermanenceKindCode(domain::EarlyPermanenceKind kind)
{
    return kind == domain::EarlyPermanenceKind::Concurrency ? QStringLiteral("concurrency")
                                                            : QStringLiteral("ffa");
}

const QStringList& childWriteColumns()
{
    // Then the derived search keys and the stamp, which are written but never read back.
    static const QStringList columns =
        recordColumns() +
        QStringList{
            QStringLiteral("reference_search"), QStringLiteral("forename_search"),
            QStringLiteral("surname_search"),   QStringLiteral("preferred_name_search"),
            QStringLiteral("updated_by"),       QStringLiteral("updated_at"),
        };
    return columns;
}

QString childSelectList(const QString& alias)
{
    QStringList qualified{alias + QStringLiteral(".id")};
    for (const QString& column : recordColumns())
        qualified << alias + QLatin1Char('.') + column;
    return qualified.join(QStringLiteral(", "));
}

int bindChild(QSqlQuery& query, const Child& c, const QString& userId, const QString& at)
{
    const auto& j = c.journey;
    sql::Binder b(query);
    b << sql::text(c.reference) << sql::text(c.forename) << sql::text(c.surname)
      << sql::text(c.preferredName) << sql::date(c.dateOfBirth) << sql::sex(c.sex)
      << sql::text(c.ethnicity) << sql::text(c.religion) << sql::text(c.firstLanguage)
      << sql::text(c.councilCode) << sql::text(c.siblingGroup);
    b << sql::date(j.enteredCare) << sql::date(j.agencyDecision) << sql::date(j.placementOrder)
      << childPlacementAuthorityCode(j.authority) << sql::date(j.familyFindingStarted)
      << sql::date(j.linked) << sql::date(j.matchingPanel) << sql::date(j.matchDecision)
      << sql::date(j.movedIn) << sql::date(j.adoptionOrder) << sql::date(j.earlyPermanencePlaced)
      << sql::flag(j.fosterCarerAdoption) << sql::date(j.movedInWithCarers);
    b << sql::date(c.planChange.date) << sql::text(c.planChange.reason)
      << sql::text(c.planChange.newPlan) << sql::date(c.familyFindingStop.date)
      << sql::text(c.familyFindingStop.reason) << sql::id(c.household.value)
      << sql::flag(c.archived);
    b << sql::flag(c.disability) << sql::text(c.needsNotes) << sql::text(c.heritageNotes)
      << sql::text(c.childViews) << earlyPermanenceKindCode(j.earlyPermanenceKind)
      << sql::text(j.earlyPermanenceCarers);
    b << sql::searchKey(c.reference) << sql::searchKey(c.forename) << sql::searchKey(c.surname)
      << sql::searchKey(c.preferredName) << sql::text(userId) << at;
    Q_ASSERT(b.count() == childWriteColumns().size());
    return b.count();
}

Child readChild(const QSqlQuery& query)
{
    sql::Reader r(query);
    Child c;
    c.id = domain::ChildId{r.id()};
    c.reference = r.text();
    c.forename = r.text();
    c.surname = r.text();
    c.preferredName = r.text();
    c.dateOfBirth = r.date();
    c.sex = r.sex();
    c.ethnicity = r.text();
    c.religion = r.text();
    c.firstLanguage = r.text();
    c.councilCode = r.text();
    c.siblingGroup = r.text();
    auto& j = c.journey;
    j.enteredCare = r.date();
    j.agencyDecision = r.date();
    j.placementOrder = r.date();
    j.authority = r.text() == QLatin1String("consent") ? PlacementAuthority::Consent
                                                       : PlacementAuthority::PlacementOrder;
    j.familyFindingStarted = r.date();
    j.linked = r.date();
    j.matchingPanel = r.date();
    j.matchDecision = r.date();
    j.movedIn = r.date();
    j.adoptionOrder = r.date();
    j.earlyPermanencePlaced = r.date();
    j.fosterCarerAdoption = r.flag();
    j.movedInWithCarers = r.date();
    c.planChange.date = r.date();
    c.planChange.reason = r.text();
    c.planChange.newPlan = r.text();
    c.familyFindingStop.date = r.date();
    c.familyFindingStop.reason = r.text();
    c.household = domain::HouseholdId{r.id()};
    c.archived = r.flag();
    c.disability = r.flag();
    c.needsNotes = r.text();
    c.heritageNotes = r.text();
    c.childViews = r.text();
    j.earlyPermanenceKind = r.text() == QLatin1String("concurrency")
                                ? domain::EarlyPermanenceKind::Concurrency
                                : domain::EarlyPermanenceKind::FosteringForAdoption;
    j.earlyPermanenceCarers = r.text();
    return c;
}

} // namespace permanence::storage::rows
