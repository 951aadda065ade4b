// 003 §3 figures on a small constructed year (2023-24, 1 Apr 2023 – 31 Mar 2024), every expected
// number worked by hand below the cast list.
#include "MeasuresTestSupport.h"
#include "metrics/ChildrenFigures.h"

using namespace permanence::domain;
using namespace permanence::metrics;
using namespace permanence::test;

namespace {

const ReportingYear year{2023};
const QString shrops = QStringLiteral("SHROPS");
const QString staffs = QStringLiteral("STAFFS");

AdopterHousehold household(qint64 id, AdopterSource source)
{
    AdopterHousehold h = aHousehold().from(source, QStringLiteral("Elsewhere")).build();
    h.id = HouseholdId{id};
    return h;
}

// H1 own agency, H2 another RAA, H3 a VAA.
std::vector<AdopterHousehold> households()
{
    return {household(1, AdopterSource::OwnAgency),
            household(2, AdopterSource::OtherRegionalAgency),
            household(3, AdopterSource::VoluntaryAgency)};
}

Child placedWith(Child c, qint64 householdId)
{
    c.household = HouseholdId{householdId};
    return c;
}

PastPlacement disrupted(qint64 householdId, QDate movedIn, QDate ended)
{
    return {HouseholdId{householdId},
            movedIn.addDays(-40),
            movedIn.addDays(-10),
            movedIn,
            ended,
            QStringLiteral("Disrupted"),
            true,
            {}};
}

// The cast (dates chosen so each child tests one rule):
//  c1 SHROPS  ADM 10 May 23, PO 1 Sep 23, match 1 Jan 24, moved in 15 Jan 24 with H1 (own)
//  c2 SHROPS  ADM Nov 22, PO Feb 23, fostering-for-adoption 15 Mar 23 (previous year!), match
//             and move-in 1 May 23 with H1, adopted 31 Mar 24; born 15 Jan 2018 (6 at the
//             order); sibling group; adopted by those carers
//  c3 STAFFS  ADM 1 Apr 23 (first day), consent 1 Jul 23, moved in 1 Nov 23 with H3 (VAA)
//  c4 STAFFS  ADM Jun 22, PO 1 Sep 22, entered care 1 Oct 21; placement with H2 (RAA)
//             disrupted 30 Jun 23; family finding stopped 10 Jan 24; still waiting
//  c5 STAFFS  entered care Mar 23, ADM 1 Jun 23, PO 15 Jan 24, linked 1 Mar 24: waiting 76 days
//  c6 SHROPS  entered Sep 22, ADM 15 Apr 23, PO 1 Aug 23, matched 20 Mar 24, not moved in
//  c7 SHROPS  entered Nov 22, ADM Jan 23, PO 1 May 23, matched 25 Mar 24, moves in 1 Apr 24
//  c8 STAFFS  ADM Jan 23, PO Mar 23, moved in 1 Dec 23 with no household recorded
//  c9 SHROPS  ADM in the year but archived: in no figure
//  c10 STAFFS born 1 Apr 2018, adopted 1 Apr 23 (exactly 5), Black African, moved in Oct 22
//             with H2
//  c11 SHROPS ADM 20 Apr 23, PO 1 May 23, placement with H1 (own) 1 Aug – 15 Oct 23 disrupted,
//             plan changed 1 Dec 23
std::vector<Child> cast()
{
    std::vector<Child> cs;
    cs.push_back(placedWith(withId(aChild()
                                       .council(shrops)
                                       .enteredCare(d(2022, 12, 1))
                                       .agencyDecision(d(2023, 5, 10))
                                       .placementOrder(d(2023, 9, 1))
                                       .matchDecision(d(2024, 1, 1))
                                       .movedIn(d(2024, 1, 15))
                                       .build(),
                                   1),
                            1));
    cs.push_back(placedWith(withId(aChild()
                                       .council(shrops)
                                       .bornOn(d(2018, 1, 15))
                                       .siblingGroup(QStringLiteral("G1"))
                                       .enteredCare(d(2022, 10, 1))
                                       .agencyDecision(d(2022, 11, 1))
                                       .placementOrder(d(2023, 2, 1))
                                       .earlyPermanence(d(2023, 3, 15))
                                       .matchDecision(d(2023, 5, 1))
                                       .movedIn(d(2023, 5, 1))
                                       .adoptionOrder(d(2024, 3, 31))
                                       .adoptedByFosterCarers(d(2023, 3, 15))
                                       .build(),
                                   2),
                            1));
    Child c3 = placedWith(withId(aChild()
                                     .council(staffs)
                                     .ethnicity(QStringLiteral("MWBA"))
                                     .enteredCare(d(2022, 11, 1))
                                     .agencyDecision(d(2023, 4, 1))
                                     .placementOrder(d(2023, 7, 1))
                                     .matchDecision(d(2023, 10, 1))
                                     .movedIn(d(2023, 11, 1))
                                     .build(),
                                 3),
                          3);
    c3.journey.authority = PlacementAuthority::Consent;
    cs.push_back(c3);
    Child c4 = withId(aChild()
                          .council(staffs)
                          .enteredCare(d(2021, 10, 1))
                          .agencyDecision(d(2022, 6, 1))
                          .placementOrder(d(2022, 9, 1))
                          .build(),
                      4);
    c4.pastPlacements = {disrupted(2, d(2023, 1, 10), d(2023, 6, 30))};
    c4.familyFindingStop = {d(2024, 1, 10), QStringLiteral("Ongoing assessment")};
    cs.push_back(c4);
    cs.push_back(withId(aChild()
                            .council(staffs)
                            .enteredCare(d(2023, 3, 1))
                            .agencyDecision(d(2023, 6, 1))
                            .placementOrder(d(2024, 1, 15))
                            .linked(d(2024, 3, 1))
                            .build(),
                        5));
    cs.push_back(withId(aChild()
                            .council(shrops)
                            .enteredCare(d(2022, 9, 1))
                            .agencyDecision(d(2023, 4, 15))
                            .placementOrder(d(2023, 8, 1))
                            .matchDecision(d(2024, 3, 20))
                            .build(),
                        6));
    cs.push_back(placedWith(withId(aChild()
                                       .council(shrops)
                                       .enteredCare(d(2022, 11, 1))
                                       .agencyDecision(d(2023, 1, 10))
                                       .placementOrder(d(2023, 5, 1))
                                       .matchDecision(d(2024, 3, 25))
                                       .movedIn(d(2024, 4, 1))
                                       .build(),
                                   7),
                            2));
    cs.push_back(withId(aChild()
                            .council(staffs)
                            .enteredCare(d(2022, 6, 1))
                            .agencyDecision(d(2023, 1, 1))
                            .placementOrder(d(2023, 3, 1))
                            .matchDecision(d(2023, 11, 1))
                            .movedIn(d(2023, 12, 1))
                            .build(),
                        8));
    Child c9 = withId(aChild().council(shrops).agencyDecision(d(2023, 6, 1)).build(), 9);
    c9.archived = true;
    cs.push_back(c9);
    cs.push_back(placedWith(withId(aChild()
                                       .council(staffs)
                                       .bornOn(d(2018, 4, 1))
                                       .ethnicity(QStringLiteral("BAFR"))
                                       .enteredCare(d(2021, 6, 1))
                                       .agencyDecision(d(2021, 12, 1))
                                       .placementOrder(d(2022, 3, 1))
                                       .matchDecision(d(2022, 9, 1))
                                       .movedIn(d(2022, 10, 1))
                                       .adoptionOrder(d(2023, 4, 1))
                                       .build(),
                                   10),
                            2));
    Child c11 = withId(aChild()
                           .council(shrops)
                           .enteredCare(d(2022, 12, 1))
                           .agencyDecision(d(2023, 4, 20))
                           .placementOrder(d(2023, 5, 1))
                           .build(),
                       11);
    c11.pastPlacements = {disrupted(1, d(2023, 8, 1), d(2023, 10, 15))};
    c11.planChange = {d(2023, 12, 1), QStringLiteral("Returned home"), QStringLiteral("Home")};
    cs.push_back(c11);
    return cs;
}

using Ids = std::vector<qint64>;

} // namespace

