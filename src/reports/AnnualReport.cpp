#include "reports/AnnualReport.h"

#include "metrics/AdopterReports.h"
#include "metrics/ChildrenFigures.h"
#include "metrics/YearFigures.h"
#include "reports/ReportCharts.h"
#include "reports/ReportText.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>
#include <functional>
#include <spdlog/spdlog.h>

namespace permanence::reports {
namespace {

using domain::ReportingYear;
using metrics::Indicator;
using metrics::Measure;
using metrics::Period;
using metrics::ScopeFigures;

/// Builds the body section by section. Each section prints its computed tables and the
/// manager's words for it; a section with neither data nor words says what is missing, so a
/// gap is never silent.
class ReportWriter
{
public:
    ReportWriter(const AnnualReportSource& source, QMap<QString, QImage>& charts)
        : m_src(source), m_charts(charts),
          m_figures(metrics::agencyFigures(source.agency, source.children, source.households,
                                           source.year))
    {
        for (int back = 3; back >= 0; --back)
            m_years.push_back(ReportingYear{source.year.startYear - back});
        const auto byCouncil = metrics::childrenByCouncil(source.children);
        const metrics::AdopterSources sources = metrics::adopterSources(source.households);
        const metrics::ChildPointers none;
        for (const domain::Council& c : source.agency.councils) {
            const auto found = byCouncil.constFind(c.code);
            const metrics::ChildPointers& own = found == byCouncil.cend() ? none : *found;
            std::vector<metrics::ChildrenFigures> byYear;
            for (const ReportingYear& y : m_years)
                byYear.push_back(
                    metrics::childrenFigures(own, sources, y, metrics::Scope::council(c.code)));
            m_councilHistory.push_back(std::move(byYear));
        }
        for (const ReportingYear& y : m_years)
            m_agencyHistory.push_back(metrics::childrenFigures(source.children, sources, y));
        m_adopters = metrics::adopterYearReport(source.households, source.children,
                                                source.trainingEvents, source.year);
        m_adoptersBefore =
            metrics::adopterYearReport(source.households, source.children, source.trainingEvents,
                                       ReportingYear{source.year.startYear - 1});
    }

    QString write()
    {
        cover();
        narrativeSection(QStringLiteral("introduction"), tr("Introduction"));
        partnership();
        adopters();
        children();
        narrativeSection(QStringLiteral("panels"),
                         tr("Section 4: %1 Adoption Panel Activity").arg(agencyName()));
        narrativeSection(QStringLiteral("support"),
                         tr("Section 4: %1 Adoption Support").arg(agencyName()));
        finance();
        narrativeSection(QStringLiteral("achievements"),
                         tr("6.0 Key Achievements %1").arg(m_src.year.label()));
        narrativeSection(QStringLiteral("priorities"),
                         tr("7.0 Key Priorities %1").arg(next().label()));
        signature();
        return m_out;
    }

private:
    static QString tr(const char* text) { return reportText(text); }
    QString agencyName() const { return m_src.agency.name.toHtmlEscaped(); }
    ReportingYear previous() const { return ReportingYear{m_src.year.startYear - 1}; }
    ReportingYear next() const { return ReportingYear{m_src.year.startYear + 1}; }

    void h1(const QString& text) { m_out += QStringLiteral("<h1>%1</h1>\n").arg(text); }
    void h2(const QString& text) { m_out += QStringLiteral("<h2>%1</h2>\n").arg(text); }
    void p(const QString& html) { m_out += QStringLiteral("<p>%1</p>\n").arg(html); }
    void missing(const QString& text)
    {
        m_out += QStringLiteral("<p class=\"missing\"><i>%1</i></p>\n").arg(text.toHtmlEscaped());
    }
    /// The manager's paragraphs for a section (blank lines separate paragraphs).
    bool words(const QString& key)
    {
        const QString text = m_src.inputs.text(key).trimmed();
        if (text.isEmpty())
            return false;
        m_out += paragraphsHtml(text);
        return true;
    }
    void narrativeSection(const QString& key, const QString& heading)
    {
        h1(heading);
        if (!words(key))
            missing(tr("No text has been written for this section yet (Dashboards → Report "
                       "text and figures)."));
    }
    void table(const Table& t) { m_out += tableHtml(t); }
    void chart(const QString& name, const QImage& image)
    {
        m_charts.insert(name, image);
        m_out +=
            QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"560\"></p>\n").arg(name);
    }

