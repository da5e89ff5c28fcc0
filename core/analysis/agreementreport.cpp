#include "core/analysis/agreementreport.h"

#include "core/agreement/agreementformat.h"
#include "core/agreement/projectagreement.h"
#include "core/analysis/htmlwriter.h"
#include "core/model/project.h"
#include "core/reconcile/decisionstore.h"
#include "core/text/breaks.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace dyad::core::analysis {

using namespace dyad::core::agreement;

namespace {

using H = HtmlWriter;

QString td(const QString &text)
{
    return QStringLiteral("<td class=\"n\">%1</td>").arg(H::escape(text));
}

QString tdInt(qint64 v)
{
    return QStringLiteral("<td class=\"n\">%1</td>").arg(v);
}

QString kappaWithCi(const Coefficients &c)
{
    if (!std::isfinite(c.kappa))
        return QStringLiteral("–");
    if (!std::isfinite(c.kappaCi95.low))
        return formatNumber(c.kappa);
    return QCoreApplication::translate("AgreementReport", "%1 (%2 to %3)").arg(formatNumber(c.kappa), formatNumber(c.kappaCi95.low),
                                                formatNumber(c.kappaCi95.high));
}

QString segmentsText(const SegmentCounts &s)
{
    return QStringLiteral("%1 / %2 / %3").arg(s.matched).arg(s.aOnly).arg(s.bOnly);
}

} // namespace

std::vector<Reviewer> defaultAgreementReviewers(const Project &project)
{
    std::vector<Reviewer> out;
    for (const QUuid &id : defaultAgreementReviewerIds(project))
        if (auto r = project.reviewer(id))
            out.push_back(*r);
    return out;
}

namespace {

/** One row of a per-scope table: the record unit's counts and figures, characters, segments. */
QStringList scopeRow(const QString &nameCell, const ScopeResult &s)
{
    const Table2x2 &t = s.record.counts;
    const Coefficients &rc = s.record.coefficients;
    const Coefficients &cc = s.characters.coefficients;
    const Table2x2 &ct = s.characters.counts;
    const bool flagged = rc.kappaParadox || cc.kappaParadox;
    return {nameCell,
            tdInt(t.a), tdInt(t.b), tdInt(t.c), tdInt(t.d),
            td(formatPercent(double(t.a + t.d), double(t.n()))),
            td(formatNumber(rc.kappa)), H::escape(landisKochLabel(rc.landisKoch)), td(formatNumber(rc.ac1)),
            td(QStringLiteral("%1 / %2 / %3").arg(ct.a).arg(ct.b).arg(ct.c)),
            td(formatNumber(cc.kappa)), td(formatNumber(s.characterJaccard)),
            td(segmentsText(s.segments)), td(formatNumber(s.segments.score())),
            flagged ? QStringLiteral("<td>†</td>") : QStringLiteral("<td></td>")};
}

/**
 * The segment score over overlap thresholds as an SVG line chart: one thin grey line per
 * code, the pooled line on top in colour. Returned as an <img> with a data URI, so the
 * report stays one self-contained file (QTextDocument draws it through Qt's SVG plugin).
 */
QString curveImage(const SegmentCurve &pooled, const std::vector<const ScopeResult *> &codes)
{
    constexpr double W = 520, H = 270, left = 48, right = 16, top = 14, bottom = 44;
    auto x = [&](double t) { return left + (t - 0.1) / 0.9 * (W - left - right); };
    auto y = [&](double v) { return top + (1 - v) * (H - top - bottom); };
    auto path = [&](const SegmentCurve &c) {
        QString d;
        for (int i = 0; i < kCurvePoints; ++i) {
            const double v = c[size_t(i)].score();
            if (!std::isfinite(v))
                continue;
            d += QStringLiteral("%1%2,%3 ").arg(d.isEmpty() ? QStringLiteral("M") : QStringLiteral("L"))
                     .arg(x(curveThreshold(i)), 0, 'f', 1)
                     .arg(y(v), 0, 'f', 1);
        }
        return d.trimmed();
    };
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\" font-family=\"sans-serif\" font-size=\"11\">"
                                 "<rect width=\"%1\" height=\"%2\" fill=\"white\"/>")
                      .arg(W)
                      .arg(H);
    for (int i = 0; i <= 10; i += 2) { // horizontal grid and F1 labels
        const double v = i / 10.0;
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#dddddd\"/>"
                              "<text x=\"%4\" y=\"%5\" text-anchor=\"end\">%6</text>")
                   .arg(left)
                   .arg(y(v), 0, 'f', 1)
                   .arg(W - right)
                   .arg(left - 6)
                   .arg(y(v) + 4, 0, 'f', 1)
                   .arg(v, 0, 'f', 1);
    }
    for (int i = 0; i < kCurvePoints; ++i)
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>")
                   .arg(x(curveThreshold(i)), 0, 'f', 1)
                   .arg(H - bottom + 16)
                   .arg(curveThreshold(i), 0, 'f', 1);
    svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>")
               .arg((left + W - right) / 2)
               .arg(H - 8)
               .arg(H::escape(QCoreApplication::translate("AgreementReport", "Overlap needed (share of the longer span)")));
    svg += QStringLiteral("<text x=\"12\" y=\"%1\" transform=\"rotate(-90 12 %1)\" text-anchor=\"middle\">F1</text>")
               .arg((top + H - bottom) / 2);
    for (const ScopeResult *s : codes)
        if (const QString d = path(s->curve); !d.isEmpty())
            svg += QStringLiteral("<path d=\"%1\" fill=\"none\" stroke=\"#b8b8b8\" stroke-width=\"1\"/>").arg(d);
    if (const QString d = path(pooled); !d.isEmpty())
        svg += QStringLiteral("<path d=\"%1\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2.5\"/>").arg(d);
    svg += QStringLiteral("</svg>");
    return QStringLiteral("<p><img width=\"%1\" height=\"%2\" alt=\"%3\" src=\"data:image/svg+xml;base64,%4\"></p>\n")
        .arg(W)
        .arg(H)
        .arg(H::escape(QCoreApplication::translate("AgreementReport", "Segment F1 by overlap threshold")),
             QString::fromLatin1(svg.toUtf8().toBase64()));
}

