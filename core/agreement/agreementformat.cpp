#include "agreementformat.h"

#include "core/io/csv.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace dyad::core::agreement {

namespace {

/** Left-aligned columns, two spaces apart; numbers are right-aligned. */
QString layout(const QStringList &headers, const QList<QStringList> &rows, const QList<bool> &numeric)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths << h.size();
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    auto line = [&](const QStringList &cells) {
        QString s;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            if (numeric.value(i))
                s += cells[i].rightJustified(widths[i]);
            else
                s += last ? cells[i] : cells[i].leftJustified(widths[i]);
            if (!last)
                s += QStringLiteral("  ");
        }
        while (s.endsWith(QLatin1Char(' ')))
            s.chop(1);
        return s;
    };
    QString out = line(headers) + QLatin1Char('\n');
    for (const QStringList &row : rows)
        out += line(row) + QLatin1Char('\n');
    return out;
}

io::CsvCell csvNumber(double v)
{
    return io::CsvCell(v, 10);
}

/** Scopes of a pair in report order: codes, themes, pooled. */
std::vector<const ScopeResult *> scopesOf(const PairReport &p)
{
    std::vector<const ScopeResult *> out;
    for (const ScopeResult &s : p.codes)
        out.push_back(&s);
    for (const ScopeResult &s : p.themes)
        out.push_back(&s);
    out.push_back(&p.pooled);
    return out;
}

QString scopeLabel(const ProjectAgreement &r, const ScopeResult &s)
{
    if (s.kind == ScopeKind::Pooled)
        return QCoreApplication::translate("Agreement", "(all codes pooled)");
    return r.job.codePaths.value(s.key, s.name);
}

QStringList pathsOf(const AgreementJob &job, const QStringList &keys)
{
    QStringList out;
    for (const QString &k : keys)
        out << job.codePaths.value(k, k);
    return out;
}

QJsonObject scopeJson(const ProjectAgreement &r, const ScopeResult &s, const std::vector<Unit> &units)
{
    QJsonObject o{{QStringLiteral("scope"), scopeName(s.kind)}};
    if (s.kind != ScopeKind::Pooled) {
        o.insert(QStringLiteral("key"), s.key);
        o.insert(QStringLiteral("name"), s.name);
        o.insert(QStringLiteral("path"), r.job.codePaths.value(s.key, s.name));
    }
    QJsonObject byUnit;
    for (Unit u : units)
        byUnit.insert(unitName(u), figures(s, u).toJson());
    o.insert(QStringLiteral("units"), byUnit);
    // How the segment score depends on the overlap rule, whichever unit is shown.
    o.insert(QStringLiteral("segmentCurve"), curveJson(s.curve));
    return o;
}

} // namespace

QString selectionDescription(const AgreementJob &job)
{
    const QString round = job.roundName.isEmpty() ? QString() : QCoreApplication::translate("Agreement", " of round \"%1\"").arg(job.roundName);
    switch (job.options.records) {
    case RecordSelection::Assigned: return QCoreApplication::translate("Agreement", "records%1 assigned to every chosen reviewer").arg(round);
    case RecordSelection::Done: return QCoreApplication::translate("Agreement", "records%1 every chosen reviewer marked done").arg(round);
    case RecordSelection::CodedByAny: return QCoreApplication::translate("Agreement", "records%1 any chosen reviewer coded").arg(round);
    case RecordSelection::CodedByAll: return QCoreApplication::translate("Agreement", "records%1 every chosen reviewer coded").arg(round);
    case RecordSelection::All: return round.isEmpty() ? QCoreApplication::translate("Agreement", "all records") : QCoreApplication::translate("Agreement", "all records%1").arg(round);
    case RecordSelection::Auto: break;
    }
    return QStringLiteral("records");
}

QString formatFigure(double value, int decimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("n/a");
    // no "-0.000" for a value that rounds to zero
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0;
    return QString::number(value, 'f', decimals);
}

