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
    // Equal scores list by title: rank the titles once here, so a search compares integers
    // (a single letter matches most references, and comparing 100,000 titles is what costs).
    std::vector<int> order(m_records.size());
    for (std::size_t r = 0; r < order.size(); ++r)
        order[r] = static_cast<int>(r);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_records[static_cast<std::size_t>(a)].title <
               m_records[static_cast<std::size_t>(b)].title;
    });
    m_titleRank.assign(m_records.size(), 0);
    m_byTitleRank.assign(m_records.size(), 0);
    for (std::size_t i = 0; i < order.size(); ++i) {
        m_titleRank[static_cast<std::size_t>(order[i])] = static_cast<int>(i);
        m_byTitleRank[i] = static_cast<std::size_t>(order[i]);
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

    // One integer key per hit: better score first, then title order (ranks are unique, so the
    // order is total and the same every time).
    std::array<std::vector<quint64>, 4> byKind;
    for (const int r : candidates) {
        const auto index = static_cast<std::size_t>(r);
        const SearchRecord& record = m_records[index];
        const int score = total[index] - (record.archived ? archivedPenalty : 0);
        const auto worse = static_cast<quint64>(static_cast<qint64>(1) << 31) -
                           static_cast<quint64>(static_cast<qint64>(score));
        byKind[static_cast<std::size_t>(record.kind)].push_back(
            (worse << 32) | static_cast<quint64>(m_titleRank[index]));
    }
    for (std::size_t k = 0; k < byKind.size(); ++k) {
        std::vector<quint64>& keys = byKind[k];
        results.totals[k] = static_cast<int>(keys.size());
        const auto shown = std::min(keys.size(), static_cast<std::size_t>(std::max(perKind, 0)));
        std::partial_sort(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(shown),
                          keys.end());
        for (std::size_t i = 0; i < shown; ++i) {
            const auto rank = static_cast<int>(keys[i] & 0xffffffffU);
            const auto worse = static_cast<qint64>(keys[i] >> 32);
            const int score = static_cast<int>((static_cast<qint64>(1) << 31) - worse);
            results.hits.push_back(
                {&m_records[m_byTitleRank[static_cast<std::size_t>(rank)]], score});
        }
    }
    return results;
}

} // namespace permanence::services