TEST_CASE("003 §3 figures for a constructed year, agency total", "[metrics][figures]")
{
    const ChildrenFigures f = childrenFigures(cast(), households(), year);

    // §3.2: decisions dated 1 Apr 23 – 31 Mar 24: c1, c3 (first day), c5, c6, c11 (c9 is
    // archived; c7, c8 decided in Jan 23). Placement orders in the year: c1, c5, c6, c7, c11;
    // c3's authority is consent, counted apart.
    CHECK(idsOf(f.agencyDecisions.ids) == Ids{1, 3, 5, 6, 11});
    CHECK(idsOf(f.placementOrders.ids) == Ids{1, 5, 6, 7, 11});
    CHECK(idsOf(f.consents.ids) == Ids{3});

    // §3.3–3.4: moved in during the year: c1 (own), c2 (own), c3 (VAA), c8 (no household).
    // c7 moves in on 1 Apr 24, next year. In-house share 2 / 4.
    const PlacementFigures& p = f.placements;
    CHECK(idsOf(p.placed.ids) == Ids{1, 2, 3, 8});
    CHECK(idsOf(p.ownAgency.ids) == Ids{1, 2});
    CHECK(p.otherRegionalAgency.count() == 0);
    CHECK(idsOf(p.voluntaryAgency.ids) == Ids{3});
    CHECK(idsOf(p.unknownSource.ids) == Ids{8});
    CHECK(*p.inHouseShare == Approx(0.5));

    // §3.5: c2's fostering-for-adoption placement began 15 Mar 23 (2022-23) but it moved in
    // as an adoptive placement on 1 May 23, so it is an EP placement of 2023-24: 1 of 4.
    CHECK(idsOf(p.earlyPermanence.ids) == Ids{2});
    CHECK(*p.earlyPermanenceShare == Approx(0.25));

    // §3.7: adopted c2 (31 Mar 24, last day) and c10 (1 Apr 23, first day). Ages at the order:
    // c2 6, c10 exactly 5 (birthday on the order day) — both "5 or over". c2 is in a sibling
    // group; c10 is Black African.
    CHECK(idsOf(f.adopted.adopted.ids) == Ids{2, 10});
    CHECK(idsOf(f.adopted.agedFiveOrOver.ids) == Ids{2, 10});
    CHECK(idsOf(f.adopted.siblingGroup.ids) == Ids{2});
    CHECK(idsOf(f.adopted.ethnicityOtherThanWhiteBritish.ids) == Ids{10});
    CHECK(idsOf(f.adopted.anyPriority.ids) == Ids{2, 10});

    // §3.10: c4's RAA placement ended 30 Jun 23 (inter-agency), c11's own placement ended
    // 15 Oct 23.
    CHECK(f.disruptions.disruptions.size() == 2);
    CHECK(f.disruptions.ownAgency == 1);
    CHECK(f.disruptions.interAgency == 1);
    CHECK(f.disruptions.unknownSource == 0);
    CHECK(idsOf(f.disruptions.childrenAffected.ids) == Ids{4, 11});

    // Waiting on 31 Mar 24 (order, not moved in, not adopted, no plan change): c4, c5, c6, c7
    // (c7 moves in the next day). Days since the order: c4 1 Sep 22 → 577, c5 76, c6 243,
    // c7 335. ≥ 90 days: c4, c6, c7. ≥ 12 months: c4 (c7's anniversary is 1 May 24).
    // ≥ 18 months: c4 (1 Mar 24). ≥ 18 months since entering care: c4 (Apr 23) and c6
    // (1 Sep 22 + 18 months = 1 Mar 24); c7 only reaches it on 1 May 24.
    const WaitingFigures& w = f.waiting;
    CHECK(w.on == d(2024, 3, 31));
    CHECK(idsOf(w.waiting.ids) == Ids{4, 5, 6, 7});
    CHECK(idsOf(w.matched.ids) == Ids{6, 7});
    CHECK(idsOf(w.atLeast90Days.ids) == Ids{4, 6, 7});
    CHECK(idsOf(w.atLeast12Months.ids) == Ids{4});
    CHECK(idsOf(w.atLeast18Months.ids) == Ids{4});
    CHECK(idsOf(w.atLeast18MonthsSinceCare.ids) == Ids{4, 6});
    REQUIRE(w.children.size() == 4);
    CHECK(w.children[0] == WaitingChild{ChildId{4}, 577, 912}); // 1 Oct 21 → 31 Mar 24
    CHECK(w.children[1].daysSincePlacementOrder == 76);
    CHECK(w.children[2].daysSincePlacementOrder == 243);
    CHECK(w.children[3].daysSincePlacementOrder == 335);

    // §3.9 snapshot on 31 Mar 24: with a plan c1, c3, c4, c5, c6, c7, c8 (c2, c10 adopted; c11's
    // plan changed; c9 archived). Its "order, not placed" bucket is exactly the waiting list.
    CHECK(idsOf(f.planSnapshot.withPlanIds) == Ids{1, 3, 4, 5, 6, 7, 8});
    CHECK(idsOf(f.planSnapshot.withOrderNotMatchedIds) == idsOf(w.waiting.ids));
    CHECK(idsOf(f.planSnapshot.stoppedIds) == Ids{4});
    CHECK(idsOf(f.planSnapshot.linkedIds) == Ids{5});
    CHECK(idsOf(f.planSnapshot.matchedMovingInIds) == Ids{6, 7});
}