QString unitDescription(Unit unit)
{
    switch (unit) {
    case Unit::Record: return QCoreApplication::translate("Agreement", "record: code present in the record or not, every compared record");
    case Unit::RecordCoded: return QCoreApplication::translate("Agreement", "record (coded only): as record, leaving out records nobody coded");
    case Unit::Character: return QCoreApplication::translate("Agreement", "character: every code point of the texts, covered or not");
    case Unit::CharacterCoded: return QCoreApplication::translate("Agreement", "character (coded only): code points somebody coded with any code");
    case Unit::Token: return QCoreApplication::translate("Agreement", "token: ICU word tokens, coded when at least half covered");
    case Unit::TokenCoded: return QCoreApplication::translate("Agreement", "token (coded only): tokens somebody coded with any code");
    case Unit::Segment: return QCoreApplication::translate("Agreement", "segment: codings matched one-to-one at the overlap threshold");
    case Unit::Unitizing: return QCoreApplication::translate("Agreement", "unitizing: Krippendorff's alpha_U over the concatenated texts");
    }
    return {};
}

QString agreementTable(const ProjectAgreement &r, const std::vector<Unit> &units)
{
    const AgreementJob &job = r.job;
    QString out;
    QStringList counts;
    for (size_t v = 0; v < job.codingCounts.size(); ++v)
        counts << QStringLiteral("%1 %2").arg(job.input.reviewers.value(qsizetype(v))).arg(job.codingCounts[v]);
    out += QCoreApplication::translate("Agreement", "%1 records (%2); codings compared: %3\n")
               .arg(job.recordIds.size())
               .arg(selectionDescription(job), counts.join(QStringLiteral(", ")));
    bool anyParadox = false;
    for (const PairReport &p : r.report.pairs) {
        const QString a = r.report.reviewers.value(p.reviewerA), b = r.report.reviewers.value(p.reviewerB);
        for (Unit u : units) {
            if (needsTokens(u) && !r.report.hasTokens) {
                out += QCoreApplication::translate("Agreement", "\n%1 vs %2, unit %3: not computed (no word tokens).\n").arg(a, b, unitName(u));
                continue;
            }
            out += QCoreApplication::translate("Agreement", "\n%1 (A) vs %2 (B), unit %3\n").arg(a, b, unitDescription(u));
            QList<QStringList> rows;
            QStringList headers;
            QList<bool> numeric;
            if (isTableUnit(u)) {
                headers = {QStringLiteral("scope"), QStringLiteral("code"), QStringLiteral("a"), QStringLiteral("b"),
                           QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("p_o"), QStringLiteral("kappa"),
                           QStringLiteral("95% CI"), QStringLiteral("AC1"), QStringLiteral("PABAK"),
                           QStringLiteral("alpha"), QStringLiteral("band"), QStringLiteral("flag")};
                numeric = {false, false, true, true, true, true, true, true, false, true, true, true, false, false};
                for (const ScopeResult *s : scopesOf(p)) {
                    const Figures f = figures(*s, u);
                    anyParadox = anyParadox || f.paradox;
                    rows << QStringList{scopeName(s->kind), scopeLabel(r, *s), QString::number(f.counts.a),
                                        QString::number(f.counts.b), QString::number(f.counts.c), QString::number(f.counts.d),
                                        formatFigure(f.observed), formatFigure(f.kappa),
                                        std::isfinite(f.kappa) ? QStringLiteral("[%1, %2]").arg(formatFigure(f.kappaLow), formatFigure(f.kappaHigh))
                                                               : QString(),
                                        formatFigure(f.ac1), formatFigure(f.pabak), formatFigure(f.alpha),
                                        f.band.isEmpty() ? QStringLiteral("-") : f.band,
                                        f.paradox ? QStringLiteral("paradox") : QString()};
                }
            } else if (u == Unit::Segment) {
                headers = {QStringLiteral("scope"), QStringLiteral("code"), QStringLiteral("matched"),
                           QStringLiteral("A only"), QStringLiteral("B only"), QStringLiteral("F1")};
                numeric = {false, false, true, true, true, true};
                for (const ScopeResult *s : scopesOf(p)) {
                    const Figures f = figures(*s, u);
                    rows << QStringList{scopeName(s->kind), scopeLabel(r, *s), QString::number(f.segments.matched),
                                        QString::number(f.segments.aOnly), QString::number(f.segments.bOnly),
                                        formatFigure(f.segmentScore)};
                }
                out += QCoreApplication::translate("Agreement", "threshold: overlap >= %1 of the longer span\n")
                           .arg(r.report.segmentThreshold);
            } else {
                headers = {QStringLiteral("scope"), QStringLiteral("code"), QStringLiteral("alpha_U"),
                           QStringLiteral("D_o"), QStringLiteral("D_e")};
                numeric = {false, false, true, true, true};
                for (const ScopeResult *s : scopesOf(p))
                    rows << QStringList{scopeName(s->kind), scopeLabel(r, *s), formatFigure(s->unitizing.alpha),
                                        formatFigure(s->unitizing.observedDisagreement, 5),
                                        formatFigure(s->unitizing.expectedDisagreement, 5)};
            }
            out += layout(headers, rows, numeric);
        }
    }
    if (!r.report.multiRater.empty()) {
        out += QCoreApplication::translate("Agreement", "\nAll %1 reviewers at once: Krippendorff's alpha, Fleiss' kappa and Gwet's AC1 "
                              "with its SE (record unit), alpha_U per code\n")
                   .arg(r.report.reviewers.size());
        QList<QStringList> rows;
        for (const MultiRaterCode &m : r.report.multiRater)
            rows << QStringList{r.job.codePaths.value(m.key, m.name), formatFigure(m.recordAlpha.alpha),
                                m.recordFleiss ? formatFigure(m.recordFleiss->kappa) : QStringLiteral("n/a"),
                                m.recordChance ? formatFigure(m.recordChance->gwet.value) : QStringLiteral("n/a"),
                                m.recordChance ? formatFigure(m.recordChance->gwet.se) : QStringLiteral("n/a"),
                                formatFigure(m.unitizing.alpha)};
        out += layout({QStringLiteral("code"), QStringLiteral("alpha"), QStringLiteral("Fleiss"), QStringLiteral("AC1"),
                       QStringLiteral("AC1 SE"), QStringLiteral("alpha_U")},
                      rows, {false, true, true, true, true, true});
    }

    out += QCoreApplication::translate("Agreement", "\nNotes:\n");
    out += QCoreApplication::translate("Agreement", "- a = both coded, b = A only, c = B only, d = neither; kappa with the 95% CI of Fleiss, "
                          "Cohen & Everitt (1969); band after Landis & Koch (1977).\n");
    if (anyParadox)
        out += QCoreApplication::translate("Agreement", "- \"paradox\": high observed agreement but low kappa, from skewed prevalence or bias "
                              "(Feinstein & Cicchetti 1990); read AC1 and PABAK next to kappa.\n");
    if (!job.options.mapping.empty())
        out += QCoreApplication::translate("Agreement", "- %1 of B's codes were renamed to A's codes before comparing (code mapping).\n")
                   .arg(job.options.mapping.size());
    if (!job.unmappedA.isEmpty())
        out += QCoreApplication::translate("Agreement", "- Codes only %1 used (unmapped): %2\n")
                   .arg(job.input.reviewers.value(0), pathsOf(job, job.unmappedA).join(QStringLiteral("; ")));
    if (!job.unmappedB.isEmpty())
        out += QCoreApplication::translate("Agreement", "- Codes only %1 used (unmapped): %2\n")
                   .arg(job.input.reviewers.size() == 2 ? job.input.reviewers.value(1) : QCoreApplication::translate("Agreement", "the other reviewers"),
                        pathsOf(job, job.unmappedB).join(QStringLiteral("; ")));
    return out;
}

