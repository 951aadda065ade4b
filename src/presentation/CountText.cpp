#include "presentation/CountText.h"

#include <QCoreApplication>
#include <QLocale>

namespace permanence::presentation {

// Singular and plural are separate source strings rather than "%n" forms, because without a
// loaded translator "%n children" would read "1 children" in the English source.
QString childCountText(int count)
{
    if (count == 1)
        return QCoreApplication::translate("CountText", "1 child");
    return QCoreApplication::translate("CountText", "%1 children").arg(QLocale().toString(count));
}

QString householdCountText(int count)
{
    if (count == 1)
        return QCoreApplication::translate("CountText", "1 household");
    return QCoreApplication::translate("CountText", "%1 households").arg(QLocale().toString(count));
}

QString countText(int count, const char* one, const char* many)
{
    if (count == 1)
        return QCoreApplication::translate("CountText", one);
    return QCoreApplication::translate("CountText", many).arg(QLocale().toString(count));
}

QString dayCountText(int count)
{
    if (count == 1 || count == -1)
        return QCoreApplication::translate("CountText", "%1 day").arg(QLocale().toString(count));
    return QCoreApplication::translate("CountText", "%1 days").arg(QLocale().toString(count));
}

} // namespace permanence::presentation
