#pragma once

#include "domain/Child.h"

#include <QHash>
#include <QString>
#include <vector>

namespace permanence::exchange {

/// Finds existing children that an imported row may duplicate: the same date of birth and a
/// similar name, by the same rule as creating a child by hand (domain/LikelyDuplicate.h). A
/// warning for people to check, never a reason to refuse: twins share a date of birth and often
/// a surname.
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