QString agreementCsv(const ProjectAgreement &r, const std::vector<Unit> &units)
{
    io::CsvWriter csv(QStringLiteral("reviewer_a,reviewer_b,scope,code_id,code,unit,a,b,c,d,n,p_o,kappa,kappa_se,kappa_low,"
                                     "kappa_high,pi,bp,ac1,pabak,alpha,band,paradox,matched,a_only,b_only,f1,alpha_u")
                          .split(QLatin1Char(',')));
    for (const PairReport &p : r.report.pairs)
        for (const ScopeResult *s : scopesOf(p))
            for (Unit u : units) {
                if (needsTokens(u) && !r.report.hasTokens)
                    continue;
                const Figures f = figures(*s, u);
                const bool table = isTableUnit(u);
                std::vector<io::CsvCell> cells{r.report.reviewers.value(p.reviewerA), r.report.reviewers.value(p.reviewerB),
                                               scopeName(s->kind), s->kind == ScopeKind::Pooled ? QString() : s->key,
                                               s->kind == ScopeKind::Pooled ? QString() : scopeLabel(r, *s), unitName(u)};
                if (table)
                    cells.insert(cells.end(),
                                 {io::CsvCell(f.counts.a), io::CsvCell(f.counts.b), io::CsvCell(f.counts.c),
                                  io::CsvCell(f.counts.d), io::CsvCell(f.counts.n()), csvNumber(f.observed),
                                  csvNumber(f.kappa), csvNumber(f.kappaSe), csvNumber(f.kappaLow), csvNumber(f.kappaHigh),
                                  csvNumber(f.scottPi), csvNumber(f.brennanPrediger), csvNumber(f.ac1), csvNumber(f.pabak),
                                  csvNumber(f.alpha), f.band, io::CsvCell(f.paradox ? 1 : 0)});
                else
                    cells.insert(cells.end(), 17, QString());
                if (u == Unit::Segment)
                    cells.insert(cells.end(), {io::CsvCell(f.segments.matched), io::CsvCell(f.segments.aOnly),
                                               io::CsvCell(f.segments.bOnly), csvNumber(f.segmentScore)});
                else
                    cells.insert(cells.end(), 4, QString());
                cells.push_back(u == Unit::Unitizing ? csvNumber(f.alphaU) : io::CsvCell(QString()));
                csv.addCells(cells);
            }
    return csv.text();
}