TEST_CASE("003 §3 figures per council add up to the agency", "[metrics][figures]")
{
    const auto children = cast();
    const auto hs = households();
    const ChildrenFigures sh = childrenFigures(children, hs, year, Scope::council(shrops));
    const ChildrenFigures st = childrenFigures(children, hs, year, Scope::council(staffs));

    // Shropshire placed c1 and c2, both with own adopters (100%); Staffordshire placed c3 (VAA)
    // and c8 (unknown): 0%.
    CHECK(idsOf(sh.placements.placed.ids) == Ids{1, 2});
    CHECK(*sh.placements.inHouseShare == Approx(1.0));
    CHECK(idsOf(st.placements.placed.ids) == Ids{3, 8});
    CHECK(*st.placements.inHouseShare == Approx(0.0));
    CHECK(idsOf(sh.agencyDecisions.ids) == Ids{1, 6, 11});
    CHECK(idsOf(st.agencyDecisions.ids) == Ids{3, 5});
    CHECK(sh.disruptions.ownAgency == 1);
    CHECK(st.disruptions.interAgency == 1);
    CHECK(idsOf(sh.waiting.waiting.ids) == Ids{6, 7});
    CHECK(idsOf(st.waiting.waiting.ids) == Ids{4, 5});

    // A council with no children has empty figures and no shares (not 0%).
    const ChildrenFigures stoke =
        childrenFigures(children, hs, year, Scope::council(QStringLiteral("STOKE")));
    CHECK(stoke.placements.placed.count() == 0);
    CHECK_FALSE(stoke.placements.inHouseShare.has_value());
    CHECK_FALSE(stoke.placements.earlyPermanenceShare.has_value());
}