    QStringList councilNames() const
    {
        QStringList names;
        for (const domain::Council& c : m_src.agency.councils)
            names << shortCouncilName(c.name);
        return names;
    }

    void cover()
    {
        m_out += QStringLiteral("<div class=\"cover\">");
        m_out += QStringLiteral("<p class=\"title\">%1</p>").arg(agencyName());
        m_out +=
            QStringLiteral("<p class=\"subtitle\">%1</p>").arg(tr("Adoption Agency Annual Report"));
        m_out += QStringLiteral("<p class=\"subtitle\">%1</p>")
                     .arg(tr("1 April %1 – 31 March %2")
                              .arg(m_src.year.startYear)
                              .arg(m_src.year.startYear + 1));
        if (!m_src.inputs.author.isEmpty())
            p(tr("Report produced by %1.").arg(m_src.inputs.author.toHtmlEscaped()));
        const QDate on = m_src.inputs.signedOn.isValid() ? m_src.inputs.signedOn : m_src.producedOn;
        if (on.isValid())
            p(domain::formatDate(on));
        m_out += QStringLiteral("</div>\n<div class=\"pagebreak\"></div>\n");
    }

    void partnership()
    {
        h1(tr("Section 1: The Partnership"));
        QStringList councils;
        for (const domain::Council& c : m_src.agency.councils)
            councils << c.name.toHtmlEscaped();
        p(tr("%1 is a partnership of %2 councils: %3.")
              .arg(agencyName())
              .arg(m_src.agency.councils.size())
              .arg(councils.join(QStringLiteral(", "))));
        Table hubs{tr("Hubs of the partnership"), {tr("Hub"), tr("Serves")}, {}};
        for (const domain::Hub& h : m_src.agency.hubs) {
            QStringList served;
            for (const QString& code : h.councilCodes)
                if (const domain::Council* c = m_src.agency.council(code))
                    served << c->name;
            hubs.rows.push_back({h.name, h.central ? tr("The whole region (central hub)")
                                                   : served.join(QStringLiteral(", "))});
        }
        table(hubs);
        words(QStringLiteral("partnership"));
    }

    // Section 2 ---------------------------------------------------------------------------------

