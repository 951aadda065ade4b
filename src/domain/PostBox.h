#pragma once

#include "domain/Problem.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace permanence::domain {

/// Who sends a keeping-in-touch item through the post box.
enum class PostBoxParty
{
    AdoptiveFamily,
    BirthRelative,
};
[[nodiscard]] QString postBoxPartyLabel(PostBoxParty party);
/// "adoptive", "birth".
[[nodiscard]] QString postBoxPartyCode(PostBoxParty party);
[[nodiscard]] std::optional<PostBoxParty> postBoxPartyFromCode(const QString& code);

/// Which way letters go under an agreement.
enum class PostBoxDirection
{
    BothWays,
    FamilyToBirthRelative, ///< the adoptive family writes; the birth relative does not reply
    BirthRelativeToFamily,
};
[[nodiscard]] QString postBoxDirectionLabel(PostBoxDirection direction);
/// "both", "to-birth", "to-family".
[[nodiscard]] QString postBoxDirectionCode(PostBoxDirection direction);
[[nodiscard]] std::optional<PostBoxDirection> postBoxDirectionFromCode(const QString& code);

/// One item through the post box: received from one party on a date, exchanged (passed on to
/// the other party) on a later date once read. 003 §4.3 counts both.
struct PostBoxItem
{
    QDate received;
    PostBoxParty from = PostBoxParty::AdoptiveFamily;
    QDate exchanged; ///< null until passed on

    bool operator==(const PostBoxItem&) const = default;
};

/// A keeping-in-touch agreement between the adoptive family and a birth relative: who, how often
/// (every `everyMonths` months, 12 for yearly letters) and which way, from `start`.
struct PostBoxAgreement
{
    QString birthRelative; ///< "Birth mother", "Maternal grandmother (Jean)"
    PostBoxDirection direction = PostBoxDirection::BothWays;
    int everyMonths = 12;
    QDate start;
    QDate ended; ///< null while the agreement stands
    QList<PostBoxItem> items;

    [[nodiscard]] bool expectsFrom(PostBoxParty party) const;
    bool operator==(const PostBoxAgreement&) const = default;
};

/// Every problem at once: a birth relative, a start, a frequency of 1 to 24 months, an end not
/// before the start, every item received by `today` and exchanged on or after its receipt and
/// by `today`.
[[nodiscard]] Problems validate(const PostBoxAgreement& agreement, QDate today);

/// The next item expected from `party` under the agreement: `everyMonths` calendar months after
/// the latest item received from that party (or after the start when none has come). nullopt
/// when the party does not write under the agreement, or the agreement has ended on or before
/// that date.
[[nodiscard]] std::optional<QDate> nextItemDue(const PostBoxAgreement& agreement,
                                               PostBoxParty party);

/// Overdue against the agreement on `today`: the expected item's due date has passed (an item
/// due on 1 March is on time on 1 March and overdue on 2 March).
[[nodiscard]] bool isOverdue(const PostBoxAgreement& agreement, PostBoxParty party, QDate today);

/// Items received but not yet exchanged.
[[nodiscard]] int awaitingExchange(const PostBoxAgreement& agreement);

} // namespace permanence::domain
