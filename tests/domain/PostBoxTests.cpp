#include "domain/PostBox.h"

#include <catch2/catch.hpp>

using namespace permanence::domain;

namespace {

PostBoxAgreement yearly(PostBoxDirection direction = PostBoxDirection::BothWays)
{
    PostBoxAgreement a;
    a.birthRelative = QStringLiteral("Birth mother");
    a.direction = direction;
    a.everyMonths = 12;
    a.start = QDate(2023, 3, 15);
    return a;
}

} // namespace

TEST_CASE("the first item is due one period after the agreement starts", "[domain][postbox]")
{
    const PostBoxAgreement a = yearly();
    CHECK(nextItemDue(a, PostBoxParty::AdoptiveFamily) == QDate(2024, 3, 15));
    CHECK(nextItemDue(a, PostBoxParty::BirthRelative) == QDate(2024, 3, 15));
    CHECK_FALSE(isOverdue(a, PostBoxParty::AdoptiveFamily, QDate(2024, 3, 15)));
    CHECK(isOverdue(a, PostBoxParty::AdoptiveFamily, QDate(2024, 3, 16)));
}

TEST_CASE("the next item is due a period after the last one received from that party",
          "[domain][postbox]")
{
    PostBoxAgreement a = yearly();
    a.everyMonths = 6;
    a.items << PostBoxItem{QDate(2023, 8, 31), PostBoxParty::AdoptiveFamily, QDate(2023, 9, 4)};
    // Six calendar months after 31 Aug is 29 Feb in a leap year.
    CHECK(nextItemDue(a, PostBoxParty::AdoptiveFamily) == QDate(2024, 2, 29));
    CHECK_FALSE(isOverdue(a, PostBoxParty::AdoptiveFamily, QDate(2024, 2, 29)));
    CHECK(isOverdue(a, PostBoxParty::AdoptiveFamily, QDate(2024, 3, 1)));
    // The birth mother has sent nothing: hers is due six months after the start.
    CHECK(nextItemDue(a, PostBoxParty::BirthRelative) == QDate(2023, 9, 15));
    CHECK(isOverdue(a, PostBoxParty::BirthRelative, QDate(2023, 9, 16)));
}

TEST_CASE("a one-way agreement expects nothing from the other party", "[domain][postbox]")
{
    const PostBoxAgreement a = yearly(PostBoxDirection::FamilyToBirthRelative);
    CHECK(nextItemDue(a, PostBoxParty::AdoptiveFamily).has_value());
    CHECK_FALSE(nextItemDue(a, PostBoxParty::BirthRelative).has_value());
    CHECK_FALSE(isOverdue(a, PostBoxParty::BirthRelative, QDate(2030, 1, 1)));
    const PostBoxAgreement b = yearly(PostBoxDirection::BirthRelativeToFamily);
    CHECK_FALSE(nextItemDue(b, PostBoxParty::AdoptiveFamily).has_value());
}

TEST_CASE("nothing is due under an agreement that has ended", "[domain][postbox]")
{
    PostBoxAgreement a = yearly();
    a.ended = QDate(2024, 1, 10);
    CHECK_FALSE(nextItemDue(a, PostBoxParty::AdoptiveFamily).has_value());
    CHECK_FALSE(isOverdue(a, PostBoxParty::AdoptiveFamily, QDate(2025, 1, 1)));
    a.ended = QDate(2024, 3, 16);
    CHECK(nextItemDue(a, PostBoxParty::AdoptiveFamily) == QDate(2024, 3, 15));
}

TEST_CASE("items received but not passed on are counted", "[domain][postbox]")
{
    PostBoxAgreement a = yearly();
    a.items << PostBoxItem{QDate(2024, 3, 1), PostBoxParty::AdoptiveFamily, QDate(2024, 3, 8)}
            << PostBoxItem{QDate(2024, 3, 20), PostBoxParty::BirthRelative, {}};
    CHECK(awaitingExchange(a) == 1);
}

TEST_CASE("a post-box agreement lists every problem at once, naming the field", "[domain][postbox]")
{
    PostBoxAgreement a;
    a.everyMonths = 0;
    a.items << PostBoxItem{QDate(2024, 5, 1), PostBoxParty::BirthRelative, QDate(2024, 4, 1)}
            << PostBoxItem{QDate(2025, 5, 1), PostBoxParty::BirthRelative, {}};
    const Problems problems = validate(a, QDate(2025, 1, 1));
    QStringList fields;
    for (const Problem& p : problems)
        fields << p.field;
    CHECK(fields.contains(QStringLiteral("Birth relative")));
    CHECK(fields.contains(QStringLiteral("Agreement start")));
    CHECK(fields.contains(QStringLiteral("Frequency")));
    CHECK(fields.contains(QStringLiteral("Exchanged")));
    CHECK(fields.contains(QStringLiteral("Received")));
    CHECK(problems.size() == 5);
    CHECK(validate(yearly(), QDate(2025, 1, 1)).empty());
}

TEST_CASE("post-box codes round-trip", "[domain][postbox]")
{
    for (auto d : {PostBoxDirection::BothWays, PostBoxDirection::FamilyToBirthRelative,
                   PostBoxDirection::BirthRelativeToFamily})
        CHECK(postBoxDirectionFromCode(postBoxDirectionCode(d)) == d);
    for (auto p : {PostBoxParty::AdoptiveFamily, PostBoxParty::BirthRelative})
        CHECK(postBoxPartyFromCode(postBoxPartyCode(p)) == p);
    CHECK_FALSE(postBoxPartyFromCode(QStringLiteral("x")).has_value());
}
