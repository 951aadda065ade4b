#include "matching/MatchingWeights.h"

#include <QCoreApplication>
#include <algorithm>

namespace permanence::matching {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Matching", text);
}

} // namespace

const std::array<Part, partCount>& allParts()
{
    static const std::array<Part, partCount> parts = {
        Part::Ethnicity, Part::Religion,  Part::Language, Part::Siblings, Part::Health,
        Part::Contact,   Part::Proximity, Part::Waiting,  Part::Source};
    return parts;
}

QString partLabel(Part part)
{
    switch (part) {
    case Part::Ethnicity:
        return tr("Ethnicity and heritage");
    case Part::Religion:
        return tr("Religion");
    case Part::Language:
        return tr("Language");
    case Part::Siblings:
        return tr("Brothers and sisters");
    case Part::Health:
        return tr("Health needs");
    case Part::Contact:
        return tr("Contact");
    case Part::Proximity:
        return tr("Proximity");
    case Part::Waiting:
        return tr("Time waiting");
    case Part::Source:
        return tr("Approving agency");
    }
    return {};
}

QString partKey(Part part)
{
    switch (part) {
    case Part::Ethnicity:
        return QStringLiteral("ethnicity");
    case Part::Religion:
        return QStringLiteral("religion");
    case Part::Language:
        return QStringLiteral("language");
    case Part::Siblings:
        return QStringLiteral("siblings");
    case Part::Health:
        return QStringLiteral("health");
    case Part::Contact:
        return QStringLiteral("contact");
    case Part::Proximity:
        return QStringLiteral("proximity");
    case Part::Waiting:
        return QStringLiteral("waiting");
    case Part::Source:
        return QStringLiteral("source");
    }
    return {};
}

double MatchingWeights::weight(Part part) const
{
    switch (part) {
    case Part::Ethnicity:
        return ethnicity;
    case Part::Religion:
        return religion;
    case Part::Language:
        return language;
    case Part::Siblings:
        return siblings;
    case Part::Health:
        return health;
    case Part::Contact:
        return contact;
    case Part::Proximity:
        return proximity;
    case Part::Waiting:
        return waiting;
    case Part::Source:
        return source;
    }
    return 0;
}

void MatchingWeights::setWeight(Part part, double value)
{
    switch (part) {
    case Part::Ethnicity:
        ethnicity = value;
        return;
    case Part::Religion:
        religion = value;
        return;
    case Part::Language:
        language = value;
        return;
    case Part::Siblings:
        siblings = value;
        return;
    case Part::Health:
        health = value;
        return;
    case Part::Contact:
        contact = value;
        return;
    case Part::Proximity:
        proximity = value;
        return;
    case Part::Waiting:
        waiting = value;
        return;
    case Part::Source:
        source = value;
        return;
    }
}

double MatchingWeights::total() const
{
    double sum = 0;
    for (Part p : allParts())
        sum += std::max(0.0, weight(p));
    return sum;
}

} // namespace permanence::matching