    void adopters()
    {
        h1(tr("Section 2: Recruitment, Preparation and Assessment of Adopter Households"));
        h2(tr("2.2 Referrals"));
        const int referrals = m_adopters.referrals.count();
        const int before = m_adoptersBefore.referrals.count();
        p(tr("During the year <b>%1</b> households attended an information event and <b>%2</b> "
             "were referred to the locality hubs' assessment teams (%3 in %4%5).")
              .arg(m_adopters.informationEvents.count())
              .arg(referrals)
              .arg(before)
              .arg(previous().label())
              .arg(before > 0 ? tr(", a change of %1").arg(changeText(before, referrals))
                              : QString()));
        words(QStringLiteral("recruitment"));

        h2(tr("2.3 Assessment and Approval of Adopters"));
        Table phases{tr("Number of days to complete key phases of the adopter journey"),
                     {QString(), tr("Stage 1"), tr("Stage 2"), tr("Approval to match")},
                     {}};
        phases.rows.push_back({m_src.agency.name, daysText(m_adopters.stage1.rounded()),
                               daysText(m_adopters.stage2.rounded()),
                               daysText(m_adopters.approvalToMatch.rounded())});
        phases.rows.push_back({tr("National target"),
                               QString::number(m_adopters.settings.stage1TargetDays),
                               QString::number(m_adopters.settings.stage2TargetDays), tr("n/a")});
        phases.rows.push_back({tr("Households behind the figure"),
                               QString::number(m_adopters.stage1.count()),
                               QString::number(m_adopters.stage2.count()),
                               QString::number(m_adopters.approvalToMatch.count())});
        table(phases);
        p(tr("<b>%1</b> households were approved in the year (%2 in %3). %4 of the adopters "
             "approved had a child matched with them within %5 months of approval.")
              .arg(m_adopters.approved.count())
              .arg(m_adoptersBefore.approved.count())
              .arg(previous().label())
              .arg(percentText(m_adopters.matchedWithinMonths.percent()))
              .arg(m_adopters.settings.matchWithinMonths));
        words(QStringLiteral("assessment"));

        h2(tr("2.4 Adopter Training Activity"));
        Table training{tr("Training delivered in %1").arg(m_src.year.label()),
                       {tr("Course"), tr("Events"), tr("Households")},
                       {}};
        for (const metrics::TrainingKindFigures& k : m_adopters.training.byKind)
            training.rows.push_back({domain::trainingKindLabel(k.kind),
                                     QString::number(k.eventCount()),
                                     QString::number(k.households.count())});
        table(training);
        p(tr("%1 of the households at preparation training also attended the early permanence "
             "module, and %2 the adopting brothers and sisters module.")
              .arg(percentText(m_adopters.training.preparationAlsoEarlyPermanence.percent()),
                   percentText(m_adopters.training.preparationAlsoBrothersAndSisters.percent())));
        words(QStringLiteral("training"));

        const metrics::WithdrawalFigures& w = m_adopters.withdrawals;
        if (w.all.count() > 0 || w.deregistered.count() > 0) {
            Table withdrawals{tr("Households who withdrew in %1").arg(m_src.year.label()),
                              {tr("Reason"), tr("Households")},
                              {}};
            for (auto reason :
                 {domain::WithdrawalReason::CostOfLiving,
                  domain::WithdrawalReason::ChangeOfCircumstances,
                  domain::WithdrawalReason::AgencyDecision, domain::WithdrawalReason::Other})
                withdrawals.rows.push_back(
                    {domain::withdrawalReasonLabel(reason), QString::number(w.count(reason))});
            withdrawals.rows.push_back({tr("All withdrawals"), QString::number(w.all.count())});
            withdrawals.rows.push_back(
                {tr("Approved households de-registered"), QString::number(w.deregistered.count())});
            table(withdrawals);
        }
        if (!m_src.inputs.text(QStringLiteral("nonAgency")).trimmed().isEmpty()) {
            h2(tr("2.5 Non-Agency Adoption"));
            words(QStringLiteral("nonAgency"));
        }
    }

    // Section 3 ---------------------------------------------------------------------------------

    void children()
    {
        h1(tr("Section 3: Activity & Outcomes for Children in %1").arg(m_src.year.label()));
        childrenInCare();
        decisions();
        placements();
        earlyPermanence();
        timescales();
        adopted();
        waiting();
        planSnapshot();
        disruptions();
    }

    void childrenInCare()
    {
        h2(tr("3.1 Children in Care Trends"));
        const auto cicTable = [this](const QString& caption, const QMap<QString, int>& before,
                                     const QMap<QString, int>& now) {
            Table t{caption,
                    {QString(), tr("31 March %1").arg(m_src.year.startYear),
                     tr("31 March %1").arg(m_src.year.startYear + 1), tr("Change")},
                    {}};
            int totalBefore = 0;
            int totalNow = 0;
            bool complete = true;
            for (const domain::Council& c : m_src.agency.councils) {
                const auto b = before.constFind(c.code);
                const auto n = now.constFind(c.code);
                const bool both = b != before.constEnd() && n != now.constEnd();
                complete = complete && both;
                if (b != before.constEnd())
                    totalBefore += b.value();
                if (n != now.constEnd())
                    totalNow += n.value();
                t.rows.push_back({shortCouncilName(c.name),
                                  b != before.constEnd() ? QString::number(b.value()) : tr("–"),
                                  n != now.constEnd() ? QString::number(n.value()) : tr("–"),
                                  both ? changeText(b.value(), n.value()) : tr("–")});
            }
            t.rows.push_back({tr("Total"), QString::number(totalBefore), QString::number(totalNow),
                              complete ? changeText(totalBefore, totalNow) : tr("–")});
            t.totalRow = true;
            table(t);
        };
        if (m_src.inputs.childrenInCare.isEmpty()) {
            missing(tr("The councils' children in care totals for 31 March %1 have not been "
                       "entered (Dashboards → Report text and figures).")
                        .arg(m_src.year.startYear + 1));
        } else {
            cicTable(tr("Children in care"), m_src.previousInputs.childrenInCare,
                     m_src.inputs.childrenInCare);
            if (!m_src.inputs.childrenInCareUnder6.isEmpty())
                cicTable(tr("Children in care aged 0–5"), m_src.previousInputs.childrenInCareUnder6,
                         m_src.inputs.childrenInCareUnder6);
        }
        words(QStringLiteral("childrenInCare"));
    }

