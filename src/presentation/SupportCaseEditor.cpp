#include "presentation/SupportCaseEditor.h"

#include "domain/Dates.h"
#include "presentation/PostBoxRegisterModel.h"

#include <QRegularExpression>

namespace permanence::presentation {

using namespace domain;

namespace {

/// A date cell: empty text clears the date (not reached yet); text that is not a date is
/// refused and the cell keeps its date.
bool readDate(QDate& target, const QString& text)
{
    if (text.isEmpty()) {
        target = {};
        return true;
    }
    const auto date = parseDate(text);
    if (!date)
        return false;
    target = *date;
    return true;
}

bool readMoney(Pence& target, const QString& text)
{
    if (text.isEmpty()) {
        target = 0;
        return true;
    }
    const auto amount = parseMoney(text);
    if (!amount)
        return false;
    target = *amount;
    return true;
}

template <typename Enum>
bool readChoice(Enum& target, const QString& text, const QList<Enum>& all, QString (*label)(Enum))
{
    for (Enum value : all) {
        if (label(value).compare(text, Qt::CaseInsensitive) == 0) {
            target = value;
            return true;
        }
    }
    return false;
}

template <typename Enum> QStringList labels(const QList<Enum>& all, QString (*label)(Enum))
{
    QStringList out;
    for (Enum value : all)
        out << label(value);
    return out;
}

const QList<FundType>& fundTypes()
{
    static const QList<FundType> all = {FundType::Therapy, FundType::SpecialistAssessment};
    return all;
}
const QList<PostBoxDirection>& directions()
{
    static const QList<PostBoxDirection> all = {PostBoxDirection::BothWays,
                                                PostBoxDirection::FamilyToBirthRelative,
                                                PostBoxDirection::BirthRelativeToFamily};
    return all;
}
const QList<PostBoxParty>& parties()
{
    static const QList<PostBoxParty> all = {PostBoxParty::AdoptiveFamily,
                                            PostBoxParty::BirthRelative};
    return all;
}

QString nextDueText(const PostBoxAgreement& agreement, PostBoxParty party)
{
    const auto due = nextItemDue(agreement, party);
    return due ? formatDate(*due) : QString();
}

} // namespace

std::optional<ReportingYear> parseReportingYear(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})(?:\s*[-/–]\s*(\d{2}))?$)"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int start = match.captured(1).toInt();
    if (match.hasCaptured(2) && match.captured(2).toInt() != (start + 1) % 100)
        return std::nullopt; // "2025-27" is not a year
    return ReportingYear{start};
}

