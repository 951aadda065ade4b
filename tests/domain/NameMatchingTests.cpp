#include "domain/NameMatching.h"

#include <catch2/catch.hpp>

using namespace permanence::domain;

TEST_CASE("names fold to lower-case letters and digits without accents", "[domain][search]")
{
    CHECK(foldForSearch(u"Zoë") == QStringLiteral("zoe"));
    CHECK(foldForSearch(u"O'Brien") == QStringLiteral("obrien"));
    CHECK(foldForSearch(u"CBRAM-00247") == QStringLiteral("cbram00247"));
    CHECK(foldForSearch(u"  ") == QString());
}

TEST_CASE("search words split names but keep a reference whole", "[domain][search]")
{
    CHECK(searchWords(u"Mary-Jane  Smith") ==
          QStringList{QStringLiteral("mary"), QStringLiteral("jane"), QStringLiteral("smith")});
    CHECK(searchWords(u"CBRAM-00247") == QStringList{QStringLiteral("cbram00247")});
    CHECK(searchWords(u"Natalie & Sanjay Shaw") ==
          QStringList{QStringLiteral("natalie"), QStringLiteral("sanjay"), QStringLiteral("shaw")});
    CHECK(searchWords(u"").isEmpty());
}

TEST_CASE("names that sound alike share a sound key", "[domain][search]")
{
    const auto same = [](const char16_t* a, const char16_t* b) {
        return soundKey(foldForSearch(a)) == soundKey(foldForSearch(b));
    };
    CHECK(same(u"Mohammed", u"Muhammad"));
    CHECK(same(u"Mohammed", u"Mohamed"));
    CHECK(same(u"Katie", u"Katy"));
    CHECK(same(u"Catherine", u"Katherine"));
    CHECK(same(u"Aisling", u"Ashling"));
    CHECK(same(u"Stephen", u"Steven"));
    CHECK(same(u"Sophie", u"Sofie"));
    CHECK_FALSE(same(u"Mohammed", u"Matthew"));
    CHECK_FALSE(same(u"Katie", u"Karen"));
    CHECK(soundKey(QString()).isEmpty());
}

TEST_CASE("edit distance counts insertions, deletions, changes and swapped neighbours",
          "[domain][search]")
{
    CHECK(editDistance(u"katy", u"katy", 2) == 0);
    CHECK(editDistance(u"katy", u"kate", 2) == 1);
    CHECK(editDistance(u"ahmed", u"ahmad", 2) == 1);
    CHECK(editDistance(u"sarah", u"sara", 2) == 1);
    CHECK(editDistance(u"chloe", u"cheloe", 2) == 1);
    CHECK(editDistance(u"jonathan", u"jonahtan", 2) == 1); // two letters swapped
    CHECK(editDistance(u"siobhan", u"shivaun", 2) == 3);   // beyond the limit: limit + 1
    CHECK(editDistance(u"ab", u"abcdef", 2) == 3);
}