    /// A per-council table over the report's four years with a total row, and its line chart.
    void historyTable(const QString& caption, const QString& chartName,
                      const std::function<int(const metrics::ChildrenFigures&)>& count)
    {
        Table t{caption, {QString()}, {}};
        for (const ReportingYear& y : m_years)
            t.header << y.label();
        ChartData chartData{caption, tr("Children"), {}, {}};
        for (const ReportingYear& y : m_years)
            chartData.categories << y.label();
        for (std::size_t c = 0; c < m_councilHistory.size(); ++c) {
            QStringList row{
                shortCouncilName(m_src.agency.councils.at(static_cast<qsizetype>(c)).name)};
            ChartSeries series{row.first(), {}};
            for (const metrics::ChildrenFigures& f : m_councilHistory[c]) {
                row << QString::number(count(f));
                series.values.push_back(count(f));
            }
            t.rows.push_back(row);
            chartData.series.push_back(series);
        }
        QStringList total{tr("Total")};
        for (const metrics::ChildrenFigures& f : m_agencyHistory)
            total << QString::number(count(f));
        t.rows.push_back(total);
        t.totalRow = true;
        table(t);
        chart(chartName, lineChart(chartData));
    }

    void decisions()
    {
        h2(tr("3.2 Agency Decisions for Children's Plans of Adoption & Placement Orders"));
        const int now = m_agencyHistory.back().agencyDecisions.count();
        const int before = m_agencyHistory[m_agencyHistory.size() - 2].agencyDecisions.count();
        p(tr("A total of <b>%1</b> agency decisions were made in %2 compared to <b>%3</b> the "
             "previous year (%4).")
              .arg(now)
              .arg(m_src.year.label())
              .arg(before)
              .arg(changeText(before, now)));
        historyTable(tr("Agency decisions that the child should be placed for adoption"),
                     QStringLiteral("chart-decisions"),
                     [](const metrics::ChildrenFigures& f) { return f.agencyDecisions.count(); });
        const int orders = m_agencyHistory.back().placementOrders.count();
        const int ordersBefore =
            m_agencyHistory[m_agencyHistory.size() - 2].placementOrders.count();
        p(tr("The number of placement orders granted went from <b>%1</b> in %2 to <b>%3</b> in "
             "%4.")
              .arg(ordersBefore)
              .arg(previous().label())
              .arg(orders)
              .arg(m_src.year.label()));
        historyTable(tr("Placement orders granted"), QStringLiteral("chart-orders"),
                     [](const metrics::ChildrenFigures& f) { return f.placementOrders.count(); });
        words(QStringLiteral("decisions"));
    }

    void placements()
    {
        h2(tr("3.3 Children Placed for Adoption"));
        const metrics::PlacementFigures& all = m_figures.agency.children.placements;
        const int before = m_agencyHistory[m_agencyHistory.size() - 2].placements.placed.count();
        p(tr("During %1 we found homes for <b>%2</b> children, compared with <b>%3</b> in %4.")
              .arg(m_src.year.label())
              .arg(all.placed.count())
              .arg(before)
              .arg(previous().label()));
        historyTable(tr("Children placed for adoption"), QStringLiteral("chart-placed"),
                     [](const metrics::ChildrenFigures& f) { return f.placements.placed.count(); });

        h2(tr("3.4 Where we Found Homes for our Children in %1").arg(m_src.year.label()));
        p(tr("<b>%1</b> children (%2 of the %3 children placed) were placed with the agency's own "
             "adopters.")
              .arg(all.ownAgency.count())
              .arg(percentText(all.inHouseShare))
              .arg(all.placed.count()));
        Table t{tr("Children placed with"), {QString()}, {}};
        t.header << councilNames() << tr("Total");
        const auto row = [&](const QString& label, auto get) {
            QStringList r{label};
            for (const ScopeFigures& s : m_figures.councils)
                r << get(s.children.placements);
            r << get(all);
            t.rows.push_back(r);
        };
        const auto count = [](const metrics::ChildSet metrics::PlacementFigures::*member) {
            return [member](const metrics::PlacementFigures& f) {
                return QString::number((f.*member).count());
            };
        };
        row(tr("%1 adopters").arg(m_src.agency.name), count(&metrics::PlacementFigures::ownAgency));
        row(tr("Other regional agency adopters"),
            count(&metrics::PlacementFigures::otherRegionalAgency));
        row(tr("Voluntary agency adopters"), count(&metrics::PlacementFigures::voluntaryAgency));
        if (all.unknownSource.count() > 0)
            row(tr("Adopters not recorded"), count(&metrics::PlacementFigures::unknownSource));
        row(tr("Share placed in-house"),
            [](const metrics::PlacementFigures& f) { return percentText(f.inHouseShare); });
        table(t);
        words(QStringLiteral("placements"));
    }