SupportCaseEditor::SupportCaseEditor(QObject* parent)
    : QObject(parent), m_today(QDate::currentDate()), m_limits(FundLimits::defaults())
{
    using ChildColumn = SupportChildRows::Column;
    m_children = new SupportChildRows(
        {
            ChildColumn{tr("No."), [](const SupportChild& c) { return QString::number(c.number); }},
            ChildColumn{tr("Name"), [](const SupportChild& c) { return c.name; },
                        [](SupportChild& c, const QString& t) {
                            c.name = t;
                            return true;
                        }},
            ChildColumn{
                tr("Date of birth"),
                [](const SupportChild& c) { return formatDate(c.dateOfBirth); },
                [](SupportChild& c, const QString& t) { return readDate(c.dateOfBirth, t); }},
            ChildColumn{
                tr("Adoption order"),
                [](const SupportChild& c) { return formatDate(c.adoptionOrder); },
                [](SupportChild& c, const QString& t) { return readDate(c.adoptionOrder, t); }},
            ChildColumn{tr("Placing authority"),
                        [](const SupportChild& c) { return c.placingAuthority; },
                        [](SupportChild& c, const QString& t) {
                            c.placingAuthority = t;
                            return true;
                        }},
            ChildColumn{tr("Responsible today"),
                        [this](const SupportChild& c) {
                            return m_details.responsibleAuthority(c, m_today);
                        }},
            ChildColumn{tr("Passes to residence council"),
                        [](const SupportChild& c) {
                            return formatDate(responsibilityTransferDate(c.adoptionOrder));
                        }},
        },
        this);

    using AssessmentColumn = AssessmentRows::Column;
    m_assessments = new AssessmentRows(
        {
            AssessmentColumn{
                tr("Started"), [](const NeedsAssessment& a) { return formatDate(a.started); },
                [](NeedsAssessment& a, const QString& t) { return readDate(a.started, t); }},
            AssessmentColumn{
                tr("Completed"), [](const NeedsAssessment& a) { return formatDate(a.completed); },
                [](NeedsAssessment& a, const QString& t) { return readDate(a.completed, t); }},
            AssessmentColumn{tr("Outcome"), [](const NeedsAssessment& a) { return a.outcome; },
                             [](NeedsAssessment& a, const QString& t) {
                                 a.outcome = t;
                                 return true;
                             }},
            AssessmentColumn{
                tr("Services in plan"),
                [](const NeedsAssessment& a) { return QString::number(a.plan.size()); }},
        },
        this);

    using ServiceColumn = PlanServiceRows::Column;
    m_plan = new PlanServiceRows(
        {
            ServiceColumn{tr("Service"), [](const SupportPlanService& s) { return s.service; },
                          [](SupportPlanService& s, const QString& t) {
                              s.service = t;
                              return true;
                          }},
            ServiceColumn{tr("Provider"), [](const SupportPlanService& s) { return s.provider; },
                          [](SupportPlanService& s, const QString& t) {
                              s.provider = t;
                              return true;
                          }},
            ServiceColumn{
                tr("Start"), [](const SupportPlanService& s) { return formatDate(s.start); },
                [](SupportPlanService& s, const QString& t) { return readDate(s.start, t); }},
            ServiceColumn{
                tr("End"), [](const SupportPlanService& s) { return formatDate(s.end); },
                [](SupportPlanService& s, const QString& t) { return readDate(s.end, t); }},
        },
        this);

    using FundColumn = FundApplicationRows::Column;
    m_fund = new FundApplicationRows(
        {
            FundColumn{
                tr("Applied"),
                [](const SupportFundApplication& a) { return formatDate(a.applied); },
                [](SupportFundApplication& a, const QString& t) { return readDate(a.applied, t); }},
            FundColumn{
                tr("Child"),
                [this](const SupportFundApplication& a) { return childLabel(a.childNumber); },
                [this](SupportFundApplication& a, const QString& t) {
                    const QStringList choices = childChoices();
                    const auto at = choices.indexOf(t);
                    if (at >= 0) {
                        a.childNumber = m_children->records().at(at).number;
                        return true;
                    }
                    bool number = false;
                    const int n = t.toInt(&number);
                    if (number)
                        a.childNumber = n;
                    return number;
                },
                [this] { return childChoices(); }},
            FundColumn{tr("Type"),
                       [](const SupportFundApplication& a) { return fundTypeLabel(a.type); },
                       [](SupportFundApplication& a, const QString& t) {
                           return readChoice(a.type, t, fundTypes(), &fundTypeLabel);
                       },
                       [] { return labels(fundTypes(), &fundTypeLabel); }},
            FundColumn{tr("Provider"), [](const SupportFundApplication& a) { return a.provider; },
                       [](SupportFundApplication& a, const QString& t) {
                           a.provider = t;
                           return true;
                       }},
            FundColumn{tr("For year"),
                       [](const SupportFundApplication& a) {
                           return a.financialYear.startYear > 0 ? a.financialYear.label()
                                                                : QString();
                       },
                       [](SupportFundApplication& a, const QString& t) {
                           if (t.isEmpty()) {
                               a.financialYear = {};
                               return true;
                           }
                           const auto year = parseReportingYear(t);
                           if (year)
                               a.financialYear = *year;
                           return year.has_value();
                       }},
            FundColumn{tr("Requested"),
                       [](const SupportFundApplication& a) { return formatMoney(a.requested); },
                       [](SupportFundApplication& a, const QString& t) {
                           return readMoney(a.requested, t);
                       }},
            FundColumn{tr("Approved"),
                       [](const SupportFundApplication& a) {
                           return a.approved ? formatMoney(*a.approved) : tr("Not decided");
                       },
                       [](SupportFundApplication& a, const QString& t) {
                           if (t.isEmpty() ||
                               t.compare(tr("Not decided"), Qt::CaseInsensitive) == 0) {
                               a.approved.reset();
                               return true;
                           }
                           Pence amount = 0;
                           if (!readMoney(amount, t))
                               return false;
                           a.approved = amount;
                           return true;
                       }},
            FundColumn{tr("Match funding"),
                       [](const SupportFundApplication& a) {
                           return a.matchFunding > 0 ? formatMoney(a.matchFunding) : QString();
                       },
                       [](SupportFundApplication& a, const QString& t) {
                           return readMoney(a.matchFunding, t);
                       }},
            FundColumn{tr("Match funded by"),
                       [](const SupportFundApplication& a) { return a.matchFundedBy; },
                       [](SupportFundApplication& a, const QString& t) {
                           a.matchFundedBy = t;
                           return true;
                       }},
        },
        this);

    using AgreementColumn = PostBoxAgreementRows::Column;
    m_agreements = new PostBoxAgreementRows(
        {
            AgreementColumn{tr("Birth relative"),
                            [](const PostBoxAgreement& a) { return a.birthRelative; },
                            [](PostBoxAgreement& a, const QString& t) {
                                a.birthRelative = t;
                                return true;
                            }},
            AgreementColumn{
                tr("Direction"),
                [](const PostBoxAgreement& a) { return postBoxDirectionLabel(a.direction); },
                [](PostBoxAgreement& a, const QString& t) {
                    return readChoice(a.direction, t, directions(), &postBoxDirectionLabel);
                },
                [] { return labels(directions(), &postBoxDirectionLabel); }},
            AgreementColumn{
                tr("Every (months)"),
                [](const PostBoxAgreement& a) { return QString::number(a.everyMonths); },
                [](PostBoxAgreement& a, const QString& t) {
                    bool ok = false;
                    const int months = t.toInt(&ok);
                    if (ok)
                        a.everyMonths = months;
                    return ok;
                }},
            AgreementColumn{
                tr("Start"), [](const PostBoxAgreement& a) { return formatDate(a.start); },
                [](PostBoxAgreement& a, const QString& t) { return readDate(a.start, t); }},
            AgreementColumn{
                tr("Ended"), [](const PostBoxAgreement& a) { return formatDate(a.ended); },
                [](PostBoxAgreement& a, const QString& t) { return readDate(a.ended, t); }},
            AgreementColumn{tr("Next from family"),
                            [](const PostBoxAgreement& a) {
                                return nextDueText(a, PostBoxParty::AdoptiveFamily);
                            }},
            AgreementColumn{tr("Next from birth relative"),
                            [](const PostBoxAgreement& a) {
                                return nextDueText(a, PostBoxParty::BirthRelative);
                            }},
            AgreementColumn{
                tr("Waiting to pass on"),
                [](const PostBoxAgreement& a) { return QString::number(awaitingExchange(a)); }},
            AgreementColumn{
                tr("Overdue"),
                [this](const PostBoxAgreement& a) { return postBoxOverdueText(a, m_today); }},
        },
        this);

    using ItemColumn = PostBoxItemRows::Column;
    m_items = new PostBoxItemRows(
        {
            ItemColumn{tr("Received"), [](const PostBoxItem& i) { return formatDate(i.received); },
                       [](PostBoxItem& i, const QString& t) { return readDate(i.received, t); }},
            ItemColumn{tr("From"), [](const PostBoxItem& i) { return postBoxPartyLabel(i.from); },
                       [](PostBoxItem& i, const QString& t) {
                           return readChoice(i.from, t, parties(), &postBoxPartyLabel);
                       },
                       [] { return labels(parties(), &postBoxPartyLabel); }},
            ItemColumn{tr("Passed on"),
                       [](const PostBoxItem& i) {
                           return i.exchanged.isValid() ? formatDate(i.exchanged) : tr("Waiting");
                       },
                       [](PostBoxItem& i, const QString& t) {
                           if (t.compare(tr("Waiting"), Qt::CaseInsensitive) == 0) {
                               i.exchanged = {};
                               return true;
                           }
                           return readDate(i.exchanged, t);
                       }},
        },
        this);

    for (QAbstractItemModel* model :
         {static_cast<QAbstractItemModel*>(m_children),
          static_cast<QAbstractItemModel*>(m_assessments), static_cast<QAbstractItemModel*>(m_fund),
          static_cast<QAbstractItemModel*>(m_agreements)})
        watch(model);
    // The chosen assessment's plan and agreement's items are part of that row.
    const auto planEdited = [this] {
        storePlan();
        Q_EMIT edited();
    };
    connect(m_plan, &QAbstractItemModel::dataChanged, this, planEdited);
    connect(m_plan, &QAbstractItemModel::rowsInserted, this, planEdited);
    const auto itemsEdited = [this] {
        storeItems();
        Q_EMIT edited();
    };
    connect(m_items, &QAbstractItemModel::dataChanged, this, itemsEdited);
    connect(m_items, &QAbstractItemModel::rowsInserted, this, itemsEdited);
    // The fund's child column names the children: renaming one shows in it at once.
    connect(m_children, &QAbstractItemModel::dataChanged, m_fund,
            [this] { m_fund->refreshDerived(); });
}

