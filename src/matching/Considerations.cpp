// Reading the free text of approval terms and contact plans, and the heritage strands of DfE
// ethnicity codes. Kept apart from the ranking so the wording rules can be read in one place.

#include "domain/Person.h"
#include "matching/PoolData.h"

namespace permanence::matching::detail {

using namespace permanence::domain;

namespace {

bool mentionsSiblings(const QString& lowered)
{
    return lowered.contains(QLatin1String("sibling")) ||
           lowered.contains(QLatin1String("brother")) || lowered.contains(QLatin1String("sister"));
}

} // namespace

quint8 contactKindsSupported(const QString& text)
{
    const QString t = text.toLower();
    quint8 kinds = 0;
    if (t.contains(QLatin1String("letterbox")) || t.contains(QLatin1String("letter box")) ||
        t.contains(QLatin1String("indirect")))
        kinds |= Letterbox;
    if (t.contains(QLatin1String("video")))
        kinds |= Video;
    // "Direct contact with siblings" covers brothers and sisters only; "direct contact with
    // birth family" (or plain "direct contact") covers adults and, being wider, siblings too.
    const qsizetype direct = t.indexOf(QLatin1String("direct contact"));
    if (direct >= 0 ||
        (t.contains(QLatin1String("direct")) && !t.contains(QLatin1String("indirect")))) {
        kinds |= DirectSiblings;
        const QString rest = direct >= 0 ? t.mid(direct) : t;
        if (!mentionsSiblings(rest) || rest.contains(QLatin1String("family")) ||
            rest.contains(QLatin1String("parent")))
            kinds |= DirectFamily;
    }
    return kinds;
}

quint8 contactKindOfPlan(const ContactPlan& plan)
{
    const QString how = plan.how.toLower();
    if (how.contains(QLatin1String("video")))
        return Video;
    if (how.contains(QLatin1String("direct")) && !how.contains(QLatin1String("indirect")))
        return mentionsSiblings(plan.withWhom.toLower()) ? DirectSiblings : DirectFamily;
    // Letterbox, letters, cards and anything unrecognised: the least demanding kind, so an
    // unusual wording never excludes a household; the person reads the plan itself.
    return Letterbox;
}

int ethnicityIndex(const QString& code)
{
    const QList<Ethnicity>& all = ethnicities();
    for (qsizetype i = 0; i < all.size(); ++i)
        if (all.at(i).code == code)
            return static_cast<int>(i);
    return -1;
}

quint8 heritageStrands(int index)
{
    if (index < 0 || index >= ethnicities().size())
        return 0;
    const QString& code = ethnicities().at(index).code;
    if (code == QLatin1String("MWBC") || code == QLatin1String("MWBA"))
        return White | Black;
    if (code == QLatin1String("MWAS"))
        return White | Asian;
    if (code == QLatin1String("CHNE"))
        return Chinese;
    // Mixed "other", "any other ethnic group", refused and not obtained say nothing about
    // which heritage is shared.
    if (code.startsWith(QLatin1Char('M')) || code == QLatin1String("OOTH") ||
        code == QLatin1String("REFU") || code == QLatin1String("NOBT"))
        return 0;
    switch (code.at(0).unicode()) {
    case 'W':
        return White;
    case 'A':
        return Asian;
    case 'B':
        return Black;
    default:
        return 0;
    }
}

bool isNoReligion(const QString& lowered)
{
    static const QStringList none = {QString(),
                                     QStringLiteral("none"),
                                     QStringLiteral("no religion"),
                                     QStringLiteral("not known"),
                                     QStringLiteral("unknown"),
                                     QStringLiteral("not recorded"),
                                     QStringLiteral("declined"),
                                     QStringLiteral("refused")};
    return none.contains(lowered);
}

bool isEnglish(const QString& lowered)
{
    return lowered.isEmpty() || lowered == QLatin1String("english") ||
           lowered == QLatin1String("not known") || lowered == QLatin1String("unknown");
}

bool containsWord(const QString& lowered, const QString& word)
{
    if (word.isEmpty())
        return false;
    for (qsizetype at = lowered.indexOf(word); at >= 0; at = lowered.indexOf(word, at + 1)) {
        const qsizetype end = at + word.size();
        const bool startOk = at == 0 || !lowered.at(at - 1).isLetterOrNumber();
        const bool endOk = end >= lowered.size() || !lowered.at(end).isLetterOrNumber();
        if (startOk && endOk)
            return true;
    }
    return false;
}

int PoolData::councilIndex(const QString& code) const
{
    for (qsizetype i = 0; i < agency.councils.size() && i < 64; ++i)
        if (agency.councils.at(i).code == code)
            return static_cast<int>(i);
    return -1;
}

} // namespace permanence::matching::detail
