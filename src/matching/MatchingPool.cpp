#include "matching/MatchingPool.h"

#include "domain/Dates.h"
#include "domain/Person.h"
#include "matching/PoolData.h"

#include <QCoreApplication>
#include <algorithm>
#include <bit>
#include <numeric>

namespace permanence::matching {

using namespace permanence::domain;
using namespace permanence::matching::detail;

namespace {

bool reached(QDate fact, QDate on)
{
    return fact.isValid() && fact <= on;
}

/// 003's priority disabilities: physical, learning, autism and sensory (the demo generator and
/// PriorityFlags use the same categories). Indexes into needCategories().
constexpr std::array<int, 4> disabilityCategories = {0, 1, 4, 5};

int addTerm(QHash<QString, int>& vocabulary, const QString& text)
{
    const QString key = text.trimmed().toLower();
    if (key.isEmpty())
        return -1;
    auto it = vocabulary.constFind(key);
    if (it != vocabulary.constEnd())
        return *it;
    const int id = static_cast<int>(vocabulary.size());
    vocabulary.insert(key, id);
    return id;
}

void buildVocabulary(PoolData& d, const std::vector<AdopterHousehold>& households,
                     const std::vector<Child>& allChildren)
{
    for (const Ethnicity& e : ethnicities())
        addTerm(d.vocabulary, e.label);
    for (const Child& c : allChildren) {
        if (!isNoReligion(c.religion.trimmed().toLower()))
            addTerm(d.vocabulary, c.religion);
        if (!isEnglish(c.firstLanguage.trimmed().toLower()))
            addTerm(d.vocabulary, c.firstLanguage);
    }
    for (const AdopterHousehold& h : households)
        for (const Applicant& a : h.applicants)
            if (!isNoReligion(a.religion.trimmed().toLower()))
                addTerm(d.vocabulary, a.religion);
    d.vocabularyWords = static_cast<int>((d.vocabulary.size() + 63) / 64);
}

/// Distinct considerations texts are few next to households (many say the same thing), and each
/// is searched once for every word of the vocabulary, so a ranking only tests bits.
int internText(PoolData& d, QHash<QString, int>& textIndex, const QString& text)
{
    const QString lowered = text.trimmed().toLower();
    if (lowered.isEmpty())
        return -1;
    auto it = textIndex.constFind(lowered);
    if (it != textIndex.constEnd())
        return *it;
    const int index = static_cast<int>(d.texts.size());
    textIndex.insert(lowered, index);
    d.texts << lowered;
    d.mentions.resize(d.mentions.size() + static_cast<size_t>(d.vocabularyWords), 0);
    for (auto v = d.vocabulary.constBegin(); v != d.vocabulary.constEnd(); ++v)
        if (containsWord(lowered, v.key()))
            d.mentions[static_cast<size_t>(index * d.vocabularyWords + v.value() / 64)] |=
                quint64{1} << (v.value() % 64);
    d.openToAny.push_back(lowered.contains(QLatin1String("any heritage")) ||
                          lowered.contains(QLatin1String("any ethnic")) ||
                          lowered.contains(QLatin1String("any background")));
    return index;
}

HotFacts hotFacts(const PoolData& d, const AdopterHousehold& h)
{
    HotFacts f;
    const ApprovalTerms& t = h.terms;
    auto clampAge = [](int v) { return static_cast<qint8>(std::clamp(v, -1, 120)); };
    f.maxChildren = clampAge(t.maxChildren);
    f.minAge = clampAge(t.minAge);
    f.maxAge = clampAge(t.maxAge);
    f.siblings = t.siblings;
    f.earlyPermanence = t.earlyPermanence;
    f.sexPreference = t.sexPreference ? static_cast<quint8>(*t.sexPreference) : 0;
    f.source = static_cast<quint8>(h.source);
    f.contact = contactKindsSupported(t.contactSupported);

    const QStringList& categories = needCategories();
    const int count = static_cast<int>(std::min<qsizetype>(categories.size(), maxNeedCategories));
    for (int i = 0; i < count; ++i) {
        // A category missing from the map means No (ApprovalTerms::needs).
        const NeedGrade g = t.needs.value(categories.at(i), NeedGrade::No);
        f.grades |= static_cast<quint32>(g) << (2 * i);
        if (g == NeedGrade::No)
            f.cannotMeet |= quint32{1} << i;
    }
    for (int i : disabilityCategories)
        if (i < count)
            f.bestDisabilityGrade =
                std::max(f.bestDisabilityGrade, static_cast<quint8>((f.grades >> (2 * i)) & 3u));

    for (qsizetype i = 0; i < h.applicants.size() && i < 2; ++i) {
        const Applicant& a = h.applicants.at(i);
        const int e = ethnicityIndex(a.ethnicity);
        f.ethnicity[static_cast<size_t>(i)] = static_cast<qint16>(e);
        f.strands |= heritageStrands(e);
        const QString religion = a.religion.trimmed().toLower();
        if (!isNoReligion(religion))
            f.religion[static_cast<size_t>(i)] =
                static_cast<qint16>(d.vocabulary.value(religion, -1));
    }

    if (h.source == AdopterSource::OwnAgency) {
        const Hub* hub = d.agency.hub(h.hubCode);
        if (hub)
            for (const QString& council : hub->councilCodes)
                if (const int c = d.councilIndex(council); c >= 0)
                    f.nearCouncils |= quint64{1} << c;
        if (const int c = d.councilIndex(h.councilCode); c >= 0)
            f.nearCouncils |= quint64{1} << c;
    }
    return f;
}

/// Which households are busy, and since when each has waited: one pass over the children.
void markChildren(PoolData& d, const std::vector<Child>& allChildren)
{
    for (const Child& c : allChildren) {
        if (c.archived || !c.household.isValid())
            continue;
        auto it = d.byId.constFind(c.household.value);
        if (it == d.byId.constEnd())
            continue;
        ColdFacts& cold = d.cold[static_cast<size_t>(*it)];
        const ChildJourney& j = c.journey;
        if (reached(j.adoptionOrder, d.on)) {
            // The household was not waiting while the child lived with it.
            cold.waitingSince = std::max(cold.waitingSince, j.adoptionOrder);
            continue;
        }
        if (reached(c.planChange.date, d.on))
            continue;
        const bool linked = reached(j.linked, d.on);
        const bool ep = reached(j.earlyPermanencePlaced, d.on);
        if (!linked && !ep)
            continue;
        BusyKind kind = BusyKind::Linked;
        QDate since = j.linked;
        if (reached(j.movedIn, d.on)) {
            kind = BusyKind::Placed;
            since = j.movedIn;
        } else if (reached(j.matchDecision, d.on)) {
            kind = BusyKind::Matched;
            since = j.matchDecision;
        } else if (!linked || (ep && j.earlyPermanencePlaced < j.linked)) {
            kind = BusyKind::EarlyPermanence;
            since = j.earlyPermanencePlaced;
        }
        if (cold.busyKind == BusyKind::None) {
            cold.busyKind = kind;
            cold.busyChild = c.reference;
            cold.busySince = since;
        }
    }
}

} // namespace

const std::array<Requirement, requirementCount>& allRequirements()
{
    static const std::array<Requirement, requirementCount> all = {
        Requirement::NotApproved, Requirement::Withdrawn,      Requirement::Deregistered,
        Requirement::Archived,    Requirement::Busy,           Requirement::Capacity,
        Requirement::Siblings,    Requirement::AgeRange,       Requirement::Sex,
        Requirement::HealthNeeds, Requirement::EarlyPermanence};
    return all;
}

int requirementIndex(Requirement r)
{
    return std::countr_zero(static_cast<quint32>(r));
}

QString requirementLabel(Requirement r)
{
    auto tr = [](const char* s) { return QCoreApplication::translate("Matching", s); };
    switch (r) {
    case Requirement::NotApproved:
        return tr("Not approved");
    case Requirement::Withdrawn:
        return tr("Withdrawn");
    case Requirement::Deregistered:
        return tr("De-registered");
    case Requirement::Archived:
        return tr("Archived");
    case Requirement::Busy:
        return tr("Already linked or matched");
    case Requirement::Capacity:
        return tr("Number of children");
    case Requirement::Siblings:
        return tr("Brothers and sisters");
    case Requirement::AgeRange:
        return tr("Age range");
    case Requirement::Sex:
        return tr("Sex preference");
    case Requirement::HealthNeeds:
        return tr("Health needs");
    case Requirement::EarlyPermanence:
        return tr("Early permanence");
    }
    return {};
}

MatchingPool::MatchingPool() : m_d(std::make_shared<PoolData>())
{}

MatchingPool MatchingPool::build(const std::vector<AdopterHousehold>& households,
                                 const std::vector<Child>& allChildren, const Agency& agency,
                                 QDate on)
{
    auto d = std::make_shared<PoolData>();
    d->on = on;
    d->agency = agency;
    buildVocabulary(*d, households, allChildren);

    const size_t n = households.size();
    d->hot.reserve(n);
    d->cold.reserve(n);
    QHash<QString, int> textIndex;
    for (size_t i = 0; i < n; ++i) {
        const AdopterHousehold& h = households[i];
        d->byId.insert(h.id.value, static_cast<int>(i));
        HotFacts f = hotFacts(*d, h);
        f.id = h.id.value;
        f.text = internText(*d, textIndex, h.terms.ethnicityConsiderations);
        d->hot.push_back(f);
        ColdFacts c;
        c.id = h.id;
        c.reference = h.reference;
        c.source = h.source;
        c.hubCode = h.hubCode;
        c.sourceAgency = h.sourceAgency;
        c.terms = h.terms;
        c.applicants = h.applicants;
        c.approval = h.journey.approval;
        c.withdrawn = h.withdrawal.date;
        c.deregistered = h.deregistered;
        c.waitingSince = h.journey.approval;
        d->cold.push_back(c);
    }
    markChildren(*d, allChildren);

    for (size_t i = 0; i < n; ++i) {
        const AdopterHousehold& h = households[i];
        HotFacts& f = d->hot[i];
        ColdFacts& c = d->cold[i];
        Requirements failed;
        failed.setFlag(Requirement::NotApproved, !reached(h.journey.approval, on));
        failed.setFlag(Requirement::Withdrawn, reached(h.withdrawal.date, on));
        failed.setFlag(Requirement::Deregistered, reached(h.deregistered, on));
        failed.setFlag(Requirement::Archived, h.archived);
        failed.setFlag(Requirement::Busy, c.busyKind != BusyKind::None);
        f.ineligible = failed.toInt();
        const qint64 days = c.waitingSince.isValid() ? daysBetween(c.waitingSince, on) : 0;
        f.daysWaiting = static_cast<qint32>(std::clamp<qint64>(days, 0, 1'000'000));
        (failed ? d->ineligible : d->eligible).push_back(static_cast<int>(i));
    }
    // Ties between equal scores go to the longest wait, then the reference; both are fixed for
    // the pool, so each household gets its place once and a ranking sorts plain integers.
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const HotFacts& p = d->hot[static_cast<size_t>(a)];
        const HotFacts& q = d->hot[static_cast<size_t>(b)];
        if (p.daysWaiting != q.daysWaiting)
            return p.daysWaiting > q.daysWaiting;
        const ColdFacts& x = d->cold[static_cast<size_t>(a)];
        const ColdFacts& y = d->cold[static_cast<size_t>(b)];
        return x.reference != y.reference ? x.reference < y.reference : x.id < y.id;
    });
    for (size_t k = 0; k < n; ++k)
        d->hot[static_cast<size_t>(order[k])].tieOrder = static_cast<qint32>(k);
    MatchingPool pool;
    pool.m_d = std::move(d);
    return pool;
}

QDate MatchingPool::on() const
{
    return m_d->on;
}

const Agency& MatchingPool::agency() const
{
    return m_d->agency;
}

int MatchingPool::size() const
{
    return static_cast<int>(m_d->hot.size());
}

int MatchingPool::eligibleCount() const
{
    return static_cast<int>(m_d->eligible.size());
}

HouseholdId MatchingPool::id(int index) const
{
    return m_d->cold.at(static_cast<size_t>(index)).id;
}

QString MatchingPool::reference(int index) const
{
    return m_d->cold.at(static_cast<size_t>(index)).reference;
}

std::optional<int> MatchingPool::indexOf(HouseholdId id) const
{
    auto it = m_d->byId.constFind(id.value);
    if (it == m_d->byId.constEnd())
        return std::nullopt;
    return *it;
}

Requirements MatchingPool::ineligibility(int index) const
{
    return Requirements::fromInt(m_d->hot.at(static_cast<size_t>(index)).ineligible);
}

qint64 MatchingPool::daysWaiting(int index) const
{
    return m_d->hot.at(static_cast<size_t>(index)).daysWaiting;
}

} // namespace permanence::matching