void SupportCaseEditor::watch(QAbstractItemModel* model)
{
    connect(model, &QAbstractItemModel::dataChanged, this, &SupportCaseEditor::edited);
    connect(model, &QAbstractItemModel::rowsInserted, this, &SupportCaseEditor::edited);
}

void SupportCaseEditor::setToday(QDate today)
{
    m_today = today;
    detailsChanged();
}

void SupportCaseEditor::setFundLimits(const FundLimits& limits)
{
    m_limits = limits;
}

void SupportCaseEditor::load(const SupportCase& supportCase)
{
    m_loaded = supportCase;
    m_details = supportCase;
    m_details.children.clear();
    m_details.assessments.clear();
    m_details.fundApplications.clear();
    m_details.postBox.clear();
    m_children->setRecords(supportCase.children);
    m_assessments->setRecords(supportCase.assessments);
    m_fund->setRecords(supportCase.fundApplications);
    m_agreements->setRecords(supportCase.postBox);
    chooseAssessment(supportCase.assessments.isEmpty() ? -1 : 0);
    chooseAgreement(supportCase.postBox.isEmpty() ? -1 : 0);
}

SupportCase SupportCaseEditor::draft() const
{
    SupportCase out = m_details;
    out.children = m_children->records();
    out.assessments = m_assessments->records();
    out.fundApplications = m_fund->records();
    out.postBox = m_agreements->records();
    return out;
}

