#include "Builders.h"
#include "services/Search.h"
#include "services/SearchIndex.h"
#include "services/Workspace.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace permanence;
using namespace permanence::test;
using domain::SearchKind;
using domain::SearchRecord;
using services::SearchIndex;
using services::SearchResults;

namespace {

SearchRecord child(qint64 id, const QString& forename, const QString& surname,
                   const QString& reference, bool archived = false)
{
    SearchRecord r;
    r.kind = SearchKind::Child;
    r.id = id;
    r.reference = reference;
    r.title = forename + QLatin1Char(' ') + surname;
    r.names = {forename, surname};
    r.archived = archived;
    return r;
}

SearchRecord household(qint64 id, const QStringList& names, const QString& reference)
{
    SearchRecord r;
    r.kind = SearchKind::Household;
    r.id = id;
    r.reference = reference;
    r.title = names.join(QLatin1Char(' '));
    r.names = names;
    return r;
}

QStringList titles(const SearchResults& results)
{
    QStringList out;
    for (const auto& hit : results.hits)
        out << hit.record->title;
    return out;
}

SearchIndex sampleIndex()
{
    SearchIndex index;
    index.build(
        {child(1, QStringLiteral("Muhammad"), QStringLiteral("Khan"),
               QStringLiteral("CBRAM-00247")),
         child(2, QStringLiteral("Mohammed"), QStringLiteral("Ali"), QStringLiteral("CBRAM-00248")),
         child(3, QStringLiteral("Katy"), QStringLiteral("Marsh"), QStringLiteral("CASHB-00081")),
         child(4, QStringLiteral("Katie"), QStringLiteral("Moss"), QStringLiteral("CASHB-00082"),
               true),
         child(5, QStringLiteral("Matthew"), QStringLiteral("Hughes"),
               QStringLiteral("CDUNM-00001")),
         household(6, {QStringLiteral("Priya"), QStringLiteral("Sam"), QStringLiteral("Holloway")},
                   QStringLiteral("H-00001")),
         household(7, {QStringLiteral("Mohamed"), QStringLiteral("Khan")},
                   QStringLiteral("H-00002"))});
    return index;
}

} // namespace

TEST_CASE("spelling variants are found, the spelling typed first", "[services][search]")
{
    const SearchIndex index = sampleIndex();
    const SearchResults m = index.find(QStringLiteral("Mohammed"));
    // Children first, then households; within children the exact spelling first.
    CHECK(titles(m) == QStringList{QStringLiteral("Mohammed Ali"), QStringLiteral("Muhammad Khan"),
                                   QStringLiteral("Mohamed Khan")});
    CHECK(m.hits[0].score == SearchIndex::exactPoints);
    CHECK(m.hits[1].score == SearchIndex::soundPoints);
    CHECK(m.total(SearchKind::Child) == 2);
    CHECK(m.total(SearchKind::Household) == 1);

    // Katy is found by Katie; the archived Katie comes after the live Katy.
    CHECK(titles(index.find(QStringLiteral("Katie"))) ==
          QStringList{QStringLiteral("Katy Marsh"), QStringLiteral("Katie Moss")});
    CHECK_FALSE(
        titles(index.find(QStringLiteral("Mohammed"))).contains(QStringLiteral("Matthew Hughes")));
}

TEST_CASE("as the user types, a prefix finds the names it starts", "[services][search]")
{
    const SearchIndex index = sampleIndex();
    CHECK(titles(index.find(QStringLiteral("Hollo"))) ==
          QStringList{QStringLiteral("Priya Sam Holloway")});
    CHECK(index.find(QStringLiteral("Mat")).hits.front().record->title ==
          QStringLiteral("Matthew Hughes"));
    // A misspelling one letter out still finds the name.
    CHECK(titles(index.find(QStringLiteral("Hughs"))) ==
          QStringList{QStringLiteral("Matthew Hughes")});
}

TEST_CASE("every word typed must match the same record", "[services][search]")
{
    const SearchIndex index = sampleIndex();
    CHECK(titles(index.find(QStringLiteral("muhammad khan"))) ==
          QStringList{QStringLiteral("Muhammad Khan"), QStringLiteral("Mohamed Khan")});
    CHECK(index.find(QStringLiteral("katy holloway")).hits.empty());
    CHECK(index.find(QStringLiteral("   ")).hits.empty());
}

TEST_CASE("a reference is found as written, or by its number", "[services][search]")
{
    const SearchIndex index = sampleIndex();
    CHECK(titles(index.find(QStringLiteral("CBRAM-00247"))) ==
          QStringList{QStringLiteral("Muhammad Khan")});
    // Equal matches are in alphabetical order.
    CHECK(titles(index.find(QStringLiteral("cbram-0024"))) ==
          QStringList{QStringLiteral("Mohammed Ali"), QStringLiteral("Muhammad Khan")});
    CHECK(titles(index.find(QStringLiteral("00081"))) == QStringList{QStringLiteral("Katy Marsh")});
    CHECK(titles(index.find(QStringLiteral("H-00002"))) ==
          QStringList{QStringLiteral("Mohamed Khan")});
}

TEST_CASE("results are capped per kind with the total kept", "[services][search]")
{
    std::vector<SearchRecord> many;
    for (int i = 1; i <= 30; ++i)
        many.push_back(child(i, QStringLiteral("Ellie"), QStringLiteral("Marsh%1").arg(i),
                             QStringLiteral("C-%1").arg(i)));
    SearchIndex index;
    index.build(std::move(many));
    const SearchResults found = index.find(QStringLiteral("ellie"), 8);
    CHECK(found.hits.size() == 8);
    CHECK(found.total(SearchKind::Child) == 30);
}

TEST_CASE("the search service reads the workspace and follows its changes", "[services][search]")
{
    QTemporaryDir dir;
    domain::FixedClock clock{d(2024, 6, 30)};
    auto opened = services::Workspace::open(dir.filePath(QStringLiteral("s.sqlite")), clock,
                                            domain::Actor{QStringLiteral("tester")});
    REQUIRE(opened);
    services::Workspace& ws = **opened;
    REQUIRE(ws.setAgency(aFourCouncilAgency()));
    auto id = ws.createChild(aChild()
                                 .reference(QStringLiteral("C-1"))
                                 .named(QStringLiteral("Katy"), QStringLiteral("Marsh"))
                                 .build());
    REQUIRE(id);
    REQUIRE(ws.createHousehold(aHousehold().build()));

    services::Search search(&ws);
    auto found = search.find(QStringLiteral("katie"));
    REQUIRE(found);
    REQUIRE(found->hits.size() == 1);
    CHECK(found->hits[0].record->id == id->value);
    CHECK(found->hits[0].record->kind == SearchKind::Child);
    CHECK(found->hits[0].record->detail.contains(QStringLiteral("born 1 Mar 2019")));

    auto holloway = search.find(QStringLiteral("holloway"));
    REQUIRE(holloway);
    REQUIRE(holloway->hits.size() == 1);
    CHECK(holloway->hits[0].record->kind == SearchKind::Household);
    CHECK(holloway->hits[0].record->title == QStringLiteral("Sam & Priya Holloway"));

    domain::Child renamed = ws.child(*id).value();
    renamed.surname = QStringLiteral("Bright");
    REQUIRE(ws.updateChild(renamed));
    auto after = search.find(QStringLiteral("katy bright"));
    REQUIRE(after);
    CHECK(after->hits.size() == 1);
}
