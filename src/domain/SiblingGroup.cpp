#include "domain/SiblingGroup.h"

#include <QCoreApplication>

namespace permanence::domain {

Problems validate(const SiblingGroup& group)
{
    Problems problems;
    if (group.reference.trimmed().isEmpty())
        problems.push_back(
            {QCoreApplication::translate("SiblingGroup", "Sibling group"),
             QStringLiteral("required"),
             QCoreApplication::translate("SiblingGroup", "A sibling group needs a reference.")});
    if (!group.placeTogether && group.apartReason.trimmed().isEmpty())
        problems.push_back({QCoreApplication::translate("SiblingGroup", "Reason to place apart"),
                            QStringLiteral("required"),
                            QCoreApplication::translate(
                                "SiblingGroup", "A decision to place brothers and sisters apart "
                                                "needs its reason.")});
    return problems;
}

} // namespace permanence::domain