void SupportCaseEditor::detailsChanged()
{
    m_children->refreshDerived();
    m_agreements->refreshDerived();
}

void SupportCaseEditor::chooseAssessment(int row)
{
    m_assessment = row >= 0 && row < m_assessments->rowCount() ? row : -1;
    m_plan->setRecords(m_assessment < 0 ? QList<SupportPlanService>{}
                                        : m_assessments->records().at(m_assessment).plan);
}

void SupportCaseEditor::chooseAgreement(int row)
{
    m_agreement = row >= 0 && row < m_agreements->rowCount() ? row : -1;
    m_items->setRecords(m_agreement < 0 ? QList<PostBoxItem>{}
                                        : m_agreements->records().at(m_agreement).items);
}

void SupportCaseEditor::storePlan()
{
    if (m_assessment < 0)
        return;
    NeedsAssessment assessment = m_assessments->records().at(m_assessment);
    assessment.plan = m_plan->records();
    m_assessments->replace(m_assessment, assessment);
}

void SupportCaseEditor::storeItems()
{
    if (m_agreement < 0)
        return;
    PostBoxAgreement agreement = m_agreements->records().at(m_agreement);
    agreement.items = m_items->records();
    m_agreements->replace(m_agreement, agreement);
}

int SupportCaseEditor::addChild()
{
    SupportChild child;
    int next = 1;
    for (const SupportChild& c : m_children->records())
        next = std::max(next, c.number + 1);
    // Numbers are never reused, even of children saved before and kept in m_loaded.
    for (const SupportChild& c : m_loaded.children)
        next = std::max(next, c.number + 1);
    child.number = next;
    return m_children->append(child);
}

int SupportCaseEditor::addAssessment()
{
    NeedsAssessment assessment;
    assessment.started = m_today;
    const int row = m_assessments->append(assessment);
    chooseAssessment(row);
    return row;
}

int SupportCaseEditor::addPlanService()
{
    if (m_assessment < 0)
        return -1;
    SupportPlanService service;
    service.start = m_today;
    return m_plan->append(service);
}

int SupportCaseEditor::addFundApplication()
{
    SupportFundApplication application;
    application.applied = m_today;
    application.financialYear = ReportingYear::containing(m_today);
    if (m_children->rowCount() == 1)
        application.childNumber = m_children->records().front().number;
    return m_fund->append(application);
}

int SupportCaseEditor::addAgreement()
{
    PostBoxAgreement agreement;
    agreement.start = m_today;
    const int row = m_agreements->append(agreement);
    chooseAgreement(row);
    return row;
}

int SupportCaseEditor::logItem(PostBoxParty from, QDate received)
{
    if (m_agreement < 0)
        return -1;
    PostBoxItem item;
    item.from = from;
    item.received = received;
    return m_items->append(item);
}

QStringList SupportCaseEditor::fundWarnings() const
{
    QStringList out;
    const QList<SupportFundApplication>& all = m_fund->records();
    for (qsizetype i = 0; i < all.size(); ++i) {
        QList<SupportFundApplication> others = all;
        others.removeAt(i);
        for (const Problem& problem : fundLimitWarnings(all[i], others, m_limits))
            out << tr("Application of %1 for %2: %3")
                       .arg(formatDate(all[i].applied), childLabel(all[i].childNumber),
                            problem.message);
    }
    return out;
}

QString SupportCaseEditor::childLabel(int number) const
{
    for (const SupportChild& c : m_children->records())
        if (c.number == number)
            return c.name.isEmpty() ? tr("Child %1").arg(number)
                                    : QStringLiteral("%1 · %2").arg(number).arg(c.name);
    return number > 0 ? tr("Child %1").arg(number) : QString();
}

QStringList SupportCaseEditor::childChoices() const
{
    QStringList out;
    for (const SupportChild& c : m_children->records())
        out << childLabel(c.number);
    return out;
}

} // namespace permanence::presentation