QJsonObject agreementJson(const ProjectAgreement &r, const std::vector<Unit> &units)
{
    const AgreementJob &job = r.job;
    QJsonArray reviewers;
    for (size_t v = 0; v < job.reviewerIds.size(); ++v)
        reviewers.append(QJsonObject{{QStringLiteral("id"), uuidText(job.reviewerIds[v])},
                                     {QStringLiteral("name"), job.input.reviewers.value(qsizetype(v))},
                                     {QStringLiteral("codings"), job.codingCounts[v]}});
    QJsonArray mapping;
    for (const CodeLink &l : job.options.mapping)
        mapping.append(QJsonObject{{QStringLiteral("a"), uuidText(l.codeA)},
                                   {QStringLiteral("b"), uuidText(l.codeB)},
                                   {QStringLiteral("pathA"), job.codePaths.value(uuidText(l.codeA))}});
    QJsonArray unitNames;
    for (Unit u : units)
        unitNames.append(unitName(u));
    QJsonArray pairs;
    for (const PairReport &p : r.report.pairs) {
        QJsonArray codes, themes;
        for (const ScopeResult &s : p.codes)
            codes.append(scopeJson(r, s, units));
        for (const ScopeResult &s : p.themes)
            themes.append(scopeJson(r, s, units));
        pairs.append(QJsonObject{{QStringLiteral("reviewerA"), r.report.reviewers.value(p.reviewerA)},
                                 {QStringLiteral("reviewerB"), r.report.reviewers.value(p.reviewerB)},
                                 {QStringLiteral("pooled"), scopeJson(r, p.pooled, units)},
                                 {QStringLiteral("codes"), codes},
                                 {QStringLiteral("themes"), themes}});
    }
    return {{QStringLiteral("reviewers"), reviewers},
            {QStringLiteral("round"), job.roundName.isEmpty() ? QJsonValue() : QJsonValue(job.roundName)},
            {QStringLiteral("records"), qint64(job.recordIds.size())},
            {QStringLiteral("selection"), selectionName(job.options.records)},
            {QStringLiteral("segmentThreshold"), r.report.segmentThreshold},
            {QStringLiteral("tokens"), r.report.hasTokens},
            {QStringLiteral("units"), unitNames},
            {QStringLiteral("mapping"), mapping},
            {QStringLiteral("unmappedA"), QJsonArray::fromStringList(pathsOf(job, job.unmappedA))},
            {QStringLiteral("unmappedB"), QJsonArray::fromStringList(pathsOf(job, job.unmappedB))},
            {QStringLiteral("settings"), job.options.toJson()},
            {QStringLiteral("pairs"), pairs}};
}

