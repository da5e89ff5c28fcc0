#include "ui/analysis/agreementview.h"

#include "core/analysis/htmlwriter.h"
#include "core/model/project.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace dyad::ui::analysis {

using namespace dyad::core::analysis;

namespace {

double orZero(double v)
{
    return std::isfinite(v) ? v : 0.0;
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

AgreementView::AgreementView(ProjectAccessor project, QWidget *parent)
    : QWidget(parent)
    , m_project(std::move(project))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_report(new QTextBrowser(this))
    , m_perCode(new QChartView(this))
    , m_rounds(new QChartView(this))
{
    m_report->setOpenLinks(false);
    m_perCode->setRenderHint(QPainter::Antialiasing);
    m_rounds->setRenderHint(QPainter::Antialiasing);
    m_tabs->addTab(m_report, tr("Report"));
    m_tabs->addTab(m_perCode, tr("Agreement per code"));
    m_tabs->addTab(m_rounds, tr("Across rounds"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    auto *refresh = new QToolButton(this);
    refresh->setText(tr("Refresh"));
    top->addWidget(refresh);
    top->addWidget(exportButton(this, {
        {tr("HTML report…"), [this] {
             saveText(this, tr("Save report"), QStringLiteral("agreement.html"), tr("HTML (*.html)"), html());
         }},
        {tr("CSV (every figure)…"), [this] {
             if (m_analysis)
                 saveText(this, tr("Save figures"), QStringLiteral("agreement.csv"), tr("CSV (*.csv)"),
                          agreementCsv(*m_analysis), true);
         }},
        {tr("PDF report…"), [this] { savePdf(this, QStringLiteral("agreement.pdf"), html()); }},
        {tr("Chart per code as PNG or SVG…"), [this] { saveChart(this, m_perCode, QStringLiteral("agreement-per-code.png")); }},
        {tr("Chart across rounds as PNG or SVG…"), [this] { saveChart(this, m_rounds, QStringLiteral("agreement-rounds.png")); }},
    }));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    connect(refresh, &QToolButton::clicked, this, &AgreementView::refresh);
}

void AgreementView::reload()
{
    m_analysis.reset();
}

void AgreementView::setDecisionLog(std::optional<DecisionLogSummary> summary)
{
    m_decisions = std::move(summary);
    refresh();
}

QString AgreementView::html() const
{
    core::Project *p = m_project();
    if (!p || !m_analysis)
        return QString();
    return agreementHtml(*m_analysis, {p->title(), {}, {}, QStringLiteral("Dyad")});
}

void AgreementView::refresh()
{
    m_analysis.reset();
    core::Project *p = m_project();
    if (p) {
        AgreementReportOptions options;
        options.decisions = m_decisions;
        if (!options.decisions) {
            std::vector<QUuid> ids;
            for (const core::Reviewer &r : defaultAgreementReviewers(*p))
                ids.push_back(r.id);
            options.decisions = decisionLogSummary(*p, ids);
        }
        auto a = computeAgreementAnalysis(*p, options);
        if (a) {
            m_analysis = std::move(a).value();
            QStringList names;
            for (const core::Reviewer &r : m_analysis->reviewers)
                names << r.name;
            m_status->setText(tr("%1 compared on %n record(s)", nullptr, m_analysis->records).arg(names.join(tr(" and "))));
            m_report->setHtml(html());
        } else {
            m_status->setText(a.error());
            m_report->setHtml(QStringLiteral("<p>%1</p>").arg(a.error().toHtmlEscaped()));
        }
    } else {
        m_status->setText(tr("No project is open."));
        m_report->clear();
    }
    buildPerCodeChart();
    buildRoundsChart();
}

void AgreementView::buildPerCodeChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Agreement per theme and code (Cohen's κ)"));
    if (!m_analysis || m_analysis->report.pairs.empty()) {
        replaceChart(m_perCode, chart);
        return;
    }
    const auto &pair = m_analysis->report.pairs.front();
    std::vector<const core::agreement::ScopeResult *> scopes;
    for (const auto &s : pair.themes)
        scopes.push_back(&s);
    for (const auto &s : pair.codes)
        if (s.record.counts.a + s.record.counts.b + s.record.counts.c > 0)
            scopes.push_back(&s);
    // bars run bottom-up: reverse so the first theme is on top
    std::reverse(scopes.begin(), scopes.end());
    auto *records = new QBarSet(tr("Records κ"));
    auto *characters = new QBarSet(tr("Characters κ"));
    QStringList categories;
    for (const auto *s : scopes) {
        *records << orZero(s->record.coefficients.kappa);
        *characters << orZero(s->characters.coefficients.kappa);
        // the engine names scopes by path; the last part keeps the axis readable
        QString name = s->name.section(QStringLiteral(" > "), -1);
        if (name.size() > 40)
            name = name.left(39) + QStringLiteral("…");
        // category labels must be unique: a code named like another gets its path back
        categories << (categories.contains(name) ? s->name : name);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(records);
    series->append(characters);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(-0.2, 1.0);
    axisX->setTickType(QValueAxis::TicksDynamic); // anchored at 0, so no "-0.0" label
    axisX->setTickAnchor(0.0);
    axisX->setTickInterval(0.2);
    axisX->setLabelFormat(QStringLiteral("%.1f"));
    axisX->setTitleText(tr("κ (undefined values shown as 0); Landis & Koch bands at 0.2, 0.4, 0.6, 0.8"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setAlignment(Qt::AlignBottom);
    replaceChart(m_perCode, chart);
    m_perCode->setMinimumHeight(std::min(2000, 80 + 28 * int(scopes.size())));
}

void AgreementView::buildRoundsChart()
{
    auto *chart = new QChart;
    if (!m_analysis || m_analysis->trend.empty()) {
        chart->setTitle(tr("Agreement across rounds: needs two or more rounds with codings"));
        replaceChart(m_rounds, chart);
        return;
    }
    chart->setTitle(tr("Agreement across rounds (all codes pooled)"));
    auto *recordKappa = new QLineSeries;
    recordKappa->setName(tr("Records κ"));
    auto *charKappa = new QLineSeries;
    charKappa->setName(tr("Characters κ"));
    auto *segmentF1 = new QLineSeries;
    segmentF1->setName(tr("Segment F1"));
    QStringList rounds;
    for (int i = 0; i < int(m_analysis->trend.size()); ++i) {
        const RoundAgreement &r = m_analysis->trend[size_t(i)];
        recordKappa->append(i, orZero(r.pooled.record.coefficients.kappa));
        charKappa->append(i, orZero(r.pooled.characters.coefficients.kappa));
        segmentF1->append(i, orZero(r.pooled.segments.score()));
        rounds << r.round;
    }
    for (QLineSeries *s : {recordKappa, charKappa, segmentF1}) {
        s->setPointsVisible(true);
        chart->addSeries(s);
    }
    auto *axisX = new QBarCategoryAxis;
    axisX->append(rounds);
    chart->addAxis(axisX, Qt::AlignBottom);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 1);
    axisY->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    replaceChart(m_rounds, chart);
}

} // namespace dyad::ui::analysis
