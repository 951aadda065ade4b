#include "domain/Agency.h"

#include <QCoreApplication>
#include <QSet>

namespace permanence::domain {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Agency", text);
}
} // namespace

const Council* Agency::council(const QString& code) const
{
    for (const auto& c : councils)
        if (c.code == code)
            return &c;
    return nullptr;
}

const Hub* Agency::hub(const QString& code) const
{
    for (const auto& h : hubs)
        if (h.code == code)
            return &h;
    return nullptr;
}

const Hub* Agency::hubServing(const QString& councilCode) const
{
    for (const auto& h : hubs)
        if (!h.central && h.councilCodes.contains(councilCode))
            return &h;
    return nullptr;
}

Problems validate(const Agency& agency)
{
    Problems problems;
    if (agency.name.trimmed().isEmpty())
        problems.push_back({tr("Agency name"), QStringLiteral("agency.name-required"),
                            tr("Agency name is required.")});
    if (agency.councils.isEmpty())
        problems.push_back({tr("Councils"), QStringLiteral("agency.council-required"),
                            tr("An agency needs at least one partner council.")});

    QSet<QString> councilCodes;
    for (const auto& c : agency.councils) {
        if (c.code.trimmed().isEmpty() || c.name.trimmed().isEmpty())
            problems.push_back({tr("Councils"), QStringLiteral("agency.council-incomplete"),
                                tr("Every council needs a code and a name.")});
        else if (councilCodes.contains(c.code))
            problems.push_back({tr("Councils"), QStringLiteral("agency.council-duplicate"),
                                tr("Council code %1 is used twice.").arg(c.code)});
        councilCodes.insert(c.code);
    }

    QSet<QString> hubCodes;
    QHash<QString, QString> servedBy;
    int centralHubs = 0;
    for (const auto& h : agency.hubs) {
        if (h.code.trimmed().isEmpty() || h.name.trimmed().isEmpty())
            problems.push_back({tr("Hubs"), QStringLiteral("agency.hub-incomplete"),
                                tr("Every hub needs a code and a name.")});
        else if (hubCodes.contains(h.code))
            problems.push_back({tr("Hubs"), QStringLiteral("agency.hub-duplicate"),
                                tr("Hub code %1 is used twice.").arg(h.code)});
        hubCodes.insert(h.code);
        if (h.central) {
            ++centralHubs;
            continue;
        }
        if (h.councilCodes.isEmpty())
            problems.push_back({tr("Hubs"), QStringLiteral("agency.hub-serves-nobody"),
                                tr("Locality hub %1 serves no council.").arg(h.name)});
        for (const auto& code : h.councilCodes) {
            if (!councilCodes.contains(code))
                problems.push_back({tr("Hubs"), QStringLiteral("agency.hub-unknown-council"),
                                    tr("Hub %1 serves council %2, which is not a partner of the "
                                       "agency.")
                                        .arg(h.name, code)});
            else if (servedBy.contains(code))
                problems.push_back({tr("Hubs"), QStringLiteral("agency.council-two-hubs"),
                                    tr("Council %1 is served by both %2 and %3.")
                                        .arg(code, servedBy.value(code), h.name)});
            servedBy.insert(code, h.name);
        }
    }
    if (centralHubs > 1)
        problems.push_back({tr("Hubs"), QStringLiteral("agency.one-central-hub"),
                            tr("An agency has at most one central hub.")});
    return problems;
}

} // namespace permanence::domain
