#include "domain/Person.h"

#include <QCoreApplication>

namespace permanence::domain {

QString sexLabel(Sex sex)
{
    return sex == Sex::Male ? QCoreApplication::translate("Sex", "Male")
                            : QCoreApplication::translate("Sex", "Female");
}

QString sexCode(Sex sex)
{
    return sex == Sex::Male ? QStringLiteral("M") : QStringLiteral("F");
}

std::optional<Sex> sexFromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("m") || c == QLatin1String("1") || c == QLatin1String("male"))
        return Sex::Male;
    if (c == QLatin1String("f") || c == QLatin1String("2") || c == QLatin1String("female"))
        return Sex::Female;
    return std::nullopt;
}

const QList<Ethnicity>& ethnicities()
{
    static const QList<Ethnicity> list = {
        {QStringLiteral("WBRI"), QStringLiteral("White British")},
        {QStringLiteral("WIRI"), QStringLiteral("White Irish")},
        {QStringLiteral("WIRT"), QStringLiteral("Traveller of Irish heritage")},
        {QStringLiteral("WOTH"), QStringLiteral("Any other White background")},
        {QStringLiteral("WROM"), QStringLiteral("Gypsy/Roma")},
        {QStringLiteral("MWBC"), QStringLiteral("White and Black Caribbean")},
        {QStringLiteral("MWBA"), QStringLiteral("White and Black African")},
        {QStringLiteral("MWAS"), QStringLiteral("White and Asian")},
        {QStringLiteral("MOTH"), QStringLiteral("Any other mixed background")},
        {QStringLiteral("AIND"), QStringLiteral("Indian")},
        {QStringLiteral("APKN"), QStringLiteral("Pakistani")},
        {QStringLiteral("ABAN"), QStringLiteral("Bangladeshi")},
        {QStringLiteral("AOTH"), QStringLiteral("Any other Asian background")},
        {QStringLiteral("BCRB"), QStringLiteral("Caribbean")},
        {QStringLiteral("BAFR"), QStringLiteral("African")},
        {QStringLiteral("BOTH"), QStringLiteral("Any other Black background")},
        {QStringLiteral("CHNE"), QStringLiteral("Chinese")},
        {QStringLiteral("OOTH"), QStringLiteral("Any other ethnic group")},
        {QStringLiteral("REFU"), QStringLiteral("Refused")},
        {QStringLiteral("NOBT"), QStringLiteral("Information not yet obtained")},
    };
    return list;
}

bool isKnownEthnicityCode(const QString& code)
{
    for (const auto& e : ethnicities())
        if (e.code == code)
            return true;
    return false;
}

QString ethnicityLabel(const QString& code)
{
    for (const auto& e : ethnicities())
        if (e.code == code)
            return e.label;
    return code;
}

bool isOtherThanWhiteBritish(const QString& code)
{
    return isKnownEthnicityCode(code) && code != QLatin1String("WBRI") &&
           code != QLatin1String("REFU") && code != QLatin1String("NOBT");
}

} // namespace permanence::domain