    void earlyPermanence()
    {
        h2(tr("3.5 Early Permanence"));
        Table t{tr("Early permanence placements in %1").arg(m_src.year.label()), {QString()}, {}};
        t.header << councilNames() << tr("Total");
        QStringList placed{tr("Children placed in %1").arg(m_src.year.label())};
        QStringList ep{tr("Early permanence")};
        QStringList share{tr("Share placed in early permanence")};
        ChartData chartData{tr("Early permanence placements"),
                            tr("Children"),
                            councilNames(),
                            {{tr("Children placed"), {}}, {tr("Early permanence"), {}}}};
        const auto add = [&](const metrics::PlacementFigures& f, bool chartIt) {
            placed << QString::number(f.placed.count());
            ep << QString::number(f.earlyPermanence.count());
            share << percentText(f.earlyPermanenceShare);
            if (chartIt) {
                chartData.series[0].values.push_back(f.placed.count());
                chartData.series[1].values.push_back(f.earlyPermanence.count());
            }
        };
        for (const ScopeFigures& s : m_figures.councils)
            add(s.children.placements, true);
        add(m_figures.agency.children.placements, false);
        t.rows = {placed, ep, share};
        table(t);
        chart(QStringLiteral("chart-early-permanence"), barChart(chartData));
        words(QStringLiteral("earlyPermanence"));
    }

    QString benchmarkText(const Indicator& i) const
    {
        if (!i.value)
            return tr("There were no children behind the %1 figure for %2.")
                .arg(metrics::measureLabel(i.measure), i.period.label());
        QStringList parts;
        const auto against = [&](std::optional<double> benchmark, const QString& what) {
            if (!benchmark)
                return;
            const metrics::Against a = metrics::compare(*i.value, *benchmark);
            parts << (a == metrics::Against::Above   ? tr("above %1 (%2)")
                      : a == metrics::Against::Below ? tr("below %1 (%2)")
                                                     : tr("equal to %1 (%2)"))
                         .arg(what)
                         .arg(*benchmark);
        };
        against(m_src.settings.target(i.measure, i.period), tr("the target"));
        against(m_src.settings.englandAverage(i.measure, i.period), tr("the England average"));
        QString text = tr("The %1 figure for %2 over %3 is <b>%4</b> days, from %5 children")
                           .arg(metrics::measureLabel(i.measure), agencyName(), i.period.label())
                           .arg(*i.value)
                           .arg(i.n);
        if (!parts.isEmpty())
            text += tr(", which is %1").arg(parts.join(tr(" and ")));
        return text + QStringLiteral(".");
    }

