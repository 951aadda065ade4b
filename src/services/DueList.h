#pragma once

#include "domain/DueItem.h"
#include "domain/Result.h"

#include <QList>
#include <QObject>
#include <optional>

namespace permanence::services {

class Workspace;

/// Which of the due items to show.
struct DueFilter
{
    std::optional<domain::DueKind> kind;
    QString hubCode; ///< empty: every hub
    QString worker;  ///< empty: everyone's
};

/// "My work": everything due or overdue on the workspace's today, derived from the rules and
/// the records — adopters against their stage targets, children waiting since their placement
/// order, panel papers and agency decisions, post-box items and support fund applications —
/// overdue first. Nothing on it is typed: record the fact that was due and the item goes.
class DueList
{
public:
    DueList(Workspace& workspace, domain::DueRules rules) : m_ws(workspace), m_rules(rules) {}

    /// Every item shown today (due soon or overdue) that the filter lets through, most urgent
    /// first.
    [[nodiscard]] domain::Result<QList<domain::DueItem>> items(const DueFilter& filter = {}) const;
    /// The items of `all` that the filter lets through, in the same order.
    [[nodiscard]] static QList<domain::DueItem> filtered(const QList<domain::DueItem>& all,
                                                         const DueFilter& filter);

private:
    [[nodiscard]] domain::Status addWaitingChildren(QList<domain::DueItem>& out) const;
    [[nodiscard]] domain::Status addStageTargets(QList<domain::DueItem>& out) const;

    Workspace& m_ws;
    domain::DueRules m_rules;
};

} // namespace permanence::services