TEST_CASE("children waiting are bucketed by priority on the census date", "[metrics][figures]")
{
    // Born 1 Apr 2019: 4 on 31 Mar 2024, 5 on 1 Apr 2024 — the bucket follows the date.
    Child c = withId(aChild()
                         .bornOn(d(2019, 4, 1))
                         .siblingGroup(QStringLiteral("G7"))
                         .enteredCare(d(2022, 1, 1))
                         .agencyDecision(d(2022, 6, 1))
                         .placementOrder(d(2022, 10, 1))
                         .build(),
                     1);
    const std::vector<Child> children = {c};
    const WaitingFigures march = childrenWaiting(children, d(2024, 3, 31));
    CHECK(march.priority.agedFiveOrOver.count() == 0);
    CHECK(march.priority.siblingGroup.count() == 1);
    CHECK(march.priority.anyPriority.count() == 1);
    const WaitingFigures april = childrenWaiting(children, d(2024, 4, 1));
    CHECK(april.priority.agedFiveOrOver.count() == 1);
    // The day of the order counts as 0 days waited, and a child is not waiting before it.
    CHECK(childrenWaiting(children, d(2022, 10, 1)).children.at(0).daysSincePlacementOrder == 0);
    CHECK(childrenWaiting(children, d(2022, 9, 30)).waiting.count() == 0);
}
