#include "core/analysis/agreementreport.h"

#include "core/analysis/htmlwriter.h"
#include "core/model/project.h"
#include "core/reconcile/decisionstore.h"
#include "core/text/breaks.h"

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
    return QStringLiteral("%1 (%2 to %3)").arg(formatNumber(c.kappa), formatNumber(c.kappaCi95.low),
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
    const QUuid consensus = project.consensusReviewer().id;
    for (const Reviewer &r : project.reviewers()) {
        if (r.id == consensus || r.role == ReviewerRole::Consensus)
            continue;
        CodingQuery q;
        q.reviewerId = r.id;
        if (project.store().codingCount(q) > 0)
            out.push_back(r);
    }
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
            td(formatNumber(rc.kappa)), H::escape(rc.landisKoch), td(formatNumber(rc.ac1)),
            td(QStringLiteral("%1 / %2 / %3").arg(ct.a).arg(ct.b).arg(ct.c)),
            td(formatNumber(cc.kappa)), td(formatNumber(s.characterJaccard)),
            td(segmentsText(s.segments)), td(formatNumber(s.segments.score())),
            flagged ? QStringLiteral("<td>†</td>") : QStringLiteral("<td></td>")};
}

const QStringList kScopeHeaders = {
    QStringLiteral("Code"),          QStringLiteral("a"),           QStringLiteral("b"),
    QStringLiteral("c"),             QStringLiteral("d"),           QStringLiteral("% agreement"),
    QStringLiteral("κ"),             QStringLiteral("Landis & Koch"), QStringLiteral("AC1"),
    QStringLiteral("Characters both / A / B"), QStringLiteral("Character κ"), QStringLiteral("Jaccard"),
    QStringLiteral("Segments matched / A / B"), QStringLiteral("Segment F1"), QStringLiteral("")};

} // namespace

Result<ReportInput> agreementInput(const Project &project, const std::vector<Reviewer> &reviewers,
                                   const std::optional<QUuid> &roundId, double segmentThreshold, QString *universe)
{
    if (reviewers.size() < 2)
        return makeError(QStringLiteral("Agreement needs two or more reviewers; %1 given (reviewers with codings are "
                                        "chosen when none are named).")
                             .arg(reviewers.size()));
    ReportInput in;
    in.segmentThreshold = segmentThreshold;
    in.perRecordUnitizing = false; // the report shows no per-record α_U
    const CodeTree tree(project.allCodes());
    for (int i = 0; i < tree.size(); ++i)
        in.codes.push_back({uuidText(tree.node(i).id),
                            tree.parent(i) >= 0 ? uuidText(tree.node(tree.parent(i)).id) : QString(),
                            tree.path(i)}); // the path tells same-named codes apart
    for (const Reviewer &r : reviewers)
        in.reviewers << r.name;

    // which records: assigned to every reviewer, else coded by someone
    std::unordered_map<QUuid, int, UuidHash> assignedTo;
    for (const Reviewer &r : reviewers) {
        std::unordered_set<QUuid, UuidHash> mine;
        for (const Assignment &a : project.assignments(roundId, std::nullopt, r.id))
            mine.insert(a.recordId);
        for (const QUuid &id : mine)
            ++assignedTo[id];
    }
    std::unordered_set<QUuid, UuidHash> chosen;
    for (const auto &[id, n] : assignedTo)
        if (n == int(reviewers.size()))
            chosen.insert(id);
    std::vector<std::vector<Coding>> codings;
    for (const Reviewer &r : reviewers) {
        CodingQuery q;
        q.reviewerId = r.id;
        q.roundId = roundId;
        codings.push_back(project.codings(q));
    }
    const QString roundText = roundId ? QStringLiteral(" in this round") : QString();
    if (!chosen.empty()) {
        if (universe)
            *universe = QStringLiteral("records assigned to every compared reviewer%1 (coded or not)").arg(roundText);
    } else {
        for (const auto &list : codings)
            for (const Coding &c : list)
                chosen.insert(c.recordId);
        if (universe)
            *universe = QStringLiteral("records at least one compared reviewer coded%1 (no common assignments found); "
                                       "records nobody coded are not compared")
                            .arg(roundText);
    }

    std::unordered_map<QUuid, size_t, UuidHash> slot;
    for (const RecordSummary &s : project.recordSummaries()) {
        if (!chosen.contains(s.id))
            continue;
        const QString text = project.store().recordText(s.id);
        ReportRecord rec;
        rec.key = uuidText(s.id);
        rec.textLength = Offset(text.toUcs4().size());
        rec.tokens = text::wordTokens(text);
        rec.codings.resize(reviewers.size());
        slot.emplace(s.id, in.records.size());
        in.records.push_back(std::move(rec));
    }
    for (size_t v = 0; v < codings.size(); ++v)
        for (const Coding &c : codings[v]) {
            auto it = slot.find(c.recordId);
            if (it == slot.end() || tree.indexOf(c.codeId) < 0)
                continue;
            ReportRecord &rec = in.records[it->second];
            if (c.span.isEmpty() || c.span.start < 0 || c.span.end > rec.textLength)
                continue; // cannot happen in a sound project (Project::check() reports it)
            rec.codings[v].push_back({uuidText(c.codeId), c.span});
        }
    return in;
}

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

