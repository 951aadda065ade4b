#pragma once

#include "domain/Ids.h"
#include "domain/Person.h"
#include "domain/Problem.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace permanence::domain {

struct Agency;

/// The milestones of a child's adoption journey, in the order they normally happen.
enum class Milestone
{
    EnteredCare,          ///< start of the current period of care
    AgencyDecision,       ///< ADM decision that the child should be placed for adoption
    PlacementOrder,       ///< court authority to place (or parental consent)
    FamilyFindingStarted, ///< family finding began
    Linked,               ///< linked with a prospective household
    MatchingPanel,        ///< adoption panel recommended the match
    MatchDecision,        ///< ADM decided the match
    MovedIn,              ///< moved in with the adopters (placed for adoption)
    AdoptionOrder,        ///< the court made the adoption order
};

[[nodiscard]] const QList<Milestone>& allMilestones();
[[nodiscard]] QString milestoneLabel(Milestone milestone); ///< "Placement order"

/// How the agency got authority to place: a placement order, or (s.19) parental consent.
/// A2 leaves out children placed by consent.
enum class PlacementAuthority
{
    PlacementOrder,
    Consent
};

/// Early permanence arrangements (shared/domain/journeys.md §4.7).
enum class EarlyPermanenceKind
{
    FosteringForAdoption,
    Concurrency
};

/// Dates of the journey; a null QDate means "not reached".
struct ChildJourney
{
    QDate enteredCare;
    QDate agencyDecision;
    QDate placementOrder; ///< date of the order, or of consent when authority is Consent
    PlacementAuthority authority = PlacementAuthority::PlacementOrder;
    QDate familyFindingStarted;
    QDate linked;
    QDate matchingPanel;
    QDate matchDecision;
    QDate movedIn;
    QDate adoptionOrder;

    /// Early permanence: placed with carers approved as adopters and, for this child, as foster
    /// carers (fostering for adoption or concurrency), before the match.
    QDate earlyPermanencePlaced;
    EarlyPermanenceKind earlyPermanenceKind = EarlyPermanenceKind::FosteringForAdoption;
    QString earlyPermanenceCarers;

    /// Adopted by their existing foster carers: A10 counts to the day the child moved in with
    /// them, which is stored rather than inferred (shared/domain/README.md).
    bool fosterCarerAdoption = false;
    QDate movedInWithCarers;

    [[nodiscard]] QDate date(Milestone m) const;
    void setDate(Milestone m, QDate date);

    bool operator==(const ChildJourney&) const = default;
};

/// A plan for the child to keep in touch with a birth relative after placement.
struct ContactPlan
{
    QString withWhom;  ///< "Birth mother", "Maternal grandmother", "Older brother (not placed)"
    QString how;       ///< "Letterbox", "Direct", "Video call"
    QString frequency; ///< "Twice a year", "Annually"
    bool operator==(const ContactPlan&) const = default;
};

/// An adoptive placement that ended before the adoption order (a disruption), kept so the
/// child's record tells every placement, not only the last.
struct PastPlacement
{
    HouseholdId household;
    QDate linked;
    QDate matchDecision;
    QDate movedIn;
    QDate ended;
    QString reason;
    bool reviewMeetingHeld = false;
    QString learning;
    bool operator==(const PastPlacement&) const = default;
};

/// The disability and health-need categories used on child records and in approval terms
/// (after Link Maker's graded needs: shared/domain/matching.md §7.2).
[[nodiscard]] const QStringList& needCategories();

/// An ending of the adoption plan or a halt in family finding; a null date means none.
struct PlanChange
{
    QDate date;
    QString reason;
    QString newPlan; ///< e.g. "Special guardianship", "Long-term fostering"
    bool operator==(const PlanChange&) const = default;
};

struct FamilyFindingStop
{
    QDate date;
    QString reason; ///< e.g. "Ongoing assessment"
    bool operator==(const FamilyFindingStop&) const = default;
};

/// A child with (or considered for) a plan of adoption. Statuses, ages and priority flags are
/// derived from these facts on a date of reference; none of them is stored.
struct Child
{
    ChildId id;
    QString reference; ///< the agency's case reference, unique
    QString forename;
    QString surname;
    QString preferredName;
    QDate dateOfBirth;
    std::optional<Sex> sex;
    QString ethnicity; ///< DfE code, e.g. "WBRI"
    QString religion;
    QString firstLanguage;
    QString councilCode;  ///< the responsible council
    QString siblingGroup; ///< shared reference of children to be placed together; empty if none

    // Profile (issue 3): needs, identity and the child's own voice.
    bool disability = false; ///< counted among 003's priority characteristics
    QStringList healthNeeds; ///< entries of needCategories()
    QString needsNotes;
    QString heritageNotes;
    QString childViews;
    QList<ContactPlan> contactPlans;

    ChildJourney journey;
    QList<PastPlacement> pastPlacements; ///< disrupted placements, oldest first
    PlanChange planChange;
    FamilyFindingStop familyFindingStop;
    HouseholdId household; ///< the household linked, matched or placed with, if any
    bool archived = false;

    [[nodiscard]] QString displayName() const; ///< preferred name (or forename) and surname

    bool operator==(const Child&) const = default;
};

/// What validation needs besides the record: today (nothing may be in the future) and, when
/// known, the agency (the responsible council must be one of its partners).
struct ValidationContext
{
    QDate today;
    const Agency* agency = nullptr;
};

/// Every problem with a child record at once: identity, council, and the order of milestones
/// (none in the future, none before birth or before entering care, none before the milestone
/// it depends on, none recorded while the one it depends on is missing).
[[nodiscard]] Problems validate(const Child& child, const ValidationContext& context);

} // namespace permanence::domain
