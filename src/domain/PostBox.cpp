#include "domain/PostBox.h"

#include "domain/Dates.h"

#include <QCoreApplication>

namespace permanence::domain {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PostBox", text);
}

} // namespace

QString postBoxPartyLabel(PostBoxParty party)
{
    switch (party) {
    case PostBoxParty::AdoptiveFamily:
        return tr("Adoptive family");
    case PostBoxParty::BirthRelative:
        return tr("Birth relative");
    }
    return {};
}

QString postBoxPartyCode(PostBoxParty party)
{
    return party == PostBoxParty::AdoptiveFamily ? QStringLiteral("adoptive")
                                                 : QStringLiteral("birth");
}

std::optional<PostBoxParty> postBoxPartyFromCode(const QString& code)
{
    for (PostBoxParty party : {PostBoxParty::AdoptiveFamily, PostBoxParty::BirthRelative})
        if (postBoxPartyCode(party) == code)
            return party;
    return std::nullopt;
}

QString postBoxDirectionLabel(PostBoxDirection direction)
{
    switch (direction) {
    case PostBoxDirection::BothWays:
        return tr("Both ways");
    case PostBoxDirection::FamilyToBirthRelative:
        return tr("Family writes to the birth relative");
    case PostBoxDirection::BirthRelativeToFamily:
        return tr("Birth relative writes to the family");
    }
    return {};
}

QString postBoxDirectionCode(PostBoxDirection direction)
{
    switch (direction) {
    case PostBoxDirection::BothWays:
        return QStringLiteral("both");
    case PostBoxDirection::FamilyToBirthRelative:
        return QStringLiteral("to-birth");
    case PostBoxDirection::BirthRelativeToFamily:
        return QStringLiteral("to-family");
    }
    return {};
}

std::optional<PostBoxDirection> postBoxDirectionFromCode(const QString& code)
{
    for (PostBoxDirection d : {PostBoxDirection::BothWays, PostBoxDirection::FamilyToBirthRelative,
                               PostBoxDirection::BirthRelativeToFamily})
        if (postBoxDirectionCode(d) == code)
            return d;
    return std::nullopt;
}

bool PostBoxAgreement::expectsFrom(PostBoxParty party) const
{
    switch (direction) {
    case PostBoxDirection::BothWays:
        return true;
    case PostBoxDirection::FamilyToBirthRelative:
        return party == PostBoxParty::AdoptiveFamily;
    case PostBoxDirection::BirthRelativeToFamily:
        return party == PostBoxParty::BirthRelative;
    }
    return false;
}

Problems validate(const PostBoxAgreement& agreement, QDate today)
{
    Problems out;
    if (agreement.birthRelative.trimmed().isEmpty())
        out.push_back({tr("Birth relative"), QStringLiteral("required"),
                       tr("Name the birth relative the agreement is with.")});
    if (!agreement.start.isValid())
        out.push_back({tr("Agreement start"), QStringLiteral("required"),
                       tr("The agreement needs the date it starts.")});
    if (agreement.everyMonths < 1 || agreement.everyMonths > 24)
        out.push_back({tr("Frequency"), QStringLiteral("postbox.frequency"),
                       tr("Letters are exchanged every 1 to 24 months, not every %1.")
                           .arg(agreement.everyMonths)});
    if (agreement.start.isValid() && agreement.ended.isValid() && agreement.ended < agreement.start)
        out.push_back({tr("Agreement ended"), QStringLiteral("postbox.order"),
                       tr("The agreement ended %1, before it started %2.")
                           .arg(formatDate(agreement.ended), formatDate(agreement.start))});
    for (const PostBoxItem& item : agreement.items) {
        if (!item.received.isValid()) {
            out.push_back({tr("Received"), QStringLiteral("required"),
                           tr("Every post-box item needs the date it was received.")});
            continue;
        }
        if (today.isValid() && item.received > today)
            out.push_back(
                {tr("Received"), QStringLiteral("postbox.future"),
                 tr("An item cannot be received %1, after today.").arg(formatDate(item.received))});
        if (item.exchanged.isValid() && item.exchanged < item.received)
            out.push_back({tr("Exchanged"), QStringLiteral("postbox.exchanged-before-received"),
                           tr("An item received %1 cannot be exchanged %2, before it came.")
                               .arg(formatDate(item.received), formatDate(item.exchanged))});
        if (item.exchanged.isValid() && today.isValid() && item.exchanged > today)
            out.push_back({tr("Exchanged"), QStringLiteral("postbox.future"),
                           tr("An item cannot be exchanged %1, after today.")
                               .arg(formatDate(item.exchanged))});
    }
    return out;
}

std::optional<QDate> nextItemDue(const PostBoxAgreement& agreement, PostBoxParty party)
{
    if (!agreement.expectsFrom(party) || !agreement.start.isValid() || agreement.everyMonths < 1)
        return std::nullopt;
    QDate latest = agreement.start;
    for (const PostBoxItem& item : agreement.items)
        if (item.from == party && item.received.isValid() && item.received > latest)
            latest = item.received;
    const QDate due = latest.addMonths(agreement.everyMonths);
    if (agreement.ended.isValid() && agreement.ended <= due)
        return std::nullopt;
    return due;
}

bool isOverdue(const PostBoxAgreement& agreement, PostBoxParty party, QDate today)
{
    const auto due = nextItemDue(agreement, party);
    return due && today.isValid() && today > *due;
}

int awaitingExchange(const PostBoxAgreement& agreement)
{
    int n = 0;
    for (const PostBoxItem& item : agreement.items)
        if (!item.exchanged.isValid())
            ++n;
    return n;
}

} // namespace permanence::domain