QString comparisonTable(const SnapshotComparison &c)
{
    QString out = QStringLiteral("%1 → %2, unit %3, figure %4\n")
                      .arg(snapshotTitle(c.before), snapshotTitle(c.after), unitName(c.unit), c.figure);
    QList<QStringList> rows;
    for (const SnapshotDelta &d : c.rows) {
        const QString delta = std::isfinite(d.delta)
            ? (d.delta >= 0 ? QStringLiteral("+") : QString()) + formatFigure(d.delta)
            : (!d.inBefore ? QStringLiteral("new") : !d.inAfter ? QStringLiteral("gone") : QStringLiteral("n/a"));
        rows << QStringList{d.scopeKind, d.name, d.inBefore ? formatFigure(d.valueBefore) : QStringLiteral("-"),
                            d.inAfter ? formatFigure(d.valueAfter) : QStringLiteral("-"), delta};
    }
    out += layout({QStringLiteral("scope"), QStringLiteral("code"), QStringLiteral("before"), QStringLiteral("after"),
                   QStringLiteral("change")},
                  rows, {false, false, true, true, true});
    return out;
}

QString comparisonCsv(const SnapshotComparison &c)
{
    io::CsvWriter csv(QStringLiteral("scope,code_id,code,unit,figure,before,after,change").split(QLatin1Char(',')));
    for (const SnapshotDelta &d : c.rows)
        csv.addCells({d.scopeKind, d.codeKey, d.name, unitName(c.unit), c.figure, csvNumber(d.valueBefore),
                    csvNumber(d.valueAfter), csvNumber(d.delta)});
    return csv.text();
}

QJsonObject comparisonJson(const SnapshotComparison &c)
{
    QJsonArray rows;
    for (const SnapshotDelta &d : c.rows)
        rows.append(QJsonObject{{QStringLiteral("scope"), d.scopeKind},
                                {QStringLiteral("codeId"), d.codeKey},
                                {QStringLiteral("code"), d.name},
                                {QStringLiteral("before"), jsonNumber(d.valueBefore)},
                                {QStringLiteral("after"), jsonNumber(d.valueAfter)},
                                {QStringLiteral("change"), jsonNumber(d.delta)},
                                {QStringLiteral("figuresBefore"), d.inBefore ? QJsonValue(d.before.toJson()) : QJsonValue()},
                                {QStringLiteral("figuresAfter"), d.inAfter ? QJsonValue(d.after.toJson()) : QJsonValue()}});
    return {{QStringLiteral("before"), uuidText(c.before.id)},
            {QStringLiteral("after"), uuidText(c.after.id)},
            {QStringLiteral("unit"), unitName(c.unit)},
            {QStringLiteral("figure"), c.figure},
            {QStringLiteral("rows"), rows}};
}

} // namespace dyad::core::agreement
