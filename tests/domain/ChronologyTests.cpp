#include "Builders.h"
#include "domain/Chronology.h"

#include <catch2/catch.hpp>

using namespace permanence;
using namespace permanence::domain;
using test::d;

namespace {

QStringList events(const std::vector<ChronologyEntry>& entries)
{
    QStringList out;
    for (const ChronologyEntry& e : entries)
        out << e.event;
    return out;
}

} // namespace

TEST_CASE("a child's chronology tells the journey newest first, later steps first on one day",
          "[domain][chronology]")
{
    Child child = test::aChild()
                      .enteredCare(d(2021, 6, 1))
                      .agencyDecision(d(2022, 1, 10))
                      .placementOrder(d(2022, 3, 15))
                      .linked(d(2022, 5, 2))
                      .matchDecision(d(2022, 6, 20))
                      .movedIn(d(2022, 6, 20))
                      .build();
    child.journey.matchingPanel = d(2022, 6, 14);
    CaseNote note;
    note.date = d(2022, 5, 2);
    note.kind = NoteKind::Opinion;
    note.text = QStringLiteral("Introductions went well.");
    note.author = QStringLiteral("j.bloggs");
    note.recordedAt = QDateTime(d(2022, 5, 3), QTime(9, 30), Qt::UTC);

    std::vector<ChronologyEntry> entries = chronologyOf(child, {note});
    sortNewestFirst(entries);
    CHECK(events(entries) == QStringList{
                                 QStringLiteral("Moved in with adopters"),
                                 QStringLiteral("Agency decision: match approved"),
                                 QStringLiteral("Matching panel"),
                                 QStringLiteral("Case note (opinion)"),
                                 QStringLiteral("Linked with prospective adopters"),
                                 QStringLiteral("Placement order granted"),
                                 QStringLiteral("Agency decision: should be placed for adoption"),
                                 QStringLiteral("Entered care"),
                                 QStringLiteral("Born"),
                             });
    const ChronologyEntry& n = entries[3];
    CHECK(n.source == ChronologySource::CaseNote);
    CHECK(n.noteKind == NoteKind::Opinion);
    CHECK(n.recordedBy == QStringLiteral("j.bloggs"));
    CHECK(n.detail == QStringLiteral("Introductions went well."));
    CHECK(entries[1].source == ChronologySource::Panel);
    CHECK(entries[0].source == ChronologySource::Placement);
}

TEST_CASE("consent, early permanence, disruption, plan change and a stop appear as facts",
          "[domain][chronology]")
{
    Child child = test::aChild()
                      .enteredCare(d(2021, 6, 1))
                      .agencyDecision(d(2021, 9, 1))
                      .placementOrder(d(2021, 10, 1))
                      .earlyPermanence(d(2021, 7, 1))
                      .build();
    child.journey.authority = PlacementAuthority::Consent;
    child.journey.earlyPermanenceCarers = QStringLiteral("the Greens");
    child.pastPlacements.push_back({HouseholdId{4}, d(2022, 1, 5), d(2022, 2, 1), d(2022, 2, 20),
                                    d(2022, 4, 1), QStringLiteral("Needs not met"), true,
                                    QStringLiteral("Earlier support plan")});
    child.planChange = {d(2023, 1, 9), QStringLiteral("Court decision"),
                        QStringLiteral("Special guardianship")};
    child.familyFindingStop = {d(2022, 12, 1), QStringLiteral("Ongoing assessment")};

    const std::vector<ChronologyEntry> entries = chronologyOf(child, {});
    const auto find = [&](const QString& event) {
        for (const ChronologyEntry& e : entries)
            if (e.event == event)
                return e;
        FAIL("no entry " << event.toStdString());
        return ChronologyEntry{};
    };
    CHECK(find(QStringLiteral("Consent to placement for adoption given")).date == d(2021, 10, 1));
    CHECK(find(QStringLiteral("Placed in early permanence (fostering for adoption)")).detail ==
          QStringLiteral("With the Greens"));
    const ChronologyEntry disruption =
        find(QStringLiteral("Placement disrupted before the adoption order"));
    CHECK(disruption.date == d(2022, 4, 1));
    CHECK(disruption.detail ==
          QStringLiteral("Needs not met. Disruption meeting held. Learning: Earlier support plan"));
    CHECK(find(QStringLiteral("Plan changed away from adoption")).detail ==
          QStringLiteral("Court decision. New plan: Special guardianship"));
    CHECK(find(QStringLiteral("Family finding stopped")).detail ==
          QStringLiteral("Ongoing assessment"));
}

TEST_CASE("a household's chronology has its journey, pauses, training and placed children",
          "[domain][chronology]")
{
    AdopterHousehold h = test::aHousehold().build();
    h.pauses = {{d(2022, 6, 1), d(2022, 7, 1), QStringLiteral("Applicants' break")}};
    TrainingEvent prep;
    prep.kind = TrainingKind::Preparation;
    prep.title = QStringLiteral("Preparation, spring");
    prep.start = d(2022, 3, 7);
    prep.end = d(2022, 3, 9);

    std::vector<ChronologyEntry> entries = chronologyOf(h, {}, {prep});
    Child child = test::aChild()
                      .named(QStringLiteral("Ellie"), QStringLiteral("Marsh"))
                      .enteredCare(d(2021, 6, 1))
                      .agencyDecision(d(2022, 1, 10))
                      .placementOrder(d(2022, 3, 15))
                      .linked(d(2023, 5, 2))
                      .build();
    for (ChronologyEntry& e : placementEntriesFor(child))
        entries.push_back(e);
    sortNewestFirst(entries);
    const QStringList all = events(entries);
    CHECK(all.front() == QStringLiteral("Linked with a child"));
    CHECK(entries.front().detail == QStringLiteral("Ellie Marsh (C-0001)"));
    CHECK(all.contains(QStringLiteral("Agency decision: approved as adopters")));
    CHECK(all.contains(QStringLiteral("Assessment paused")));
    CHECK(all.contains(QStringLiteral("Assessment resumed")));
    CHECK(all.contains(
        QStringLiteral("Attended training: %1").arg(trainingKindLabel(TrainingKind::Preparation))));
    CHECK(all.back() == QStringLiteral("Enquiry"));
}