Result<AgreementAnalysis> computeAgreementAnalysis(const Project &project, const AgreementReportOptions &options)
{
    AgreementAnalysis out;
    if (options.reviewers.empty()) {
        out.reviewers = defaultAgreementReviewers(project);
    } else {
        for (const QUuid &id : options.reviewers) {
            auto r = project.reviewer(id);
            if (!r)
                return makeError(QStringLiteral("Reviewer %1 is not in the project.").arg(uuidText(id)));
            out.reviewers.push_back(*r);
        }
    }
    if (options.roundId) {
        auto round = project.round(*options.roundId);
        if (!round)
            return makeError(QStringLiteral("Round %1 is not in the project.").arg(uuidText(*options.roundId)));
        out.roundName = round->name;
    }
    auto input = agreementInput(project, out.reviewers, options.roundId, options.segmentThreshold, &out.universe);
    if (!input)
        return input.takeError();
    out.records = int(input->records.size());
    auto report = computeAgreementReport(*input);
    if (!report)
        return report.takeError();
    out.report = std::move(report).value();

    if (options.trendAcrossRounds && !options.roundId) {
        const auto rounds = project.rounds();
        if (rounds.size() >= 2)
            for (const Round &round : rounds) {
                auto in = agreementInput(project, out.reviewers, round.id, options.segmentThreshold, nullptr);
                if (!in || in->records.empty())
                    continue;
                auto r = computeAgreementReport(*in);
                if (!r || r->pairs.empty())
                    continue;
                out.trend.push_back({round.name, int(in->records.size()), r->pairs.front().pooled});
            }
    }
    out.decisions = options.decisions;
    return out;
}

