#pragma once

#include <QString>
#include <array>

namespace permanence::matching {

/// The soft considerations. Each is scored separately and shown as its own part of a
/// household's score, so a family finder can see why a household ranks where it does.
enum class Part
{
    Ethnicity, ///< applicants' ethnicity and heritage, and what they say they can meet
    Religion,  ///< an applicant of the child's faith, or the faith named in their considerations
    Language,  ///< the child's first language named in the household's considerations
    Siblings,  ///< openness to brothers and sisters
    Health,    ///< how well (Low / Medium / High) they can meet the child's recorded needs
    Contact,   ///< how many of the child's contact plans they can support
    Proximity, ///< near the child's council (by hub), elsewhere in the region, or outside
    Waiting,   ///< how long they have waited since approval, capped
    Source,    ///< own agency, another regional agency, or a voluntary agency (003 §5.1 cost)
};

inline constexpr int partCount = 9;

[[nodiscard]] const std::array<Part, partCount>& allParts();
/// "Ethnicity and heritage": the heading of the part in a score breakdown.
[[nodiscard]] QString partLabel(Part part);
/// "ethnicity": a stable key for settings files; never translated.
[[nodiscard]] QString partKey(Part part);

/// How much each part counts. Only the ratios matter: a score is normalised to 0–100 by the sum
/// of the weights, so the defaults add up to 100 and each default is that part's most points.
/// A negative weight counts as 0. A manager edits these in settings; docs/matching.md gives the
/// reason for every default.
struct MatchingWeights
{
    double ethnicity = 15;
    double religion = 5;
    double language = 5;
    double siblings = 5;
    double health = 15;
    double contact = 10;
    double proximity = 15;
    double waiting = 10;
    double source = 20;
    /// A household's wait earns its full points from this many days after approval; longer
    /// waits count the same, so a long-approved household cannot outweigh a good fit.
    int waitingCapDays = 365;

    [[nodiscard]] double weight(Part part) const;
    void setWeight(Part part, double value);
    /// The sum of the weights, negatives counting as 0.
    [[nodiscard]] double total() const;

    [[nodiscard]] static MatchingWeights defaults() { return {}; }

    bool operator==(const MatchingWeights&) const = default;
};

} // namespace permanence::matching