    void indicatorTables(Measure m, const QString& description)
    {
        const auto figures = [m](const ScopeFigures& s) -> const metrics::MeasureFigures& {
            return m == Measure::A10 ? s.a10 : s.a2;
        };
        const QString label = metrics::measureLabel(m);
        p(description);
        const metrics::MeasureFigures& agency = figures(m_figures.agency);
        Table three{tr("%1 indicator – 3-year average").arg(label), {QString()}, {}};
        for (const Indicator& i : agency.threeYearTrend)
            three.header << i.period.label();
        QStringList target{tr("Target")};
        QStringList england{tr("England average")};
        for (const Indicator& i : agency.threeYearTrend) {
            const auto t = m_src.settings.target(m, i.period);
            const auto e = m_src.settings.englandAverage(m, i.period);
            target << (t ? tr("%1 days").arg(*t) : tr("–"));
            england << (e ? QString::number(*e) : tr("–"));
        }
        three.rows = {target, england};
        const auto trendRow = [](const QString& name, const std::vector<Indicator>& trend) {
            QStringList r{name};
            for (const Indicator& i : trend)
                r << daysText(i.value);
            return r;
        };
        three.rows.push_back(trendRow(m_src.agency.name, agency.threeYearTrend));
        for (const ScopeFigures& s : m_figures.councils)
            three.rows.push_back(trendRow(shortCouncilName(s.name), figures(s).threeYearTrend));
        table(three);
        p(benchmarkText(agency.threeYear));

        Table trend{tr("%1 indicator trend").arg(label), {QString()}, {}};
        for (const Indicator& i : agency.yearTrend)
            trend.header << i.period.label();
        trend.header << tr("Trend");
        ChartData chartData{tr("%1 by year (days)").arg(label), tr("Days"), {}, {}};
        for (const Indicator& i : agency.yearTrend)
            chartData.categories << i.period.label();
        const auto addTrend = [&](const QString& name, const metrics::MeasureFigures& f) {
            QStringList r = trendRow(name, f.yearTrend);
            const auto& last = f.yearTrend.back().value;
            const auto& before = f.yearTrend[f.yearTrend.size() - 2].value;
            // ↑ means more days (slower), as 003 prints it.
            r << (last && before ? (*last > *before   ? QStringLiteral("↑")
                                    : *last < *before ? QStringLiteral("↓")
                                                      : QStringLiteral("→"))
                                 : tr("–"));
            trend.rows.push_back(r);
            ChartSeries series{shortCouncilName(name), {}};
            for (const Indicator& i : f.yearTrend)
                series.values.push_back(i.value ? std::optional<double>(*i.value) : std::nullopt);
            chartData.series.push_back(series);
        };
        for (const ScopeFigures& s : m_figures.councils)
            addTrend(shortCouncilName(s.name), figures(s));
        addTrend(m_src.agency.name, agency);
        table(trend);
        p(benchmarkText(agency.year));
        chart(QStringLiteral("chart-%1").arg(metrics::measureCode(m)), lineChart(chartData));
    }

    void timescales()
    {
        h2(tr("3.6 Timescales for Achieving Permanency for Our Children"));
        indicatorTables(Measure::A10,
                        tr("<b>A10</b> is the average time in days between a child entering care "
                           "and moving in with their adoptive family, adjusted for foster carer "
                           "adoptions. It is reported over the preceding three years and for the "
                           "reporting year."));
        indicatorTables(Measure::A2,
                        tr("<b>A2</b> is the average time in days between the local authority "
                           "receiving court authority to place a child (the placement order) and "
                           "deciding on a match to an adoptive family."));
        words(QStringLiteral("timescales"));
    }

    void adopted()
    {
        h2(tr("3.7 Children Adopted During %1").arg(m_src.year.label()));
        const metrics::AdoptedFigures& a = m_figures.agency.children.adopted;
        const int before = m_agencyHistory[m_agencyHistory.size() - 2].adopted.adopted.count();
        p(tr("<b>%1</b> adoption orders were granted for children across the region (%2 in %3). "
             "Of the children adopted, <b>%4</b> were aged 5 or over, <b>%5</b> were adopted "
             "alongside one or more of their brothers and sisters, and <b>%6</b> came from "
             "ethnic backgrounds other than White British.")
              .arg(a.adopted.count())
              .arg(before)
              .arg(previous().label())
              .arg(a.agedFiveOrOver.count())
              .arg(a.siblingGroup.count())
              .arg(a.ethnicityOtherThanWhiteBritish.count()));
        historyTable(tr("Children adopted (adoption orders granted)"),
                     QStringLiteral("chart-adopted"),
                     [](const metrics::ChildrenFigures& f) { return f.adopted.adopted.count(); });
        words(QStringLiteral("adopted"));
    }

