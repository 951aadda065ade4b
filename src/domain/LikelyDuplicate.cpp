#include "domain/LikelyDuplicate.h"

#include "domain/NameMatching.h"

#include <QCoreApplication>
#include <algorithm>

namespace permanence::domain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LikelyDuplicate", text);
}

bool wordsAlike(const QString& a, const QString& b)
{
    if (a == b)
        return true;
    const qsizetype shorter = std::min(a.size(), b.size());
    // Shortened and pet forms mostly keep the start: Kate, Katie and Katherine; Ellie, Elliot.
    if (shorter >= 3 && a.left(3) == b.left(3))
        return true;
    if (shorter >= 3 && soundKey(a) == soundKey(b))
        return true;
    const qsizetype longer = std::max(a.size(), b.size());
    const int allowed = longer >= 7 ? 2 : (shorter >= 4 ? 1 : 0);
    return allowed > 0 && editDistance(a, b, allowed) <= allowed;
}

/// The forenames a person answers to: the legal forename and the preferred name.
QStringList givenNames(const PersonIdentity& p)
{
    QStringList names{p.forename};
    if (!p.preferredName.trimmed().isEmpty())
        names << p.preferredName;
    return names;
}

bool spelledTheSame(const QString& a, const QString& b)
{
    const QString folded = foldForSearch(a);
    return !folded.isEmpty() && folded == foldForSearch(b);
}

} // namespace

QString duplicateReasonText(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::SameReference:
        return tr("Same reference");
    case DuplicateReason::SameNameAndBirth:
        return tr("Same name and date of birth");
    case DuplicateReason::SimilarNameAndBirth:
        return tr("Same date of birth and a similar name");
    }
    return {};
}

bool namesAlike(const QString& a, const QString& b)
{
    const QStringList left = searchWords(a);
    const QStringList right = searchWords(b);
    for (const QString& l : left)
        for (const QString& r : right)
            if (wordsAlike(l, r))
                return true;
    return false;
}

std::optional<DuplicateReason> duplicateReason(const PersonIdentity& typed,
                                               const PersonIdentity& existing)
{
    if (!typed.dateOfBirth.isValid() || typed.dateOfBirth != existing.dateOfBirth)
        return std::nullopt;
    if (spelledTheSame(typed.surname, existing.surname) &&
        spelledTheSame(typed.forename, existing.forename))
        return DuplicateReason::SameNameAndBirth;
    if (!namesAlike(typed.surname, existing.surname))
        return std::nullopt;
    for (const QString& mine : givenNames(typed))
        for (const QString& theirs : givenNames(existing))
            if (namesAlike(mine, theirs))
                return DuplicateReason::SimilarNameAndBirth;
    return std::nullopt;
}

bool sameReference(const QString& a, const QString& b)
{
    const QString folded = foldForSearch(a);
    return !folded.isEmpty() && folded == foldForSearch(b);
}

void sortLikelyDuplicates(std::vector<LikelyDuplicate>& found)
{
    std::stable_sort(found.begin(), found.end(),
                     [](const LikelyDuplicate& x, const LikelyDuplicate& y) {
                         if (x.reason != y.reason)
                             return x.reason < y.reason;
                         return x.reference < y.reference;
                     });
}

} // namespace permanence::domain
