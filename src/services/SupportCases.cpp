#include "services/SupportCases.h"

#include "services/Workspace.h"

#include <QCoreApplication>

namespace permanence::services {

using namespace permanence::domain;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SupportCases", text);
}

} // namespace

Problems droppedRecords(const SupportCase& before, const SupportCase& after)
{
    Problems out;
    const QString kept = tr("Support records are kept for 100 years after the adoption order");
    for (const SupportChild& c : before.children)
        if (!after.child(c.number))
            out.push_back({tr("Children"), QStringLiteral("support.kept"),
                           tr("%1: %2 cannot be taken off the case.").arg(kept, c.name)});
    if (after.assessments.size() < before.assessments.size())
        out.push_back({tr("Assessment"), QStringLiteral("support.kept"),
                       tr("%1: an assessment of need cannot be removed.").arg(kept)});
    if (after.fundApplications.size() < before.fundApplications.size())
        out.push_back(
            {tr("Fund applications"), QStringLiteral("support.kept"),
             tr("%1: a fund application cannot be removed; correct it instead.").arg(kept)});
    if (after.postBox.size() < before.postBox.size())
        out.push_back(
            {tr("Post box"), QStringLiteral("support.kept"),
             tr("%1: an agreement cannot be removed; give the date it ended.").arg(kept)});
    else
        for (int i = 0; i < before.postBox.size(); ++i)
            if (after.postBox[i].items.size() < before.postBox[i].items.size())
                out.push_back({tr("Post box"), QStringLiteral("support.kept"),
                               tr("%1: a post-box item cannot be removed.").arg(kept)});
    return out;
}

Result<std::vector<storage::SupportCaseSummary>>
SupportCases::list(const storage::SupportCaseQuery& query) const
{
    return storage::SupportCaseRepository(m_ws.database()).list(query, m_ws.actor());
}

Result<int> SupportCases::count(const storage::SupportCaseQuery& query) const
{
    return storage::SupportCaseRepository(m_ws.database()).count(query, m_ws.actor());
}

Result<SupportCase> SupportCases::supportCase(SupportCaseId id) const
{
    return storage::SupportCaseRepository(m_ws.database()).get(id, m_ws.actor());
}

Result<std::vector<SupportCase>> SupportCases::openCases() const
{
    return storage::SupportCaseRepository(m_ws.database()).openCases(m_ws.actor());
}

Problems SupportCases::problemsOf(const SupportCase& sc) const
{
    Problems problems = validate(sc, m_ws.clock().today());
    const Agency& agency = m_ws.agency();
    if (!sc.hubCode.isEmpty() && !agency.hubs.isEmpty() && !agency.hub(sc.hubCode))
        problems.push_back({tr("Hub"), QStringLiteral("support.unknown-hub"),
                            tr("%1 is not one of the agency's hubs.").arg(sc.hubCode)});
    return problems;
}

Result<SupportCaseId> SupportCases::create(const SupportCase& sc)
{
    if (sc.id.isValid())
        return fail(ErrorCode::Invalid, tr("This support case has already been saved."));
    if (auto problems = problemsOf(sc); !problems.empty())
        return fail(Error::validation(std::move(problems)));
    auto id = storage::SupportCaseRepository(m_ws.database()).insert(sc, m_ws.actor());
    if (id)
        m_ws.announceSupportCasesChanged();
    return id;
}

Status SupportCases::update(const SupportCase& sc)
{
    if (!sc.id.isValid())
        return fail(ErrorCode::Invalid, tr("This support case has not been saved yet."));
    storage::SupportCaseRepository repo(m_ws.database());
    auto before = repo.get(sc.id, m_ws.actor());
    if (!before)
        return fail(before.error());
    Problems problems = problemsOf(sc);
    for (Problem& p : droppedRecords(*before, sc))
        problems.push_back(std::move(p));
    if (!problems.empty())
        return fail(Error::validation(std::move(problems)));
    auto saved = repo.update(sc, m_ws.actor());
    if (saved)
        m_ws.announceSupportCasesChanged();
    return saved;
}

Status SupportCases::recordPostBoxItem(SupportCaseId id, int agreement, const PostBoxItem& item)
{
    auto sc = supportCase(id);
    if (!sc)
        return fail(sc.error());
    if (agreement < 0 || agreement >= sc->postBox.size())
        return fail(ErrorCode::NotFound, tr("The case has no such post-box agreement."));
    sc->postBox[agreement].items << item;
    return update(*sc);
}

Status SupportCases::recordExchange(SupportCaseId id, int agreement, QDate date)
{
    auto sc = supportCase(id);
    if (!sc)
        return fail(sc.error());
    if (agreement < 0 || agreement >= sc->postBox.size())
        return fail(ErrorCode::NotFound, tr("The case has no such post-box agreement."));
    int waiting = 0;
    for (PostBoxItem& item : sc->postBox[agreement].items) {
        if (item.exchanged.isValid())
            continue;
        item.exchanged = date;
        ++waiting;
    }
    if (waiting == 0)
        return fail(
            Error::validation({{tr("Exchanged"), QStringLiteral("nothing-waiting"),
                                tr("No item under this agreement is waiting to be passed on.")}}));
    return update(*sc);
}

FundLimits SupportCases::fundLimits() const
{
    auto stored = m_ws.setting(FundLimits::settingKey());
    if (stored && stored->has_value())
        return FundLimits::fromJson(**stored);
    return FundLimits::defaults();
}

Status SupportCases::saveFundLimits(const FundLimits& limits)
{
    return m_ws.saveSetting(FundLimits::settingKey(), limits.toJson());
}

Problems SupportCases::fundWarnings(const SupportCase& sc, int index) const
{
    if (index < 0 || index >= sc.fundApplications.size())
        return {};
    QList<SupportFundApplication> others = sc.fundApplications;
    others.removeAt(index);
    return fundLimitWarnings(sc.fundApplications[index], others, fundLimits());
}

} // namespace permanence::services
