#include "domain/LikelyDuplicate.h"

#include <catch2/catch.hpp>

using namespace permanence::domain;

namespace {

PersonIdentity person(const char* forename, const char* surname, QDate born,
                      const char* preferred = "")
{
    return {QString::fromUtf8(forename), QString::fromUtf8(surname), QString::fromUtf8(preferred),
            born};
}

const QDate born{2019, 3, 1};

} // namespace

TEST_CASE("names spelt differently but alike are alike", "[domain][duplicates]")
{
    CHECK(namesAlike(QStringLiteral("Mohammed"), QStringLiteral("Muhammad")));
    CHECK(namesAlike(QStringLiteral("Katie"), QStringLiteral("Katy")));
    CHECK(namesAlike(QStringLiteral("Kate"), QStringLiteral("Katherine")));
    CHECK(namesAlike(QStringLiteral("O'Brien"), QStringLiteral("OBrien")));
    CHECK(namesAlike(QStringLiteral("Zoë"), QStringLiteral("Zoe")));
    CHECK(namesAlike(QStringLiteral("Smith-Jones"), QStringLiteral("Jones")));
    CHECK(namesAlike(QStringLiteral("Thompson"), QStringLiteral("Thomson")));
    CHECK(namesAlike(QStringLiteral("Macdonald"), QStringLiteral("McDonald")));
    CHECK_FALSE(namesAlike(QStringLiteral("Amelia"), QStringLiteral("Olivia")));
    CHECK_FALSE(namesAlike(QStringLiteral("Jones"), QStringLiteral("Patel")));
    CHECK_FALSE(namesAlike(QStringLiteral("Al"), QStringLiteral("Ed")));
    CHECK_FALSE(namesAlike(QString(), QStringLiteral("Ed")));
}

TEST_CASE("the same date of birth and a similar name may be the same person",
          "[domain][duplicates]")
{
    const PersonIdentity typed = person("Ellie", "Marsh", born);
    CHECK(duplicateReason(typed, person("ellie", "MARSH", born)) ==
          DuplicateReason::SameNameAndBirth);
    CHECK(duplicateReason(typed, person("Elli", "Marsh", born)) ==
          DuplicateReason::SimilarNameAndBirth);
    CHECK(duplicateReason(typed, person("Eleanor", "Marsh", born, "Ellie")) ==
          DuplicateReason::SimilarNameAndBirth);
    CHECK(duplicateReason(typed, person("Ellie", "Marsch", born)) ==
          DuplicateReason::SimilarNameAndBirth);
    CHECK(duplicateReason(person("Muhammad", "Khan", born), person("Mohammed", "Khan", born)) ==
          DuplicateReason::SimilarNameAndBirth);
}

TEST_CASE("a different date of birth, surname or forename is not a duplicate",
          "[domain][duplicates]")
{
    const PersonIdentity typed = person("Ellie", "Marsh", born);
    CHECK_FALSE(duplicateReason(typed, person("Ellie", "Marsh", born.addDays(1))));
    CHECK_FALSE(duplicateReason(typed, person("Ellie", "Patel", born)));
    CHECK_FALSE(duplicateReason(typed, person("Grace", "Marsh", born)));
    // Without a date of birth there is nothing to compare.
    CHECK_FALSE(duplicateReason(person("Ellie", "Marsh", {}), person("Ellie", "Marsh", {})));
}

TEST_CASE("references match ignoring case, spaces and punctuation", "[domain][duplicates]")
{
    CHECK(sameReference(QStringLiteral("CBRAM-00247"), QStringLiteral("cbram 00247")));
    CHECK_FALSE(sameReference(QStringLiteral("CBRAM-00247"), QStringLiteral("CBRAM-00248")));
    CHECK_FALSE(sameReference(QString(), QString()));
}

TEST_CASE("likely duplicates list the strongest reason first", "[domain][duplicates]")
{
    std::vector<LikelyDuplicate> found{
        {SearchKind::Child,
         3,
         QStringLiteral("C-3"),
         {},
         {},
         DuplicateReason::SimilarNameAndBirth,
         false},
        {SearchKind::Child,
         1,
         QStringLiteral("C-1"),
         {},
         {},
         DuplicateReason::SameReference,
         false},
        {SearchKind::Child,
         2,
         QStringLiteral("C-2"),
         {},
         {},
         DuplicateReason::SimilarNameAndBirth,
         false},
    };
    sortLikelyDuplicates(found);
    CHECK(found[0].id == 1);
    CHECK(found[1].id == 2);
    CHECK(found[2].id == 3);
    CHECK(duplicateReasonText(DuplicateReason::SameReference) == QStringLiteral("Same reference"));
}