QStringList scopeHeaders()
{
    return {
    QCoreApplication::translate("AgreementReport", "Code"),          QStringLiteral("a"),           QStringLiteral("b"),
    QStringLiteral("c"),             QStringLiteral("d"),           QCoreApplication::translate("AgreementReport", "% agreement"),
    QStringLiteral("κ"),             QCoreApplication::translate("AgreementReport", "Landis & Koch"), QCoreApplication::translate("AgreementReport", "AC1"),
    QCoreApplication::translate("AgreementReport", "Characters both / A / B"), QCoreApplication::translate("AgreementReport", "Character κ"), QCoreApplication::translate("AgreementReport", "Jaccard"),
    QCoreApplication::translate("AgreementReport", "Segments matched / A / B"), QCoreApplication::translate("AgreementReport", "Segment F1"), QStringLiteral("")};
}

} // namespace

std::optional<DecisionLogSummary> decisionLogSummary(Project &project, const std::vector<QUuid> &reviewers,
                                                     const std::optional<QUuid> &roundId)
{
    if (reviewers.size() < 2)
        return std::nullopt;
    auto store = reconcile::openDecisionStore(project);
    if (!store)
        return std::nullopt;
    reconcile::DecisionQuery query;
    query.pair = std::make_pair(reviewers[0], reviewers[1]);
    query.roundId = roundId;
    query.includeUndone = true;
    const std::vector<reconcile::Decision> decisions = (*store)->decisions(query);
    if (decisions.empty())
        return std::nullopt;
    DecisionLogSummary summary;
    std::map<reconcile::GroupKind, int> kinds;
    std::map<reconcile::Outcome, int> outcomes;
    for (const reconcile::Decision &d : decisions) {
        if (d.isUndone()) {
            ++summary.undone;
            continue;
        }
        ++summary.decisions;
        ++kinds[d.kind];
        ++outcomes[d.outcome];
    }
    for (const auto &[k, n] : kinds)
        summary.byKind.append({reconcile::kindLabel(k), n});
    for (const auto &[o, n] : outcomes)
        summary.byOutcome.append({reconcile::outcomeLabel(o), n});
    for (const reconcile::Escalation &e : (*store)->escalations(reviewers[0], reviewers[1]))
        if (e.isOpen() && (!roundId || e.roundId == *roundId))
            ++summary.openEscalations;
    return summary;
}

