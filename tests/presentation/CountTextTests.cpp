#include "StringMakers.h"
#include "presentation/CountText.h"

#include <QLocale>

using namespace permanence::presentation;

TEST_CASE("record counts read as English words", "[presentation][count]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(childCountText(0) == QStringLiteral("0 children"));
    CHECK(childCountText(1) == QStringLiteral("1 child"));
    CHECK(childCountText(642) == QStringLiteral("642 children"));
    CHECK(childCountText(1642) == QStringLiteral("1,642 children"));
    CHECK(householdCountText(1) == QStringLiteral("1 household"));
    CHECK(householdCountText(410) == QStringLiteral("410 households"));
}
