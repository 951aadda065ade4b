#pragma once

// Internal to the matching library: the prepared form of a pool, laid out for the ranking loop.
// Not part of the API; include MatchingPool.h instead.

#include "domain/AdopterHousehold.h"
#include "domain/Agency.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <array>
#include <vector>

namespace permanence::matching::detail {

/// Needs are kept as bit masks; needCategories() has 11 entries, so 16 leaves room.
inline constexpr int maxNeedCategories = 16;

/// Kinds of contact, read from a household's free text and a child's plans (English words, as
/// the agencies write them: "Letterbox", "Direct contact with siblings", "Video calls").
enum ContactKind : quint8
{
    Letterbox = 1,
    DirectFamily = 2,   ///< direct contact with birth parents or other adults
    DirectSiblings = 4, ///< direct contact with brothers and sisters living elsewhere
    Video = 8,
};
[[nodiscard]] quint8 contactKindsSupported(const QString& text);
[[nodiscard]] quint8 contactKindOfPlan(const domain::ContactPlan& plan);

/// Broad heritage strands of a DfE code (White, Asian, Black, Chinese), so a child of mixed
/// White and Black Caribbean heritage shares heritage with a White or a Black applicant.
enum Strand : quint8
{
    White = 1,
    Asian = 2,
    Black = 4,
    Chinese = 8
};
[[nodiscard]] quint8 heritageStrands(int ethnicityIndex);
[[nodiscard]] int ethnicityIndex(const QString& code); ///< in domain::ethnicities(), or -1

/// Religion or language text that asks nothing of a household ("None", "English", blank).
[[nodiscard]] bool isNoReligion(const QString& lowered);
[[nodiscard]] bool isEnglish(const QString& lowered);
/// `word` (lower case) appears in `lowered` as a whole word or phrase: "twi" is not in
/// "between", while "indian" is in "a child of indian heritage".
[[nodiscard]] bool containsWord(const QString& lowered, const QString& word);

/// Read in the ranking loop for every household, so small and free of pointers.
struct HotFacts
{
    qint64 id = 0;            ///< HouseholdId value, here so the loop never touches ColdFacts
    quint64 nearCouncils = 0; ///< bit per agency council the household's hub serves
    quint32 grades = 0;       ///< 2 bits per need category: NeedGrade value (0 = No)
    quint32 cannotMeet = 0;   ///< categories graded No or not graded
    quint32 ineligible = 0;   ///< Requirements bits decided by the pool
    qint32 daysWaiting = 0;
    qint32 tieOrder = 0; ///< place among equal scores: longest wait, then reference
    qint32 text = -1;    ///< index into PoolData::texts; -1 when blank
    std::array<qint16, 2> ethnicity{-1, -1}; ///< applicants' ethnicity indexes
    std::array<qint16, 2> religion{-1, -1};  ///< applicants' religions as vocabulary ids
    qint8 maxChildren = 0;
    qint8 minAge = 0;
    qint8 maxAge = 0;
    quint8 sexPreference = 0; ///< 0 either, else domain::Sex value
    quint8 source = 0;        ///< domain::AdopterSource value
    quint8 contact = 0;       ///< ContactKind bits
    quint8 strands = 0;       ///< union of the applicants' heritage strands
    quint8 bestDisabilityGrade = 0;
    bool siblings = false;
    bool earlyPermanence = false;
};

enum class BusyKind
{
    None,
    Linked,
    Matched,
    Placed,
    EarlyPermanence
};

/// Everything else an explanation may need, read only when explaining.
struct ColdFacts
{
    domain::HouseholdId id;
    QString reference;
    domain::AdopterSource source = domain::AdopterSource::OwnAgency;
    QString hubCode;
    QString sourceAgency;
    domain::ApprovalTerms terms;
    QList<domain::Applicant> applicants;
    QDate approval;
    QDate withdrawn;
    QDate deregistered;
    QDate waitingSince;
    BusyKind busyKind = BusyKind::None;
    QString busyChild; ///< the child's reference
    QDate busySince;
};

struct PoolData
{
    QDate on;
    domain::Agency agency;
    std::vector<HotFacts> hot;
    std::vector<ColdFacts> cold;
    std::vector<int> eligible;   ///< indexes in household order
    std::vector<int> ineligible; ///< indexes in household order
    QHash<qint64, int> byId;

    /// Words a household's considerations may mention: ethnicity labels first (id = index in
    /// ethnicities()), then religions and languages seen on children and applicants.
    QHash<QString, int> vocabulary;
    int vocabularyWords = 0;       ///< 64-bit words per text
    QStringList texts;             ///< distinct considerations, lower case
    std::vector<quint64> mentions; ///< texts.size() × vocabularyWords bits
    std::vector<quint8> openToAny; ///< per text: "open to a child of any heritage"

    [[nodiscard]] bool mentionsTerm(int text, int term) const
    {
        return text >= 0 && term >= 0 &&
               (mentions[static_cast<size_t>(text * vocabularyWords + term / 64)] >> (term % 64) &
                1u) != 0;
    }
    [[nodiscard]] int councilIndex(const QString& code) const;
};

} // namespace permanence::matching::detail