namespace {

/** Code and theme names as paths ("Theme > Code"), so same-named codes stay apart in the report. */
void usePaths(AgreementReport &report, const QHash<QString, QString> &paths)
{
    for (PairReport &p : report.pairs)
        for (auto *list : {&p.codes, &p.themes})
            for (ScopeResult &s : *list)
                s.name = paths.value(s.key, s.name);
    for (MultiRaterCode &m : report.multiRater)
        m.name = paths.value(m.key, m.name);
}

} // namespace

Result<AgreementAnalysis> computeAgreementAnalysis(const Project &project, const AgreementReportOptions &options)
{
    // The report is the agreement engine's result (core/agreement/projectagreement.h) with the
    // engine's defaults, so `dyad-cli agreement`, this report and the dashboard agree.
    ProjectAgreementOptions engine;
    engine.reviewers = options.reviewers;
    engine.round = options.roundId;
    engine.segmentThreshold = options.segmentThreshold;
    engine.tokens = true;
    engine.perRecordUnitizing = false; // the report shows no per-record α_U
    TokenCache tokens;                 // shared with the rounds of the trend
    auto result = computeProjectAgreement(project, engine, &tokens);
    if (!result)
        return result.takeError();
    AgreementAnalysis out;
    const AgreementJob &job = result->job;
    for (const QUuid &id : job.reviewerIds)
        if (auto r = project.reviewer(id))
            out.reviewers.push_back(*r);
    out.roundName = job.roundName;
    out.records = int(job.recordIds.size());
    out.universe = selectionDescription(job);
    out.settings = job.options;
    out.report = std::move(result->report);
    usePaths(out.report, job.codePaths);

    if (options.trendAcrossRounds && !options.roundId) {
        const auto rounds = project.rounds();
        if (rounds.size() >= 2)
            for (const Round &round : rounds) {
                ProjectAgreementOptions perRound = engine;
                perRound.reviewers = job.reviewerIds;
                perRound.round = round.id;
                perRound.tokens = false; // the trend shows no token figures
                auto r = computeProjectAgreement(project, perRound, &tokens);
                if (!r || r->job.recordIds.empty() || r->report.pairs.empty())
                    continue;
                out.trend.push_back({round.name, int(r->job.recordIds.size()), r->report.pairs.front().pooled});
            }
    }
    out.decisions = options.decisions;
    return out;
}

