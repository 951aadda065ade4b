#include "domain/NameMatching.h"

#include <algorithm>
#include <vector>

namespace permanence::domain {

namespace {

/// Letters grouped by how they sound; 0 for letters that carry no consonant sound here.
QChar soundCode(QChar c)
{
    switch (c.unicode()) {
    case 'b':
    case 'p':
        return QLatin1Char('p');
    case 'c':
    case 'k':
    case 'q':
        return QLatin1Char('k');
    case 'd':
    case 't':
        return QLatin1Char('t');
    case 'f':
    case 'v':
        return QLatin1Char('f');
    case 'g':
    case 'j':
        return QLatin1Char('j');
    case 's':
    case 'z':
    case 'x':
        return QLatin1Char('s');
    case 'l':
    case 'm':
    case 'n':
    case 'r':
        return c;
    default:
        return QChar(); // vowels, h, w, y and digits
    }
}

} // namespace

QString foldForSearch(QStringView text)
{
    // NFKD splits "ë" into "e" and a combining mark, which is then dropped with the other
    // non-letters.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            folded += c.toLower();
    }
    return folded;
}

QStringList searchWords(QStringView text)
{
    QStringList words;
    QString current;
    const auto flush = [&] {
        const QString folded = foldForSearch(current);
        if (!folded.isEmpty())
            words << folded;
        current.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char('&') ||
            c == QLatin1Char('/')) {
            flush();
        } else if (c == QLatin1Char('-')) {
            // "CBRAM-00247" (letters then digits) stays one word; "Smith-Jones" is two.
            const bool referenceLike = i + 1 < text.size() && text[i + 1].isDigit();
            if (!referenceLike)
                flush();
        } else {
            current += c;
        }
    }
    flush();
    return words;
}

QString soundKey(QStringView folded)
{
    if (folded.isEmpty())
        return {};
    const auto isVowel = [](QChar c) { return QStringView(u"aeiouy").contains(c); };
    // The first letter is kept (as its sound, so Catherine and Katherine agree); after it, each
    // run of vowels becomes one '.', h and w are silent, and a consonant sound is written once
    // however often it repeats.
    const QChar firstCode = soundCode(folded.front());
    QString key(firstCode.isNull() ? folded.front() : firstCode);
    QChar previous = isVowel(folded.front()) ? QLatin1Char('.') : firstCode;
    for (qsizetype i = 1; i < folded.size(); ++i) {
        const QChar c = folded[i];
        if (c == QLatin1Char('h') && folded[i - 1] == QLatin1Char('p')) {
            key.back() = QLatin1Char('f'); // "ph" sounds like f
            previous = QLatin1Char('f');
            continue;
        }
        if (c == QLatin1Char('h') || c == QLatin1Char('w'))
            continue;
        const QChar code = isVowel(c) ? QLatin1Char('.') : soundCode(c);
        if (code.isNull())
            continue; // digits
        if (code != previous)
            key += code;
        previous = code;
    }
    while (key.size() > 1 && key.back() == QLatin1Char('.'))
        key.chop(1); // Katie and Katy end alike
    return key;
}

int editDistance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Three rows of the dynamic programme: two back for the swap of neighbours.
    std::vector<int> before(static_cast<size_t>(m + 1)), previous(static_cast<size_t>(m + 1)),
        current(static_cast<size_t>(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        previous[static_cast<size_t>(j)] = static_cast<int>(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = static_cast<int>(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const auto sj = static_cast<size_t>(j);
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int best = std::min({previous[sj] + 1, current[sj - 1] + 1, previous[sj - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                best = std::min(best, before[sj - 2] + 1);
            current[sj] = best;
            rowBest = std::min(rowBest, best);
        }
        if (rowBest > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[static_cast<size_t>(m)], limit + 1);
}

} // namespace permanence::domain
