#include "services/SearchIndex.h"

#include "domain/NameMatching.h"

#include <algorithm>
#include <map>

namespace permanence::services {

using domain::SearchRecord;

namespace {
constexpr int archivedPenalty = 1000; // archived records after every live one of their kind
constexpr std::size_t maxWordLength = 40;

bool hasDigit(const QString& word)
{
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
}
} // namespace

void SearchIndex::build(std::vector<SearchRecord> records)
{
    m_records = std::move(records);
    // Words → records through an ordered map once; then flat sorted vectors for lookups.
    std::map<QString, std::vector<int>> postings;
    for (int r = 0; r < static_cast<int>(m_records.size()); ++r) {
        const SearchRecord& record = m_records[static_cast<std::size_t>(r)];
        QStringList words = domain::searchWords(record.reference);
        // The reference's number alone ("00247") finds it too.
        const QString folded = domain::foldForSearch(record.reference);
        qsizetype digitsFrom = folded.size();
        while (digitsFrom > 0 && folded[digitsFrom - 1].isDigit())
            --digitsFrom;
        if (digitsFrom > 0 && digitsFrom < folded.size())
            words << folded.mid(digitsFrom);
        for (const QString& name : record.names)
            words << domain::searchWords(name);
        words.removeDuplicates();
        for (const QString& word : words)
            postings[word].push_back(r);
    }
    m_words.clear();
    m_postings.clear();
    m_bySound.clear();
    m_nameWordsByLength.assign(maxWordLength + 1, {});
    m_words.reserve(postings.size());
    m_postings.reserve(postings.size());
    for (auto& [word, list] : postings) {
        const int index = static_cast<int>(m_words.size());
        m_words.push_back(word);
        m_postings.push_back(std::move(list));
        // Only names are compared by sound and spelling: references must be typed as they are.
        if (!hasDigit(word)) {
            m_bySound[domain::soundKey(word)].push_back(index);
            m_nameWordsByLength[std::min(static_cast<std::size_t>(word.size()), maxWordLength)]
                .push_back(index);
        }
    }
}

void SearchIndex::credit(int word, int points, std::vector<int>& best,
                         std::vector<int>& touched) const
{
    for (const int r : m_postings[static_cast<std::size_t>(word)]) {
        int& b = best[static_cast<std::size_t>(r)];
        if (b == 0)
            touched.push_back(r);
        b = std::max(b, points);
    }
}

void SearchIndex::scoreWord(const QString& typed, std::vector<int>& best,
                            std::vector<int>& touched) const
{
    // Exact and prefix: the sorted range of words that start with what was typed.
    auto it = std::lower_bound(m_words.cbegin(), m_words.cend(), typed);
    for (; it != m_words.cend() && it->startsWith(typed); ++it) {
        const int word = static_cast<int>(it - m_words.cbegin());
        credit(word, *it == typed ? exactPoints : prefixPoints, best, touched);
    }
    if (typed.size() < 3 || hasDigit(typed))
        return;
    if (const auto sound = m_bySound.constFind(domain::soundKey(typed));
        sound != m_bySound.cend()) {
        for (const int word : *sound)
            credit(word, soundPoints, best, touched);
    }
    if (typed.size() < 4)
        return;
    const int limit = typed.size() >= 7 ? 2 : 1;
    const auto length = static_cast<int>(typed.size());
    for (int l = std::max(1, length - limit);
         l <= std::min(length + limit, static_cast<int>(maxWordLength)); ++l) {
        for (const int word : m_nameWordsByLength[static_cast<std::size_t>(l)]) {
            const int distance =
                domain::editDistance(typed, m_words[static_cast<std::size_t>(word)], limit);
            if (distance > limit)
                continue; // editDistance says limit + 1 for anything further
            if (distance == 1)
                credit(word, oneEditPoints, best, touched);
            else if (distance == 2)
                credit(word, twoEditPoints, best, touched);
        }
    }
}

SearchResults SearchIndex::find(const QString& query, int perKind) const
{
    SearchResults results;
    const QStringList typed = domain::searchWords(query);
    if (typed.isEmpty() || m_records.empty())
        return results;

    std::vector<int> total(m_records.size(), 0);
    std::vector<int> best(m_records.size(), 0);
    std::vector<int> candidates;
    for (qsizetype w = 0; w < typed.size(); ++w) {
        std::vector<int> touched;
        scoreWord(typed[w], best, touched);
        if (w == 0) {
            candidates = touched;
            for (const int r : touched)
                total[static_cast<std::size_t>(r)] = best[static_cast<std::size_t>(r)];
        } else {
            // Every word typed must match: keep only candidates this word matched too.
            std::vector<int> kept;
            for (const int r : candidates) {
                if (const int b = best[static_cast<std::size_t>(r)]; b > 0) {
                    total[static_cast<std::size_t>(r)] += b;
                    kept.push_back(r);
                }
            }
            candidates.swap(kept);
        }
        for (const int r : touched)
            best[static_cast<std::size_t>(r)] = 0;
        if (candidates.empty())
            return results;
    }

    std::array<std::vector<SearchHit>, 4> byKind;
    for (const int r : candidates) {
        const SearchRecord& record = m_records[static_cast<std::size_t>(r)];
        const int score =
            total[static_cast<std::size_t>(r)] - (record.archived ? archivedPenalty : 0);
        byKind[static_cast<std::size_t>(record.kind)].push_back({&record, score});
    }
    for (std::size_t k = 0; k < byKind.size(); ++k) {
        std::vector<SearchHit>& hits = byKind[k];
        results.totals[k] = static_cast<int>(hits.size());
        const auto better = [](const SearchHit& a, const SearchHit& b) {
            if (a.score != b.score)
                return a.score > b.score;
            if (a.record->title != b.record->title)
                return a.record->title < b.record->title;
            return a.record->id < b.record->id;
        };
        const auto shown = std::min(hits.size(), static_cast<std::size_t>(std::max(perKind, 0)));
        std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(shown),
                          hits.end(), better);
        results.hits.insert(results.hits.end(), hits.begin(),
                            hits.begin() + static_cast<std::ptrdiff_t>(shown));
    }
    return results;
}

} // namespace permanence::services
