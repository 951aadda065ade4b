#pragma once

#include "domain/SearchRecord.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace permanence::domain {

/// Who a record is about, as far as the duplicate check compares people: the names a person
/// may be recorded under and their date of birth. A household is checked once per applicant.
struct PersonIdentity
{
    QString forename;
    QString surname;
    QString preferredName;
    QDate dateOfBirth;
};

/// Why an existing record may already hold the person being created, strongest first.
enum class DuplicateReason
{
    SameReference,       ///< the agency's reference is the same (however it is punctuated)
    SameNameAndBirth,    ///< same date of birth, and forename and surname spelt the same
    SimilarNameAndBirth, ///< same date of birth, and names that look or sound alike
};

/// "Same reference", "Same name and date of birth", "Same date of birth and a similar name".
[[nodiscard]] QString duplicateReasonText(DuplicateReason reason);

/// Whether two single names may be the same name spelt differently, by the rules the search
/// uses (domain/NameMatching.h): the same once folded, the same first three letters (Kate,
/// Katie, Katherine), the same sound key (Mohammed, Muhammad; Katie, Katy), or
/// one edit apart (names of four letters or more; two edits from seven letters). Each word of a
/// double-barrelled name counts: "Smith-Jones" and "Jones" are alike.
[[nodiscard]] bool namesAlike(const QString& a, const QString& b);

/// Why `existing` may be the same person as `typed`, or nullopt. A date of birth must agree
/// exactly: twins share one, so this is a question for a person, never a refusal.
[[nodiscard]] std::optional<DuplicateReason> duplicateReason(const PersonIdentity& typed,
                                                             const PersonIdentity& existing);

/// Whether two references are the same once case, spaces and punctuation are ignored
/// ("CBRAM-00247" and "cbram 00247"). Empty references never match.
[[nodiscard]] bool sameReference(const QString& a, const QString& b);

/// A record that may already hold the child or household being created, to be shown to the
/// user before a new record is made ("Is this one of them?").
struct LikelyDuplicate
{
    SearchKind kind = SearchKind::Child;
    qint64 id = 0;
    QString reference;
    QString title;  ///< "Abbie Adebayo", "Natalie & Sanjay Shaw"
    QString detail; ///< "born 15 Aug 2022 · Bramford", what a person checks against
    DuplicateReason reason = DuplicateReason::SimilarNameAndBirth;
    bool archived = false;

    bool operator==(const LikelyDuplicate&) const = default;
};

/// Strongest reason first, then by reference, so the list reads the same every time.
void sortLikelyDuplicates(std::vector<LikelyDuplicate>& found);

} // namespace permanence::domain
