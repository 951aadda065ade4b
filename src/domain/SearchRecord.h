#pragma once

#include <QString>
#include <QStringList>

namespace permanence::domain {

/// The kinds of record one search finds, in the order results are grouped.
enum class SearchKind
{
    Child,
    Household,
    PanelMeeting,
    SupportCase,
};

/// What the search needs to know of one record: the words it can be found by (names,
/// preferred names, reference) and how to show it. Built by storage, indexed by services.
struct SearchRecord
{
    SearchKind kind = SearchKind::Child;
    qint64 id = 0;
    QString reference;
    QString title;     ///< "Abbie Adebayo", "Natalie & Sanjay Shaw"
    QString detail;    ///< "CBRAM-00247 · born 15 Aug 2022"
    QStringList names; ///< every name it may be searched by (forenames, surnames, preferred)
    bool archived = false;
};

} // namespace permanence::domain
