#include "matching/Evaluation.h"

#include "domain/Person.h"

#include <algorithm>
#include <bit>

namespace permanence::matching::detail {

using namespace permanence::domain;

namespace {

constexpr int maxTerms = 8; // per kind; brothers and sisters rarely differ at all

/// Which household contact kinds satisfy a plan of each kind: households open to more with
/// adults accept the lighter kinds too; direct contact with brothers and sisters alone says
/// nothing about letters to birth parents.
quint8 satisfiedBy(quint8 planKind)
{
    switch (planKind) {
    case Letterbox:
        return Letterbox | Video | DirectFamily;
    case Video:
        return Video | DirectFamily;
    case DirectSiblings:
        return DirectSiblings | DirectFamily;
    default:
        return DirectFamily;
    }
}

bool textMentions(const PoolData& pool, int text, int vocabularyId, const QString& term)
{
    if (vocabularyId >= 0)
        return pool.mentionsTerm(text, vocabularyId);
    // A word no child or applicant of the pool uses (a new child's language): search the text.
    return containsWord(pool.texts.at(text), term);
}

template <typename T> void addDistinct(std::vector<T>& list, const T& value)
{
    if (list.size() < maxTerms && std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}

} // namespace

PreparedUnit prepare(const PoolData& pool, const MatchUnit& unit, const MatchingWeights& weights,
                     int onlyText)
{
    PreparedUnit u;
    u.size = unit.size();
    u.youngest = unit.children.empty() ? 0 : 1000;
    u.eldest = 0;
    std::vector<int> ethnicityCodes;
    std::vector<QString> religionTerms;
    std::vector<QString> languageTerms;
    for (const UnitChild& c : unit.children) {
        u.youngest = std::min(u.youngest, c.age);
        u.eldest = std::max(u.eldest, c.age);
        if (c.sex)
            u.sexes |= static_cast<quint8>(1u << static_cast<int>(*c.sex));
        if (const int k = pool.councilIndex(c.councilCode); k >= 0)
            u.councils |= quint64{1} << k;
        const int e = ethnicityIndex(c.ethnicity);
        if (e >= 0 && c.ethnicity != QLatin1String("REFU") && c.ethnicity != QLatin1String("NOBT"))
            addDistinct(ethnicityCodes, e);
        const QString religion = c.religion.toLower();
        if (!isNoReligion(religion))
            addDistinct(religionTerms, religion);
        const QString language = c.firstLanguage.toLower();
        if (!isEnglish(language))
            addDistinct(languageTerms, language);
    }
    u.needs = unit.needs() & ((quint32{1} << maxNeedCategories) - 1);
    u.uncategorisedDisability = unit.hasUncategorisedDisability();
    u.needCount = std::popcount(u.needs) + (u.uncategorisedDisability ? 1 : 0);
    u.needsEarlyPermanence = unit.needsEarlyPermanence();

    for (int e : ethnicityCodes)
        u.ethnicities.push_back({e, heritageStrands(e)});
    for (const QString& r : religionTerms)
        u.religions.push_back(pool.vocabulary.value(r, -1));
    u.languageCount = static_cast<int>(languageTerms.size());

    u.textFlags.assign(static_cast<size_t>(pool.texts.size()), 0);
    const int first = onlyText >= 0 ? onlyText : 0;
    const int last = onlyText >= 0 ? onlyText + 1 : static_cast<int>(pool.texts.size());
    for (int t = first; t < last && t < pool.texts.size(); ++t) {
        quint32 flags = pool.openToAny[static_cast<size_t>(t)] ? PreparedUnit::openToAnyBit : 0;
        for (size_t k = 0; k < ethnicityCodes.size(); ++k)
            if (pool.mentionsTerm(t, ethnicityCodes[k]))
                flags |= 1u << k;
        for (size_t k = 0; k < religionTerms.size(); ++k)
            if (textMentions(pool, t, u.religions[k], religionTerms[k]))
                flags |= 1u << (8 + k);
        for (size_t k = 0; k < languageTerms.size(); ++k)
            if (textMentions(pool, t, pool.vocabulary.value(languageTerms[k], -1),
                             languageTerms[k]))
                flags |= 1u << (16 + k);
        u.textFlags[static_cast<size_t>(t)] = flags;
    }

    std::vector<quint8> plans;
    for (const ContactPlan& p : unit.contactPlans)
        plans.push_back(contactKindOfPlan(p));
    for (quint8 kinds = 0; kinds < 16; ++kinds) {
        int supported = 0;
        for (quint8 p : plans)
            if (kinds & satisfiedBy(p))
                ++supported;
        u.contact[kinds] =
            plans.empty() ? 1.0f : static_cast<float>(supported) / static_cast<float>(plans.size());
    }

    const double total = weights.total();
    for (Part p : allParts())
        u.scale[static_cast<size_t>(p)] =
            total > 0 ? static_cast<float>(100.0 * std::max(0.0, weights.weight(p)) / total) : 0;
    u.waitingCap = static_cast<float>(weights.waitingCapDays);
    return u;
}

} // namespace permanence::matching::detail
