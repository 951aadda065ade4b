#pragma once

#include "domain/FundLimits.h"
#include "domain/SupportCase.h"
#include "presentation/RecordRowsModel.h"

#include <QDate>
#include <QObject>

namespace permanence::presentation {

using SupportChildRows = RecordRowsModel<domain::SupportChild>;
using AssessmentRows = RecordRowsModel<domain::NeedsAssessment>;
using PlanServiceRows = RecordRowsModel<domain::SupportPlanService>;
using FundApplicationRows = RecordRowsModel<domain::SupportFundApplication>;
using PostBoxAgreementRows = RecordRowsModel<domain::PostBoxAgreement>;
using PostBoxItemRows = RecordRowsModel<domain::PostBoxItem>;

/// The draft of one support case while a worker edits it: the case's own fields (details())
/// and a table model per list it holds. The plan table shows the chosen assessment's plan and
/// the items table the chosen agreement's items; edits in them go back into that row. draft()
/// is what Save hands to services::SupportCases, which validates it.
class SupportCaseEditor : public QObject
{
    Q_OBJECT

public:
    explicit SupportCaseEditor(QObject* parent = nullptr);

    /// "Today" for derived columns (who is responsible, what is overdue).
    void setToday(QDate today);
    [[nodiscard]] QDate today() const { return m_today; }
    /// The limits the warnings column checks against.
    void setFundLimits(const domain::FundLimits& limits);

    void load(const domain::SupportCase& supportCase);
    [[nodiscard]] const domain::SupportCase& loaded() const { return m_loaded; }
    /// The case's own fields (family, hub, referral, worker…); the lists live in the models.
    [[nodiscard]] domain::SupportCase& details() { return m_details; }
    [[nodiscard]] domain::SupportCase draft() const;
    [[nodiscard]] bool isModified() const { return draft() != m_loaded; }
    /// The case's fields changed outside the models (the residence council): derived columns
    /// are read again.
    void detailsChanged();

    [[nodiscard]] SupportChildRows* children() const { return m_children; }
    [[nodiscard]] AssessmentRows* assessments() const { return m_assessments; }
    [[nodiscard]] PlanServiceRows* plan() const { return m_plan; }
    [[nodiscard]] FundApplicationRows* fundApplications() const { return m_fund; }
    [[nodiscard]] PostBoxAgreementRows* agreements() const { return m_agreements; }
    [[nodiscard]] PostBoxItemRows* items() const { return m_items; }

    /// Which assessment's plan, and which agreement's items, the plan and items tables show
    /// (-1: none).
    void chooseAssessment(int row);
    void chooseAgreement(int row);
    [[nodiscard]] int chosenAssessment() const { return m_assessment; }
    [[nodiscard]] int chosenAgreement() const { return m_agreement; }

    // Adding rows: each returns the new row, with what is usually true filled in (today, the
    // next child number, the only child of the case).
    int addChild();
    int addAssessment();
    int addPlanService(); ///< -1 when no assessment is chosen
    int addFundApplication();
    int addAgreement();
    /// The quick keying of the post box: "item received from `from` on `received`" under the
    /// chosen agreement. -1 when no agreement is chosen.
    int logItem(domain::PostBoxParty from, QDate received);

    /// Every warning of the fund applications against the limits in force, one per line.
    [[nodiscard]] QStringList fundWarnings() const;

Q_SIGNALS:
    /// Any list changed (a cell, a row added): the form refreshes its Save state.
    void edited();

private:
    void watch(QAbstractItemModel* model);
    void storePlan();
    void storeItems();
    [[nodiscard]] QString childLabel(int number) const;
    [[nodiscard]] QStringList childChoices() const;

    QDate m_today;
    domain::FundLimits m_limits;
    domain::SupportCase m_loaded;
    domain::SupportCase m_details;
    SupportChildRows* m_children;
    AssessmentRows* m_assessments;
    PlanServiceRows* m_plan;
    FundApplicationRows* m_fund;
    PostBoxAgreementRows* m_agreements;
    PostBoxItemRows* m_items;
    int m_assessment = -1;
    int m_agreement = -1;
};

/// "2025-26" (or "2025") as the reporting year starting in April 2025; nullopt otherwise.
[[nodiscard]] std::optional<domain::ReportingYear> parseReportingYear(const QString& text);

} // namespace permanence::presentation