    void waiting()
    {
        h2(tr("3.8 Overview of Regional Family Finding Activity"));
        const metrics::WaitingFigures& w = m_figures.agency.children.waiting;
        Table t{tr("Children waiting on %1, by time since the placement order")
                    .arg(domain::formatDate(w.on)),
                {QString()},
                {}};
        t.header << councilNames() << tr("Total");
        QStringList all{tr("Waiting")};
        QStringList d90{tr("90 days or more")};
        QStringList m12{tr("12 months or more")};
        QStringList m18{tr("18 months or more")};
        QStringList priority{tr("With a priority characteristic")};
        const auto add = [&](const metrics::WaitingFigures& f) {
            all << QString::number(f.waiting.count());
            d90 << QString::number(f.atLeast90Days.count());
            m12 << QString::number(f.atLeast12Months.count());
            m18 << QString::number(f.atLeast18Months.count());
            priority << QString::number(f.priority.anyPriority.count());
        };
        for (const ScopeFigures& s : m_figures.councils)
            add(s.children.waiting);
        add(w);
        t.rows = {all, d90, m12, m18, priority};
        table(t);
        words(QStringLiteral("familyFinding"));
    }

    void planSnapshot()
    {
        const domain::PlanSnapshot& s = m_figures.agency.children.planSnapshot;
        h2(tr("3.9 Children with a Plan of Adoption on %1").arg(domain::formatDate(s.on)));
        p(tr("At the end of the reporting year there were <b>%1</b> children across the region "
             "with a plan of adoption. Of these, <b>%2</b> had a placement order and had not yet "
             "been matched with their adoptive family. Of those %2 children:")
              .arg(s.withPlan)
              .arg(s.withOrderNotMatched));
        m_out += QStringLiteral("<ul>");
        m_out += QStringLiteral("<li>%1</li>")
                     .arg(tr("<b>%1</b> were matched and moving to their new families;")
                              .arg(s.matchedMovingIn));
        m_out += QStringLiteral("<li>%1</li>")
                     .arg(tr("<b>%1</b> were linked with a prospective family and progressing "
                             "to a match;")
                              .arg(s.linked));
        m_out +=
            QStringLiteral("<li>%1</li>")
                .arg(tr("<b>%1</b> had family finding stopped for another reason.").arg(s.stopped));
        m_out += QStringLiteral("</ul>");
        p(tr("This left <b>%1</b> children for whom we were actively looking for an adoptive "
             "family.")
              .arg(s.activelySought));
        words(QStringLiteral("planSnapshot"));
    }

    void disruptions()
    {
        h2(tr("3.10 Regional Overview of Placement Disruptions"));
        const metrics::DisruptionFigures& d = m_figures.agency.children.disruptions;
        p(tr("During %1, %2 placement(s) disrupted before the adoption order, affecting %3 "
             "child(ren).")
              .arg(m_src.year.label())
              .arg(d.disruptions.size())
              .arg(d.childrenAffected.count()));
        Table t{tr("Placement disruptions %1").arg(m_src.year.label()),
                {QString(), tr("%1 adopters").arg(m_src.agency.name), tr("Inter-agency")},
                {{tr("Number of placement disruptions"), QString::number(d.ownAgency),
                  QString::number(d.interAgency)}}};
        table(t);
        words(QStringLiteral("disruptions"));
    }

    // Section 5 ---------------------------------------------------------------------------------

    void finance()
    {
        h1(tr("5.0 %1 Financial Information %2").arg(agencyName(), m_src.year.label()));
        if (m_src.inputs.finance.empty())
            missing(tr("The budget and outturn figures for %1 have not been entered "
                       "(Dashboards → Report text and figures).")
                        .arg(m_src.year.label()));
        for (const QString& name : domain::financeTables()) {
            Table t{name, {QString(), tr("Budget"), tr("Outturn"), tr("Variance")}, {}};
            double budget = 0;
            double outturn = 0;
            for (const domain::FinanceLine& f : m_src.inputs.finance) {
                if (f.table != name)
                    continue;
                t.rows.push_back(
                    {f.line, moneyText(f.budget), moneyText(f.outturn), moneyText(f.variance())});
                budget += f.budget;
                outturn += f.outturn;
            }
            if (t.rows.empty())
                continue;
            if (t.rows.size() > 1) {
                t.rows.push_back({tr("Total"), moneyText(budget), moneyText(outturn),
                                  moneyText(outturn - budget)});
                t.totalRow = true;
            }
            table(t);
        }
        words(QStringLiteral("finance"));
    }