QString agreementHtml(const AgreementAnalysis &a, const ReportMeta &meta)
{
    H html(QCoreApplication::translate("AgreementReport", "Inter-rater agreement"));
    html.heading(1, QCoreApplication::translate("AgreementReport", "Inter-rater agreement"));
    QStringList names;
    for (const Reviewer &r : a.reviewers)
        names << r.name;
    const QDateTime at = meta.generated.isValid() ? meta.generated : QDateTime::currentDateTimeUtc();
    QList<std::pair<QString, QString>> facts;
    if (!meta.projectTitle.isEmpty())
        facts.append({QCoreApplication::translate("AgreementReport", "Project"), meta.projectTitle});
    if (!meta.projectPath.isEmpty())
        facts.append({QCoreApplication::translate("AgreementReport", "File"), meta.projectPath});
    facts.append({QCoreApplication::translate("AgreementReport", "Reviewers compared"), names.join(QStringLiteral(", "))});
    facts.append({QCoreApplication::translate("AgreementReport", "Round"), a.roundName.isEmpty() ? QCoreApplication::translate("AgreementReport", "all codings") : a.roundName});
    facts.append({QCoreApplication::translate("AgreementReport", "Records compared"), QString::number(a.records)});
    facts.append({QCoreApplication::translate("AgreementReport", "Generated"),
                  at.toUTC().toString(Qt::ISODate) + (meta.generator.isEmpty() ? QString() : QCoreApplication::translate("AgreementReport", " by ") + meta.generator)});
    html.facts(facts);

    html.heading(2, QCoreApplication::translate("AgreementReport", "Settings"));
    html.raw(QStringLiteral("<ul>\n"));
    auto item = [&](const QString &text) { html.raw(QStringLiteral("<li>%1</li>\n").arg(H::escape(text))); };
    item(QCoreApplication::translate("AgreementReport", "Records compared: %1.").arg(a.universe));
    item(QCoreApplication::translate("AgreementReport", "Record unit: whether each reviewer applied the code (or, for a theme, any code below it) "
                        "anywhere in the record; a = both, b = first reviewer only, c = second only, d = neither."));
    item(QCoreApplication::translate("AgreementReport", "Character unit: each character (Unicode code point) of the compared texts, coded or not; "
                        "figures “coded text only” leave out text nobody coded with any code."));
    item(QCoreApplication::translate("AgreementReport", "Word-token unit: ICU word segmentation (Chinese split into dictionary words); a token is "
                        "coded when at least half of it is covered."));
    item(QCoreApplication::translate("AgreementReport", "Segment unit: codings matched one to one when they overlap by at least %1 % of the longer "
                        "span; F1 = 2·matched / (2·matched + unmatched).")
             .arg(a.report.segmentThreshold * 100, 0, 'f', 0));
    item(QCoreApplication::translate("AgreementReport", "Themes pool every code below them: their spans are the union of their codes' spans."));
    html.raw(QStringLiteral("</ul>\n"));

    if (a.report.pairs.empty())
        html.paragraph(QCoreApplication::translate("AgreementReport", "There is nothing to compare."));
    std::vector<QString> paradoxNotes;
    for (const PairReport &pr : a.report.pairs) {
        const QString ra = a.report.reviewers.value(pr.reviewerA), rb = a.report.reviewers.value(pr.reviewerB);
        html.heading(2, QCoreApplication::translate("AgreementReport", "%1 and %2").arg(ra, rb));
        html.heading(3, QCoreApplication::translate("AgreementReport", "All codes pooled"));
        const ScopeResult &p = pr.pooled;
        QList<QStringList> rows;
        auto unitRow = [&](const QString &unit, const UnitResult &u) {
            const Coefficients &c = u.coefficients;
            rows.append({H::escape(unit), tdInt(u.counts.a), tdInt(u.counts.b), tdInt(u.counts.c), tdInt(u.counts.d),
                         td(formatPercent(double(u.counts.a + u.counts.d), double(u.counts.n()))), td(kappaWithCi(c)),
                         H::escape(landisKochLabel(c.landisKoch)), td(formatNumber(c.ac1)), td(formatNumber(c.pabak)),
                         td(formatNumber(c.alpha)), c.kappaParadox ? QStringLiteral("<td>†</td>") : QStringLiteral("<td></td>")});
            if (c.kappaParadox)
                paradoxNotes.push_back(QCoreApplication::translate("AgreementReport", "%1 × %2, all codes, %3: %4").arg(ra, rb, unit, paradoxNote(c)));
        };
        unitRow(QCoreApplication::translate("AgreementReport", "Records"), p.record);
        unitRow(QCoreApplication::translate("AgreementReport", "Records (coded records only)"), p.recordCoded);
        unitRow(QCoreApplication::translate("AgreementReport", "Characters"), p.characters);
        unitRow(QCoreApplication::translate("AgreementReport", "Characters (coded text only)"), p.charactersCoded);
        if (a.report.hasTokens) {
            unitRow(QCoreApplication::translate("AgreementReport", "Word tokens"), p.tokens);
            unitRow(QCoreApplication::translate("AgreementReport", "Word tokens (coded text only)"), p.tokensCoded);
        }
        html.table({QCoreApplication::translate("AgreementReport", "Unit"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                    QStringLiteral("d"), QCoreApplication::translate("AgreementReport", "% agreement"), QCoreApplication::translate("AgreementReport", "Cohen's κ (95 % CI)"),
                    QCoreApplication::translate("AgreementReport", "Landis & Koch"), QCoreApplication::translate("AgreementReport", "Gwet's AC1"), QCoreApplication::translate("AgreementReport", "PABAK"),
                    QCoreApplication::translate("AgreementReport", "Krippendorff's α"), QString()},
                   rows);
        html.paragraph(QCoreApplication::translate("AgreementReport", "Segments: %1 matched, %2 of %3's and %4 of %5's unmatched; F1 = %6. "
                                      "Krippendorff's α_U (unitizing) = %7.")
                           .arg(QString::number(p.segments.matched), QString::number(p.segments.aOnly), ra,
                                QString::number(p.segments.bOnly), rb, formatNumber(p.segments.score()),
                                formatNumber(p.unitizing.alpha))); // one call: names may hold "%1"

        // interpretation, with its convention named
        const Coefficients &cc = p.characters.coefficients, &rc = p.record.coefficients;
        QString interp = QCoreApplication::translate("AgreementReport", "Pooled over codes, %1 and %2 agreed on %3 of the characters (κ = %4) and on "
                                        "the presence of a code in %5 of record × code decisions (κ = %6).")
                             .arg(ra, rb, formatPercent(cc.observed, 1), formatNumber(cc.kappa),
                                  formatPercent(rc.observed, 1), formatNumber(rc.kappa));
        if (!cc.landisKoch.isEmpty())
            interp += QCoreApplication::translate("AgreementReport", " By the labels of Landis and Koch (1977) — a convention for describing κ, "
                                     "not a statistical test — character agreement is “%1”.")
                          .arg(landisKochLabel(cc.landisKoch));
        html.paragraph(interp);

        auto scopeTable = [&](const QString &title, const std::vector<ScopeResult> &scopes) {
            html.heading(3, title);
            if (scopes.empty()) {
                html.paragraph(QCoreApplication::translate("AgreementReport", "None in the codebook."), QStringLiteral("note"));
                return;
            }
            QList<QStringList> srows;
            int unused = 0;
            for (const ScopeResult &s : scopes) {
                if (s.record.counts.a + s.record.counts.b + s.record.counts.c == 0) {
                    ++unused; // neither reviewer applied it (e.g. a theme without codings of its own)
                    continue;
                }
                srows.append(scopeRow(H::escape(s.name), s));
                for (const auto &[unit, u] : {std::pair<QString, const UnitResult *>{QCoreApplication::translate("AgreementReport", "records"), &s.record},
                                              {QCoreApplication::translate("AgreementReport", "characters"), &s.characters}})
                    if (u->coefficients.kappaParadox)
                        paradoxNotes.push_back(QCoreApplication::translate("AgreementReport", "%1 × %2, %3, %4: %5")
                                                   .arg(ra, rb, s.name, unit, paradoxNote(u->coefficients)));
            }
            QStringList headers = scopeHeaders();
            headers[0] = title == QCoreApplication::translate("AgreementReport", "Themes") ? QCoreApplication::translate("AgreementReport", "Theme") : QCoreApplication::translate("AgreementReport", "Code");
            html.table(headers, srows);
            if (unused > 0)
                html.paragraph(QCoreApplication::translate("AgreementReport", "%1 applied only by another reviewer, not by %2 or %3: not listed here, "
                                              "counted as “neither” in this pair's pooled tables.")
                                   .arg(unused == 1 ? QCoreApplication::translate("AgreementReport", "One code was")
                                                    : QCoreApplication::translate("AgreementReport", "%1 codes were").arg(unused),
                                        ra, rb),
                               QStringLiteral("note"));
        };
        scopeTable(QCoreApplication::translate("AgreementReport", "Themes"), pr.themes);
        scopeTable(QCoreApplication::translate("AgreementReport", "Codes"), pr.codes);

        html.paragraph(QCoreApplication::translate("AgreementReport", "a, b, c, d: records where both, only %1, only %2, neither applied the code. "
                                      "Characters: coded by both / only %1 / only %2. Jaccard: characters both coded "
                                      "÷ characters either coded. † marks a kappa paradox (see below).")
                           .arg(ra, rb),
                       QStringLiteral("note"));

        // The segment score at every overlap threshold: how much the figure owes to the rule.
        html.heading(3, QCoreApplication::translate("AgreementReport", "Segment agreement by overlap threshold"));
        std::vector<const ScopeResult *> used;
        for (const ScopeResult &s : pr.codes)
            if (s.segments.matched + s.segments.aOnly + s.segments.bOnly > 0)
                used.push_back(&s);
        html.paragraph(QCoreApplication::translate("AgreementReport",
                                                   "F1 of the segment matching when two codings must overlap by at least "
                                                   "the given share of the longer span (this report uses %1). Blue: all "
                                                   "codes pooled; grey: each code.")
                           .arg(a.report.segmentThreshold, 0, 'f', 2));
        html.raw(curveImage(p.curve, used));
        QStringList curveHeaders{QCoreApplication::translate("AgreementReport", "Scope")};
        for (int i = 0; i < kCurvePoints; ++i)
            curveHeaders << QString::number(curveThreshold(i), 'f', 1);
        QList<QStringList> curveRows;
        auto curveRow = [&](const QString &name, const SegmentCurve &c) {
            QStringList row{name};
            for (int i = 0; i < kCurvePoints; ++i)
                row << td(formatNumber(c[size_t(i)].score()));
            curveRows.append(row);
        };
        curveRow(H::escape(QCoreApplication::translate("AgreementReport", "All codes pooled")), p.curve);
        for (const ScopeResult *s : used)
            curveRow(H::escape(s->name), s->curve);
        html.table(curveHeaders, curveRows);
    }

    if (!a.report.multiRater.empty()) {
        html.heading(2, QCoreApplication::translate("AgreementReport", "All reviewers together"));
        QList<QStringList> rows;
        for (const MultiRaterCode &m : a.report.multiRater)
            rows.append({H::escape(m.name), td(formatNumber(m.recordAlpha.alpha)),
                         td(m.recordFleiss ? formatNumber(m.recordFleiss->kappa) : QStringLiteral("–")),
                         td(m.recordChance ? QCoreApplication::translate("AgreementReport", "%1 (SE %2)").arg(formatNumber(m.recordChance->gwet.value),
                                                                             formatNumber(m.recordChance->gwet.se))
                                           : QStringLiteral("–")),
                         td(formatNumber(m.unitizing.alpha))});
        html.table({QCoreApplication::translate("AgreementReport", "Code"), QCoreApplication::translate("AgreementReport", "Krippendorff's α (records)"),
                    QCoreApplication::translate("AgreementReport", "Fleiss' κ (records)"), QCoreApplication::translate("AgreementReport", "Gwet's AC1 (records)"),
                    QCoreApplication::translate("AgreementReport", "α_U (unitizing)")},
                   rows);
    }

    html.heading(2, QCoreApplication::translate("AgreementReport", "Kappa paradox"));
    if (paradoxNotes.empty()) {
        html.paragraph(QCoreApplication::translate("AgreementReport", "No table shows the kappa paradox (observed agreement ≥ 85 % with κ below 0.60 "
                                      "or more than 0.30 below it; Feinstein & Cicchetti 1990)."));
    } else {
        html.paragraph(QCoreApplication::translate("AgreementReport", "When a code is rare (or nearly universal), κ can be low although the reviewers "
                                      "almost always agree (Feinstein & Cicchetti 1990). These tables are flagged:"));
        html.raw(QStringLiteral("<ul>\n"));
        for (const QString &n : paradoxNotes)
            html.raw(QStringLiteral("<li>%1</li>\n").arg(H::escape(n)));
        html.raw(QStringLiteral("</ul>\n"));
    }

    html.heading(2, QCoreApplication::translate("AgreementReport", "Agreement across rounds"));
    if (a.trend.empty()) {
        html.paragraph(a.roundName.isEmpty()
                           ? QCoreApplication::translate("AgreementReport", "The project has fewer than two rounds with codings by these reviewers, so "
                                            "there is no trend to show.")
                           : QCoreApplication::translate("AgreementReport", "This report covers one round; run it without a round for the trend."),
                       QStringLiteral("note"));
    } else {
        QList<QStringList> rows;
        for (const RoundAgreement &r : a.trend)
            rows.append({H::escape(r.round), tdInt(r.records), td(formatNumber(r.pooled.record.coefficients.kappa)),
                         td(formatNumber(r.pooled.characters.coefficients.kappa)),
                         td(formatNumber(r.pooled.characters.coefficients.ac1)),
                         td(formatNumber(r.pooled.segments.score()))});
        html.table({QCoreApplication::translate("AgreementReport", "Round"), QCoreApplication::translate("AgreementReport", "Records"), QCoreApplication::translate("AgreementReport", "Record κ"),
                    QCoreApplication::translate("AgreementReport", "Character κ"), QCoreApplication::translate("AgreementReport", "Character AC1"), QCoreApplication::translate("AgreementReport", "Segment F1")},
                   rows);
        html.paragraph(QCoreApplication::translate("AgreementReport", "Computed now from each round's codings, first pair of reviewers, all codes "
                                      "pooled."),
                       QStringLiteral("note"));
    }

    html.heading(2, QCoreApplication::translate("AgreementReport", "Reconciliation"));
    if (!a.decisions) {
        html.paragraph(QCoreApplication::translate("AgreementReport", "No decision log is available for this project: disagreements have not been "
                                      "reconciled in Dyad yet."),
                       QStringLiteral("note"));
    } else {
        const DecisionLogSummary &d = *a.decisions;
        QList<std::pair<QString, QString>> items{{QCoreApplication::translate("AgreementReport", "Decisions standing"), QString::number(d.decisions)},
                                                 {QCoreApplication::translate("AgreementReport", "Decisions undone"), QString::number(d.undone)},
                                                 {QCoreApplication::translate("AgreementReport", "Open escalations"), QString::number(d.openEscalations)}};
        if (d.groupsOpen >= 0)
            items.append({QCoreApplication::translate("AgreementReport", "Disagreements still open"), QString::number(d.groupsOpen)});
        html.facts(items);
        QList<QStringList> kinds, outcomes;
        for (const auto &[k, n] : d.byKind)
            kinds.append({H::escape(k), tdInt(n)});
        for (const auto &[o, n] : d.byOutcome)
            outcomes.append({H::escape(o), tdInt(n)});
        if (!kinds.isEmpty())
            html.table({QCoreApplication::translate("AgreementReport", "Kind of difference"), QCoreApplication::translate("AgreementReport", "Decisions")}, kinds);
        if (!outcomes.isEmpty())
            html.table({QCoreApplication::translate("AgreementReport", "Outcome"), QCoreApplication::translate("AgreementReport", "Decisions")}, outcomes);
    }

    html.heading(2, QCoreApplication::translate("AgreementReport", "References"));
    html.raw(QStringLiteral(
        "<p class=\"note\">Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and "
        "Psychological Measurement, 20(1), 37–46.<br>Feinstein, A. R., &amp; Cicchetti, D. V. (1990). High agreement but "
        "low kappa: I. The problems of two paradoxes. Journal of Clinical Epidemiology, 43(6), 543–549.<br>Gwet, K. L. "
        "(2008). Computing inter-rater reliability and its variance in the presence of high agreement. British "
        "Journal of Mathematical and Statistical Psychology, 61(1), 29–48.<br>Krippendorff, K. (2004). Content "
        "Analysis: An Introduction to Its Methodology (2nd ed.). Sage.<br>Landis, J. R., &amp; Koch, G. G. (1977). The "
        "measurement of observer agreement for categorical data. Biometrics, 33(1), 159–174.</p>\n"));
    return html.finish();
}

QString agreementCsv(const AgreementAnalysis &analysis)
{
    return analysis.report.toCsv();
}

QJsonObject AgreementAnalysis::toJson() const
{
    QJsonObject o = report.toJson();
    o.insert(QStringLiteral("records"), records);
    o.insert(QStringLiteral("universe"), universe);
    if (!roundName.isEmpty())
        o.insert(QStringLiteral("round"), roundName);
    QJsonArray t;
    for (const RoundAgreement &r : trend)
        t.append(QJsonObject{{QStringLiteral("round"), r.round},
                             {QStringLiteral("records"), r.records},
                             {QStringLiteral("recordKappa"), jsonNumber(r.pooled.record.coefficients.kappa)},
                             {QStringLiteral("characterKappa"), jsonNumber(r.pooled.characters.coefficients.kappa)},
                             {QStringLiteral("segmentF1"), jsonNumber(r.pooled.segments.score())}});
    o.insert(QStringLiteral("trend"), t);
    if (decisions) {
        QJsonObject d{{QStringLiteral("decisions"), decisions->decisions},
                      {QStringLiteral("undone"), decisions->undone},
                      {QStringLiteral("openEscalations"), decisions->openEscalations}};
        QJsonObject kinds, outcomes;
        for (const auto &[k, n] : decisions->byKind)
            kinds.insert(k, n);
        for (const auto &[k, n] : decisions->byOutcome)
            outcomes.insert(k, n);
        d.insert(QStringLiteral("byKind"), kinds);
        d.insert(QStringLiteral("byOutcome"), outcomes);
        o.insert(QStringLiteral("decisionLog"), d);
    }
    return o;
}

} // namespace dyad::core::analysis
