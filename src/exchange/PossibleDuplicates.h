#pragma once

#include "domain/Child.h"

#include <QHash>
#include <QString>
#include <vector>

namespace permanence::exchange {

/// Finds existing children that a new record may duplicate: the same date of birth and a
/// similar name (the same surname ignoring case and a forename with the same first three
/// letters, which also covers an identical name). A warning for people to check, never a
/// reason to refuse: twins share a date of birth and often a surname.
class PossibleDuplicates
{
public:
    struct Match
    {
        QString existingReference;
        QString reason; ///< says which facts agree, without repeating personal data
    };

    explicit PossibleDuplicates(const std::vector<domain::Child>& existing);

    [[nodiscard]] std::vector<Match> of(const domain::Child& child) const;

private:
    const std::vector<domain::Child>& m_existing;
    QHash<qint64, std::vector<std::size_t>> m_byBirth; ///< Julian day → indexes in m_existing
};

} // namespace permanence::exchange