    void signature()
    {
        if (m_src.inputs.author.isEmpty())
            return;
        m_out +=
            QStringLiteral("<p><br><b>%1</b><br>%2</p>")
                .arg(m_src.inputs.author.toHtmlEscaped(),
                     m_src.inputs.signedOn.isValid() ? domain::formatDate(m_src.inputs.signedOn)
                                                     : QString());
    }

    const AnnualReportSource& m_src;
    QMap<QString, QImage>& m_charts;
    metrics::AgencyFigures m_figures;
    std::vector<ReportingYear> m_years; ///< the four years of the history tables, oldest first
    std::vector<std::vector<metrics::ChildrenFigures>> m_councilHistory; ///< [council][year]
    std::vector<metrics::ChildrenFigures> m_agencyHistory;               ///< [year]
    metrics::AdopterYearReport m_adopters;
    metrics::AdopterYearReport m_adoptersBefore;
    QString m_out;
};

const char* styleSheet = R"(
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #202020; }
h1 { font-size: 16pt; color: #1f4e79; margin-top: 18pt; }
h2 { font-size: 12.5pt; color: #1f4e79; margin-top: 12pt; }
p.title { font-size: 26pt; font-weight: bold; color: #1f4e79; margin-top: 120pt; }
p.subtitle { font-size: 16pt; color: #1f4e79; }
p.missing { color: #8a4b00; }
table { border-collapse: collapse; margin-top: 4pt; margin-bottom: 8pt; font-size: 8.5pt; }
th { background-color: #1f4e79; color: white; }
td { border: 1px solid #b0b0b0; }
td.number { text-align: right; }
tr.total td { font-weight: bold; background-color: #e8eef5; }
caption { font-weight: bold; text-align: left; }
div.pagebreak { page-break-after: always; }
)";

QString documentHtml(const QString& title, const QString& body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>%2</style></head><body>\n%3</body></html>\n")
        .arg(title.toHtmlEscaped(), QString::fromUtf8(styleSheet), body);
}

QString pngDataUri(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(bytes.toBase64());
}

QString reportTitle(const AnnualReportSource& s)
{
    return reportText("%1 Adoption Agency Annual Report %2").arg(s.agency.name, s.year.label());
}

} // namespace

AnnualReport::AnnualReport(const AnnualReportSource& source)
{
    m_body = ReportWriter(source, m_charts).write();
    m_title = reportTitle(source);
}

QString AnnualReport::html() const
{
    QString body = m_body;
    for (auto it = m_charts.constBegin(); it != m_charts.constEnd(); ++it)
        body.replace(QStringLiteral("src=\"%1\"").arg(it.key()),
                     QStringLiteral("src=\"%1\"").arg(pngDataUri(it.value())));
    return documentHtml(m_title, body);
}

domain::Status AnnualReport::writeHtml(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html().toUtf8()) < 0 || !file.commit()) {
        spdlog::error("report: could not write the HTML file: {}",
                      file.errorString().toStdString());
        return domain::fail(domain::ErrorCode::Io,
                            reportText("Could not write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

domain::Status AnnualReport::writePdf(const QString& path) const
{
    QTextDocument document;
    for (auto it = m_charts.constBegin(); it != m_charts.constEnd(); ++it)
        document.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    document.setDefaultStyleSheet(QString::fromUtf8(styleSheet));
    document.setHtml(documentHtml(m_title, m_body));
    document.setMetaInformation(QTextDocument::DocumentTitle, m_title);

    // Written to a temporary name and renamed, so a failed run never leaves half a PDF.
    const QString partial = path + QStringLiteral(".part");
    {
        QPdfWriter writer(partial);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Permanence"));
        writer.setResolution(150);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        document.print(&writer);
    }
    QFile::remove(path);
    if (!QFileInfo::exists(partial) || !QFile::rename(partial, path)) {
        QFile::remove(partial);
        spdlog::error("report: could not write the PDF file");
        return domain::fail(domain::ErrorCode::Io,
                            reportText("Could not write the PDF to %1.").arg(path));
    }
    return {};
}

} // namespace permanence::reports
