// The "Links and matches" half of the Matching page: the tracker and the dialogs that record
// each next step.
#include "domain/Dates.h"
#include "gui/MatchingDialogs.h"
#include "gui/MatchingPage.h"
#include "presentation/MatchingModels.h"
#include "presentation/UserPrompts.h"
#include "services/Placements.h"
#include "services/Workspace.h"
#include "ui_MatchingPage.h"

#include <QTableView>

namespace permanence::gui {

using namespace permanence::domain;
using presentation::TrackerModel;

void MatchingPage::refreshTracker()
{
    if (!m_workspace) {
        m_tracker->setRows({});
        m_ui->trackerLabel->clear();
        return;
    }
    auto rows = services::Placements(*m_workspace).tracker();
    if (!rows) {
        m_ui->trackerLabel->setText(rows.error().message);
        return;
    }
    const bool first = m_tracker->rowCount() == 0;
    m_tracker->setRows(std::move(*rows));
    const int n = m_tracker->rowCount();
    // The tracker holds only the current links (tens, not thousands), so sizing to contents
    // is cheap; names are capped so the dates stay in view. Done once, so widths a user
    // dragged are kept when a step is recorded.
    if (first && n > 0) {
        m_ui->trackerView->resizeColumnsToContents();
        const int cap = 24 * fontMetrics().horizontalAdvance(QLatin1Char('M'));
        for (int c : {TrackerModel::Children, TrackerModel::Household})
            m_ui->trackerView->setColumnWidth(c, std::min(m_ui->trackerView->columnWidth(c), cap));
    }
    m_ui->trackerLabel->setText(
        n == 0 ? tr("No child is linked, matched or placed and awaiting the adoption order.")
               : tr("%1 current links, matches and placements awaiting the adoption order. "
                    "Choose one and record its next step.")
                     .arg(n));
}

int MatchingPage::currentTrackerRow() const
{
    return m_ui->trackerView->currentIndex().row();
}

QString MatchingPage::trackerRowName(int row) const
{
    const services::TrackerRow* r = m_tracker->row(row);
    return r ? tr("%1 with %2").arg(r->childNames, r->householdReference) : QString();
}

void MatchingPage::updateTrackerButtons()
{
    const services::TrackerRow* r = m_tracker->row(currentTrackerRow());
    const auto step = r ? presentation::nextStep(*r) : std::nullopt;
    m_ui->nextStepButton->setEnabled(step.has_value());
    m_ui->nextStepButton->setText(
        step ? tr("&Record %1…").arg(presentation::workflowStepLabel(*step).toLower())
             : tr("&Record next step…"));
    m_ui->introductionsButton->setEnabled(r && r->matchDecision.isValid() && !r->movedIn.isValid());
    m_ui->feeButton->setEnabled(r != nullptr);
    m_ui->endLinkButton->setEnabled(r && !r->movedIn.isValid());
    m_ui->disruptionButton->setEnabled(r && r->movedIn.isValid());
}

bool MatchingPage::recordStep(int trackerRow, WorkflowStep step, QDate date)
{
    const services::TrackerRow* r = m_tracker->row(trackerRow);
    if (!m_workspace || r == nullptr || r->children.empty())
        return false;
    const ChildId child = r->children.front();
    if (step == WorkflowStep::MatchDecision &&
        !m_prompts->confirm(tr("Record the match decision"),
                            tr("Record the agency decision maker's decision on %1 to match %2? "
                               "A recorded decision cannot be taken back here.")
                                .arg(formatDate(date), trackerRowName(trackerRow)),
                            tr("Record decision")))
        return false;
    return report(
        tr("Could not record the %1").arg(presentation::workflowStepLabel(step).toLower()),
        services::Placements(*m_workspace).recordStep(child, step, date));
}

void MatchingPage::recordNextStep()
{
    const int row = currentTrackerRow();
    const services::TrackerRow* r = m_tracker->row(row);
    if (!m_workspace || r == nullptr)
        return;
    const std::optional<WorkflowStep> next = presentation::nextStep(*r);
    if (!next)
        return;
    const WorkflowStep step = *next;
    const QString label = presentation::workflowStepLabel(step);
    if (auto date = askStepDate(this, label,
                                tr("%1 for %2: on which date?").arg(label, trackerRowName(row)),
                                m_workspace->clock().today()))
        recordStep(row, step, *date);
}

void MatchingPage::recordIntroductions()
{
    const int row = currentTrackerRow();
    const services::TrackerRow* r = m_tracker->row(row);
    if (!m_workspace || !r)
        return;
    const ChildId child = r->children.front();
    if (auto answer = askIntroductions(
            this, tr("The moving-to-adoption introductions for %1.").arg(trackerRowName(row)),
            m_workspace->clock().today()))
        report(tr("Could not record the introductions"),
               services::Placements(*m_workspace)
                   .recordIntroductions(child, answer->start, answer->end));
}

void MatchingPage::recordFee()
{
    const int row = currentTrackerRow();
    const services::TrackerRow* r = m_tracker->row(row);
    if (!m_workspace || !r)
        return;
    const ChildId child = r->children.front();
    auto first = m_workspace->child(child);
    if (auto fee = askInterAgencyFee(
            this,
            tr("The inter-agency fee agreed for %1 (only for households approved by another "
               "agency).")
                .arg(trackerRowName(row)),
            m_workspace->agency(), first ? first->councilCode : QString()))
        report(tr("Could not record the fee"),
               services::Placements(*m_workspace).recordInterAgencyFee(child, *fee));
}

void MatchingPage::endLink()
{
    const int row = currentTrackerRow();
    const services::TrackerRow* r = m_tracker->row(row);
    if (!m_workspace || !r)
        return;
    const ChildId child = r->children.front();
    if (auto answer = askEndLink(this,
                                 tr("End the link of %1? The child returns to family finding; the "
                                    "link stays in the history.")
                                     .arg(trackerRowName(row)),
                                 m_workspace->clock().today()))
        report(tr("Could not end the link"),
               services::Placements(*m_workspace).endLink(child, answer->date, answer->reason));
}

void MatchingPage::recordDisruption()
{
    const int row = currentTrackerRow();
    const services::TrackerRow* r = m_tracker->row(row);
    if (!m_workspace || !r)
        return;
    const ChildId child = r->children.front();
    if (auto disruption =
            askDisruption(this,
                          tr("The placement of %1 ended before the adoption order. The child "
                             "returns to family finding; the placement stays on their record.")
                              .arg(trackerRowName(row)),
                          m_workspace->clock().today()))
        report(tr("Could not record the disruption"),
               services::Placements(*m_workspace).recordDisruption(child, *disruption));
}

} // namespace permanence::gui
