#pragma once

#include "domain/SearchRecord.h"

#include <QHash>
#include <QString>
#include <array>
#include <vector>

namespace permanence::services {

/// One record found, with how well it matched (higher is better).
struct SearchHit
{
    const domain::SearchRecord* record = nullptr; ///< owned by the index; valid until rebuilt
    int score = 0;
};

/// What a search found: the best hits of each kind, grouped in SearchKind order and best
/// first within a kind, and how many of each kind matched in all.
struct SearchResults
{
    std::vector<SearchHit> hits;
    std::array<int, 4> totals{}; ///< by SearchKind
    [[nodiscard]] int total(domain::SearchKind kind) const
    {
        return totals[static_cast<std::size_t>(kind)];
    }
};

/// An in-memory index of every record's names and reference, answering a search as the user
/// types in well under a keystroke's time on a national database (see docs/performance.md).
///
/// Every word typed must match a word of the record; a word matches, best first, when it is
/// the same (100 points), the start of the record's word (80: "Moh" finds Mohammed), sounds
/// the same (60: "Muhammad" finds Mohammed, "Katie" finds Katy; words of three letters or
/// more), or is one edit away (50, words of four letters or more) or two (35, seven or more).
/// A record's score is the sum over the words typed; archived records rank after the others.
class SearchIndex
{
public:
    void build(std::vector<domain::SearchRecord> records);
    [[nodiscard]] SearchResults find(const QString& query, int perKind = 8) const;
    [[nodiscard]] std::size_t size() const { return m_records.size(); }

    static constexpr int exactPoints = 100;
    static constexpr int prefixPoints = 80;
    static constexpr int soundPoints = 60;
    static constexpr int oneEditPoints = 50;
    static constexpr int twoEditPoints = 35;

private:
    /// For one word typed, the best points each record earns (only records that earn any).
    void scoreWord(const QString& typed, std::vector<int>& best, std::vector<int>& touched) const;
    void credit(int word, int points, std::vector<int>& best, std::vector<int>& touched) const;

    std::vector<domain::SearchRecord> m_records;
    std::vector<QString> m_words;                      ///< distinct folded words, sorted
    std::vector<std::vector<int>> m_postings;          ///< per word: the records holding it
    QHash<QString, std::vector<int>> m_bySound;        ///< sound key → words
    std::vector<std::vector<int>> m_nameWordsByLength; ///< name words (no digits) by length
    std::vector<int> m_titleRank;                      ///< per record: its place in title order
    std::vector<std::size_t> m_byTitleRank;            ///< per place in title order: the record
};

} // namespace permanence::services