QString agreementHtml(const AgreementAnalysis &a, const ReportMeta &meta)
{
    H html(QStringLiteral("Inter-rater agreement"));
    html.heading(1, QStringLiteral("Inter-rater agreement"));
    QStringList names;
    for (const Reviewer &r : a.reviewers)
        names << r.name;
    const QDateTime at = meta.generated.isValid() ? meta.generated : QDateTime::currentDateTimeUtc();
    QList<std::pair<QString, QString>> facts;
    if (!meta.projectTitle.isEmpty())
        facts.append({QStringLiteral("Project"), meta.projectTitle});
    if (!meta.projectPath.isEmpty())
        facts.append({QStringLiteral("File"), meta.projectPath});
    facts.append({QStringLiteral("Reviewers compared"), names.join(QStringLiteral(", "))});
    facts.append({QStringLiteral("Round"), a.roundName.isEmpty() ? QStringLiteral("all codings") : a.roundName});
    facts.append({QStringLiteral("Records compared"), QString::number(a.records)});
    facts.append({QStringLiteral("Generated"),
                  at.toUTC().toString(Qt::ISODate) + (meta.generator.isEmpty() ? QString() : QStringLiteral(" by ") + meta.generator)});
    html.facts(facts);

    html.heading(2, QStringLiteral("Settings"));
    html.raw(QStringLiteral("<ul>\n"));
    auto item = [&](const QString &text) { html.raw(QStringLiteral("<li>%1</li>\n").arg(H::escape(text))); };
    item(QStringLiteral("Records compared: %1.").arg(a.universe));
    item(QStringLiteral("Record unit: whether each reviewer applied the code (or, for a theme, any code below it) "
                        "anywhere in the record; a = both, b = first reviewer only, c = second only, d = neither."));
    item(QStringLiteral("Character unit: each character (Unicode code point) of the compared texts, coded or not; "
                        "figures “coded text only” leave out text nobody coded with any code."));
    item(QStringLiteral("Word-token unit: ICU word segmentation (Chinese split into dictionary words); a token is "
                        "coded when at least half of it is covered."));
    item(QStringLiteral("Segment unit: codings matched one to one when they overlap by at least %1 % of the longer "
                        "span; F1 = 2·matched / (2·matched + unmatched).")
             .arg(a.report.segmentThreshold * 100, 0, 'f', 0));
    item(QStringLiteral("Themes pool every code below them: their spans are the union of their codes' spans."));
    html.raw(QStringLiteral("</ul>\n"));

    if (a.report.pairs.empty())
        html.paragraph(QStringLiteral("There is nothing to compare."));
    std::vector<QString> paradoxNotes;
    for (const PairReport &pr : a.report.pairs) {
        const QString ra = a.report.reviewers.value(pr.reviewerA), rb = a.report.reviewers.value(pr.reviewerB);
        html.heading(2, QStringLiteral("%1 and %2").arg(ra, rb));
        html.heading(3, QStringLiteral("All codes pooled"));
        const ScopeResult &p = pr.pooled;
        QList<QStringList> rows;
        auto unitRow = [&](const QString &unit, const UnitResult &u) {
            const Coefficients &c = u.coefficients;
            rows.append({H::escape(unit), tdInt(u.counts.a), tdInt(u.counts.b), tdInt(u.counts.c), tdInt(u.counts.d),
                         td(formatPercent(double(u.counts.a + u.counts.d), double(u.counts.n()))), td(kappaWithCi(c)),
                         H::escape(c.landisKoch), td(formatNumber(c.ac1)), td(formatNumber(c.pabak)),
                         td(formatNumber(c.alpha)), c.kappaParadox ? QStringLiteral("<td>†</td>") : QStringLiteral("<td></td>")});
            if (c.kappaParadox)
                paradoxNotes.push_back(QStringLiteral("%1 × %2, all codes, %3: %4").arg(ra, rb, unit, paradoxNote(c)));
        };
        unitRow(QStringLiteral("Records"), p.record);
        unitRow(QStringLiteral("Records (coded records only)"), p.recordCoded);
        unitRow(QStringLiteral("Characters"), p.characters);
        unitRow(QStringLiteral("Characters (coded text only)"), p.charactersCoded);
        if (a.report.hasTokens) {
            unitRow(QStringLiteral("Word tokens"), p.tokens);
            unitRow(QStringLiteral("Word tokens (coded text only)"), p.tokensCoded);
        }
        html.table({QStringLiteral("Unit"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                    QStringLiteral("d"), QStringLiteral("% agreement"), QStringLiteral("Cohen's κ (95 % CI)"),
                    QStringLiteral("Landis & Koch"), QStringLiteral("Gwet's AC1"), QStringLiteral("PABAK"),
                    QStringLiteral("Krippendorff's α"), QString()},
                   rows);
        html.paragraph(QStringLiteral("Segments: %1 matched, %2 of %3's and %4 of %5's unmatched; F1 = %6. "
                                      "Krippendorff's α_U (unitizing) = %7.")
                           .arg(QString::number(p.segments.matched), QString::number(p.segments.aOnly), ra,
                                QString::number(p.segments.bOnly), rb, formatNumber(p.segments.score()),
                                formatNumber(p.unitizing.alpha))); // one call: names may hold "%1"

        // interpretation, with its convention named
        const Coefficients &cc = p.characters.coefficients, &rc = p.record.coefficients;
        QString interp = QStringLiteral("Pooled over codes, %1 and %2 agreed on %3 of the characters (κ = %4) and on "
                                        "the presence of a code in %5 of record × code decisions (κ = %6).")
                             .arg(ra, rb, formatPercent(cc.observed, 1), formatNumber(cc.kappa),
                                  formatPercent(rc.observed, 1), formatNumber(rc.kappa));
        if (!cc.landisKoch.isEmpty())
            interp += QStringLiteral(" By the labels of Landis and Koch (1977) — a convention for describing κ, "
                                     "not a statistical test — character agreement is “%1”.")
                          .arg(cc.landisKoch);
        html.paragraph(interp);

        auto scopeTable = [&](const QString &title, const std::vector<ScopeResult> &scopes) {
            html.heading(3, title);
            if (scopes.empty()) {
                html.paragraph(QStringLiteral("None in the codebook."), QStringLiteral("note"));
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
                for (const auto &[unit, u] : {std::pair<QString, const UnitResult *>{QStringLiteral("records"), &s.record},
                                              {QStringLiteral("characters"), &s.characters}})
                    if (u->coefficients.kappaParadox)
                        paradoxNotes.push_back(QStringLiteral("%1 × %2, %3, %4: %5")
                                                   .arg(ra, rb, s.name, unit, paradoxNote(u->coefficients)));
            }
            QStringList headers = kScopeHeaders;
            headers[0] = title == QStringLiteral("Themes") ? QStringLiteral("Theme") : QStringLiteral("Code");
            html.table(headers, srows);
            if (unused > 0)
                html.paragraph(QStringLiteral("%1 not applied by either reviewer, left out.")
                                   .arg(unused == 1 ? QStringLiteral("One node of the codebook was")
                                                    : QStringLiteral("%1 nodes of the codebook were").arg(unused)),
                               QStringLiteral("note"));
        };
        scopeTable(QStringLiteral("Themes"), pr.themes);
        scopeTable(QStringLiteral("Codes"), pr.codes);
        html.paragraph(QStringLiteral("a, b, c, d: records where both, only %1, only %2, neither applied the code. "
                                      "Characters: coded by both / only %1 / only %2. Jaccard: characters both coded "
                                      "÷ characters either coded. † marks a kappa paradox (see below).")
                           .arg(ra, rb),
                       QStringLiteral("note"));
    }

    if (!a.report.multiRater.empty()) {
        html.heading(2, QStringLiteral("All reviewers together"));
        QList<QStringList> rows;
        for (const MultiRaterCode &m : a.report.multiRater)
            rows.append({H::escape(m.name), td(formatNumber(m.recordAlpha.alpha)),
                         td(m.recordFleiss ? formatNumber(m.recordFleiss->kappa) : QStringLiteral("–")),
                         td(formatNumber(m.unitizing.alpha))});
        html.table({QStringLiteral("Code"), QStringLiteral("Krippendorff's α (records)"),
                    QStringLiteral("Fleiss' κ (records)"), QStringLiteral("α_U (unitizing)")},
                   rows);
    }

    html.heading(2, QStringLiteral("Kappa paradox"));
    if (paradoxNotes.empty()) {
        html.paragraph(QStringLiteral("No table shows the kappa paradox (observed agreement ≥ 85 % with κ below 0.60 "
                                      "or more than 0.30 below it; Feinstein & Cicchetti 1990)."));
    } else {
        html.paragraph(QStringLiteral("When a code is rare (or nearly universal), κ can be low although the reviewers "
                                      "almost always agree (Feinstein & Cicchetti 1990). These tables are flagged:"));
        html.raw(QStringLiteral("<ul>\n"));
        for (const QString &n : paradoxNotes)
            html.raw(QStringLiteral("<li>%1</li>\n").arg(H::escape(n)));
        html.raw(QStringLiteral("</ul>\n"));
    }

    html.heading(2, QStringLiteral("Agreement across rounds"));
    if (a.trend.empty()) {
        html.paragraph(a.roundName.isEmpty()
                           ? QStringLiteral("The project has fewer than two rounds with codings by these reviewers, so "
                                            "there is no trend to show.")
                           : QStringLiteral("This report covers one round; run it without a round for the trend."),
                       QStringLiteral("note"));
    } else {
        QList<QStringList> rows;
        for (const RoundAgreement &r : a.trend)
            rows.append({H::escape(r.round), tdInt(r.records), td(formatNumber(r.pooled.record.coefficients.kappa)),
                         td(formatNumber(r.pooled.characters.coefficients.kappa)),
                         td(formatNumber(r.pooled.characters.coefficients.ac1)),
                         td(formatNumber(r.pooled.segments.score()))});
        html.table({QStringLiteral("Round"), QStringLiteral("Records"), QStringLiteral("Record κ"),
                    QStringLiteral("Character κ"), QStringLiteral("Character AC1"), QStringLiteral("Segment F1")},
                   rows);
        html.paragraph(QStringLiteral("Computed now from each round's codings, first pair of reviewers, all codes "
                                      "pooled."),
                       QStringLiteral("note"));
    }

    html.heading(2, QStringLiteral("Reconciliation"));
    if (!a.decisions) {
        html.paragraph(QStringLiteral("No decision log is available for this project: disagreements have not been "
                                      "reconciled in Dyad yet."),
                       QStringLiteral("note"));
    } else {
        const DecisionLogSummary &d = *a.decisions;
        QList<std::pair<QString, QString>> items{{QStringLiteral("Decisions standing"), QString::number(d.decisions)},
                                                 {QStringLiteral("Decisions undone"), QString::number(d.undone)},
                                                 {QStringLiteral("Open escalations"), QString::number(d.openEscalations)}};
        if (d.groupsOpen >= 0)
            items.append({QStringLiteral("Disagreements still open"), QString::number(d.groupsOpen)});
        html.facts(items);
        QList<QStringList> kinds, outcomes;
        for (const auto &[k, n] : d.byKind)
            kinds.append({H::escape(k), tdInt(n)});
        for (const auto &[o, n] : d.byOutcome)
            outcomes.append({H::escape(o), tdInt(n)});
        if (!kinds.isEmpty())
            html.table({QStringLiteral("Kind of difference"), QStringLiteral("Decisions")}, kinds);
        if (!outcomes.isEmpty())
            html.table({QStringLiteral("Outcome"), QStringLiteral("Decisions")}, outcomes);
    }

    html.heading(2, QStringLiteral("References"));
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
