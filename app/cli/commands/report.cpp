// dyad-cli report: agreement, frequency, co-occurrence and word reports for a write-up.
#include "cliutil.h"

#include "core/analysis/agreementreport.h"
#include "core/analysis/htmlwriter.h"
#include "core/analysis/report.h"
#include "core/io/atomicfile.h"
#include "core/io/csv.h"

#ifdef DYAD_CLI_PDF
#include "print/htmlpdf.h"
#endif

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace dyad::core;
using namespace dyad::core::analysis;
using dyad::core::io::writeAll;
using dyad::core::io::writeCsvFile;
using dyad::core::io::writeFileAtomically;

namespace dyad::cli {
namespace {

const Command &self()
{
    return *std::find_if(commands().begin(), commands().end(),
                         [](const Command &c) { return c.name == QLatin1String("report"); });
}

/** A PDF is the HTML report laid out on A4 pages. */
bool isHtml(const QString &format)
{
    return format == QLatin1String("html") || format == QLatin1String("pdf");
}

/** Writes to --out (atomically, CSV with a BOM so spreadsheet programs read Chinese) or stdout. */
int writeReport(const QString &text, const QString &outPath, const QString &format)
{
    if (format == QLatin1String("pdf")) {
        if (outPath.isEmpty() || outPath == QLatin1String("-"))
            return fail(QStringLiteral("a PDF report needs --out FILE.pdf."));
#ifdef DYAD_CLI_PDF
        QString error;
        if (!dyad::print::writeHtmlPdf(outPath, text, {QFileInfo(outPath).completeBaseName(), false}, &error))
            return fail(error);
        err(QStringLiteral("Wrote %1").arg(QFileInfo(outPath).absoluteFilePath()));
        return 0;
#else
        return fail(QStringLiteral("this dyad-cli was built without Qt Gui and cannot write PDF; write html and print it."));
#endif
    }
    if (outPath.isEmpty() || outPath == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write to standard output."));
        if (auto st = writeAll(stdoutFile, text.toUtf8(), QStringLiteral("standard output")); !st)
            return fail(st.error());
        if (!stdoutFile.flush())
            return fail(QStringLiteral("cannot write to standard output: %1.").arg(stdoutFile.errorString()));
        return 0;
    }
    const Status st = format == QLatin1String("csv") ? writeCsvFile(outPath, text) : writeFileAtomically(outPath, text.toUtf8());
    if (!st)
        return fail(st.error());
    err(QStringLiteral("Wrote %1").arg(QFileInfo(outPath).absoluteFilePath()));
    return 0;
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

/** Captures printTable()'s output: it prints to stdout directly, so tables bypass --out. */
int tableOut(const QStringList &headers, const QList<QStringList> &rows, const QString &outPath)
{
    if (!outPath.isEmpty())
        return fail(QStringLiteral("--format table prints to the terminal; use html, csv or json with --out."));
    printTable(headers, rows);
    return 0;
}

ReportMeta metaFor(const Project &project)
{
    ReportMeta meta;
    meta.projectTitle = project.title();
    meta.projectPath = QFileInfo(project.path()).fileName();
    meta.generator = QStringLiteral("Dyad ") + QStringLiteral(DYAD_VERSION);
    return meta;
}

int runAgreement(Project &project, QStringList &args, const QString &format, const QString &outPath)
{
    AgreementReportOptions options;
    const QString reviewers = takeOption(args, QStringLiteral("reviewers"));
    const QString round = takeOption(args, QStringLiteral("round"));
    const QString threshold = takeOption(args, QStringLiteral("threshold"));
    if (!args.isEmpty())
        return usageError(self(), QStringLiteral("unexpected argument '%1'").arg(args.first()));
    for (const QString &name : reviewers.split(u',', Qt::SkipEmptyParts)) {
        auto r = findReviewer(project, name.trimmed());
        if (!r)
            return 1;
        options.reviewers.push_back(r->id);
    }
    if (!round.isEmpty()) {
        bool found = false;
        for (const Round &r : project.rounds())
            if (r.name.compare(round, Qt::CaseInsensitive) == 0 || uuidText(r.id) == round) {
                options.roundId = r.id;
                found = true;
            }
        if (!found)
            return fail(QStringLiteral("no round \"%1\" in the project.").arg(round));
    }
    if (!threshold.isEmpty()) {
        bool ok = false;
        options.segmentThreshold = threshold.toDouble(&ok);
        if (!ok || options.segmentThreshold <= 0 || options.segmentThreshold > 1)
            return usageError(self(), QStringLiteral("--threshold takes a share in (0, 1], e.g. 0.9; got \"%1\"").arg(threshold));
    }
    {
        std::vector<QUuid> ids = options.reviewers;
        if (ids.empty())
            for (const Reviewer &r : defaultAgreementReviewers(project))
                ids.push_back(r.id);
        options.decisions = decisionLogSummary(project, ids, options.roundId);
    }
    auto analysis = computeAgreementAnalysis(project, options);
    if (!analysis)
        return fail(analysis.error());
    if (isHtml(format))
        return writeReport(agreementHtml(*analysis, metaFor(project)), outPath, format);
    if (format == QLatin1String("csv"))
        return writeReport(agreementCsv(*analysis), outPath, format);
    if (format == QLatin1String("json"))
        return writeReport(jsonText(analysis->toJson()), outPath, format);
    QList<QStringList> rows;
    for (const auto &pair : analysis->report.pairs) {
        const QString who = analysis->report.reviewers.value(pair.reviewerA) + QStringLiteral(" × ")
            + analysis->report.reviewers.value(pair.reviewerB);
        auto add = [&](const agreement::ScopeResult &s, const QString &name) {
            const auto &rc = s.record.coefficients, &cc = s.characters.coefficients;
            rows << QStringList{who, elide(name, 40),
                                QStringLiteral("%1/%2/%3/%4").arg(s.record.counts.a).arg(s.record.counts.b)
                                    .arg(s.record.counts.c).arg(s.record.counts.d),
                                formatNumber(rc.kappa), formatNumber(cc.kappa), formatNumber(cc.ac1),
                                formatNumber(s.segments.score()), cc.landisKoch,
                                rc.kappaParadox || cc.kappaParadox ? QStringLiteral("paradox") : QString()};
        };
        add(pair.pooled, QStringLiteral("(all codes)"));
        for (const auto &s : pair.themes)
            add(s, s.name);
        for (const auto &s : pair.codes)
            if (s.record.counts.a + s.record.counts.b + s.record.counts.c > 0) // skip codes nobody applied
                add(s, s.name);
    }
    return tableOut({QStringLiteral("Pair"), QStringLiteral("Scope"), QStringLiteral("Records a/b/c/d"),
                     QStringLiteral("Record κ"), QStringLiteral("Char κ"), QStringLiteral("Char AC1"),
                     QStringLiteral("Seg F1"), QStringLiteral("Landis & Koch (char)"), QString()},
                    rows, outPath);
}

int runFrequencies(Project &project, const Scope &scope, QStringList &args, const QString &format,
                   const QString &outPath)
{
    const bool matrix = takeFlag(args, QStringLiteral("matrix"));
    if (!args.isEmpty())
        return usageError(self(), QStringLiteral("unexpected argument '%1'").arg(args.first()));
    if (matrix) {
        const CodeRecordMatrix m = computeCodeRecordMatrix(project, scope);
        if (format == QLatin1String("json"))
            return writeReport(jsonText(m.toJson()), outPath, format);
        if (format != QLatin1String("csv"))
            return usageError(self(), QStringLiteral("--matrix is written as csv or json."));
        return writeReport(codeRecordMatrixCsv(m), outPath, format);
    }
    const FrequencyTable t = computeFrequencies(project, scope);
    if (isHtml(format))
        return writeReport(frequenciesHtml(t, metaFor(project), describeScope(project, scope)), outPath, format);
    if (format == QLatin1String("csv"))
        return writeReport(frequenciesCsv(t), outPath, format);
    if (format == QLatin1String("json"))
        return writeReport(jsonText(t.toJson()), outPath, format);
    QStringList headers{QStringLiteral("Code")};
    for (const Reviewer &l : scope.layers)
        headers << l.name + QStringLiteral(" rec/seg/cod");
    QList<QStringList> rows;
    for (const FrequencyRow &r : t.rows) {
        QStringList row{QString(r.depth * 2, u' ') + elide(r.name, 40) + (r.isTheme ? QStringLiteral(" *") : QString())};
        for (const FrequencyCell &c : r.cells)
            row << QStringLiteral("%1/%2/%3").arg(c.records).arg(c.segments).arg(c.codings);
        rows << row;
    }
    const int st = tableOut(headers, rows, outPath);
    if (st == 0)
        out(QStringLiteral("%1 records, %2 with codings; * = theme (rolled up: segments are merged overlapping passages).")
                .arg(t.recordTotal)
                .arg(t.codedRecords));
    return st;
}

int runCooccurrence(Project &project, const Scope &scope, QStringList &args, const QString &format,
                    const QString &outPath)
{
    CooccurrenceOptions options;
    const QString by = takeOption(args, QStringLiteral("by"));
    if (by == QLatin1String("record"))
        options.mode = CooccurrenceMode::SameRecord;
    else if (!by.isEmpty() && by != QLatin1String("overlap"))
        return usageError(self(), QStringLiteral("--by takes overlap or record; got \"%1\"").arg(by));
    if (takeFlag(args, QStringLiteral("themes")))
        options.level = CooccurrenceLevel::Themes;
    const QString pair = takeOption(args, QStringLiteral("pair"));
    if (!args.isEmpty())
        return usageError(self(), QStringLiteral("unexpected argument '%1'").arg(args.first()));
    if (!pair.isEmpty()) { // the passages of one cell
        const QStringList parts = pair.split(u',');
        if (parts.size() != 2)
            return usageError(self(), QStringLiteral("--pair takes two codes separated by a comma"));
        QString error;
        auto a = findCode(project, parts[0].trimmed(), &error);
        if (!a)
            return fail(error);
        auto b = findCode(project, parts[1].trimmed(), &error);
        if (!b)
            return fail(error);
        const auto passages = cooccurrencePassages(project, scope, options, a->id, b->id);
        if (format == QLatin1String("csv"))
            return writeReport(passagesCsv(passages), outPath, format);
        if (format == QLatin1String("json")) {
            QJsonArray rows;
            for (const Passage &p : passages)
                rows.append(QJsonObject{{QStringLiteral("record"), uuidText(p.recordId)},
                                        {QStringLiteral("title"), p.recordTitle},
                                        {QStringLiteral("layer"), p.reviewer},
                                        {QStringLiteral("start"), p.extent.start},
                                        {QStringLiteral("end"), p.extent.end},
                                        {QStringLiteral("quote"), p.quote}});
            return writeReport(jsonText(QJsonObject{{QStringLiteral("passages"), rows}}), outPath, format);
        }
        if (isHtml(format))
            return usageError(self(), QStringLiteral("--pair is written as table, csv or json."));
        QList<QStringList> rows;
        for (const Passage &p : passages)
            rows << QStringList{elide(p.recordTitle, 30), p.reviewer,
                                QStringLiteral("%1:%2").arg(p.extent.start).arg(p.extent.end), elide(p.quote, 70)};
        return tableOut({QStringLiteral("Record"), QStringLiteral("Layer"), QStringLiteral("Span"), QStringLiteral("Passage")},
                        rows, outPath);
    }
    const CooccurrenceMatrix m = computeCooccurrence(project, scope, options);
    if (isHtml(format))
        return writeReport(cooccurrenceHtml(m, metaFor(project), describeScope(project, scope), &project), outPath, format);
    if (format == QLatin1String("csv"))
        return writeReport(cooccurrenceCsv(m), outPath, format);
    if (format == QLatin1String("json"))
        return writeReport(jsonText(m.toJson()), outPath, format);
    QStringList headers{QString()};
    for (int c = 0; c < m.size(); ++c)
        headers << QString::number(c + 1);
    QList<QStringList> rows;
    for (int r = 0; r < m.size(); ++r) {
        QStringList row{QStringLiteral("%1 %2").arg(r + 1).arg(elide(m.label(r), 36))};
        for (int v : m.counts[size_t(r)])
            row << (v ? QString::number(v) : QStringLiteral("."));
        rows << row;
    }
    return tableOut(headers, rows, outPath);
}

int runWords(Project &project, const Scope &scope, QStringList &args, const QString &format, const QString &outPath)
{
    WordOptions options;
    const QString code = takeOption(args, QStringLiteral("code"));
    const QString kwic = takeOption(args, QStringLiteral("kwic"));
    const QString context = takeOption(args, QStringLiteral("context"));
    const QString top = takeOption(args, QStringLiteral("top"));
    const QString minLength = takeOption(args, QStringLiteral("min-length"));
    options.wholeRecords = takeFlag(args, QStringLiteral("all-text"));
    options.removeStopWords = !takeFlag(args, QStringLiteral("keep-stop-words"));
    options.includeNumbers = takeFlag(args, QStringLiteral("numbers"));
    if (!args.isEmpty())
        return usageError(self(), QStringLiteral("unexpected argument '%1'").arg(args.first()));
    QString selection = options.wholeRecords ? QStringLiteral("whole texts of all records")
                                             : QStringLiteral("text coded with any code; layers: ") + describeScope(project, scope);
    if (!code.isEmpty()) {
        if (options.wholeRecords)
            return usageError(self(), QStringLiteral("--code and --all-text exclude each other"));
        QString error;
        auto c = findCode(project, code, &error);
        if (!c)
            return fail(error);
        options.codeId = c->id;
        selection = QStringLiteral("text coded “%1” (with the codes below it); layers: %2")
                        .arg(project.codePath(c->id).join(QStringLiteral(" > ")), describeScope(project, scope));
    }
    if (!minLength.isEmpty())
        options.minLength = std::max(1, minLength.toInt());
    const int contextChars = context.isEmpty() ? 40 : std::max(0, context.toInt());
    const int maxWords = top.isEmpty() ? (format == QLatin1String("table") ? 30 : 200) : std::max(1, top.toInt());
    WordTable table = computeWords(project, scope, options);
    // --top cuts every format (the table and HTML show 30 / 200 words when it is not given;
    // CSV and JSON then carry every word).
    if (!top.isEmpty() && table.words.size() > size_t(maxWords))
        table.words.erase(table.words.begin() + maxWords, table.words.end());
    std::vector<KwicLine> lines;
    if (!kwic.isEmpty())
        lines = keywordInContext(project, scope, options, kwic, contextChars);
    if (isHtml(format))
        return writeReport(wordsHtml(table, metaFor(project), selection, lines, kwic, maxWords), outPath, format);
    if (format == QLatin1String("csv"))
        return writeReport(kwic.isEmpty() ? wordsCsv(table) : kwicCsv(lines), outPath, format);
    if (format == QLatin1String("json")) {
        QJsonObject o = table.toJson();
        if (!kwic.isEmpty()) {
            QJsonArray rows;
            for (const KwicLine &k : lines)
                rows.append(QJsonObject{{QStringLiteral("record"), uuidText(k.recordId)},
                                        {QStringLiteral("start"), k.span.start},
                                        {QStringLiteral("end"), k.span.end},
                                        {QStringLiteral("left"), k.left},
                                        {QStringLiteral("keyword"), k.keyword},
                                        {QStringLiteral("right"), k.right}});
            o.insert(QStringLiteral("kwic"), rows);
        }
        return writeReport(jsonText(o), outPath, format);
    }
    if (!kwic.isEmpty()) {
        QList<QStringList> rows;
        for (const KwicLine &k : lines)
            rows << QStringList{elide(k.recordTitle, 24), k.left.rightJustified(contextChars, u' '), k.keyword, k.right};
        const int st = tableOut({QStringLiteral("Record"), QStringLiteral("Before"), QStringLiteral("Keyword"),
                                 QStringLiteral("After")},
                                rows, outPath);
        if (st == 0)
            out(QStringLiteral("%1 line(s)").arg(lines.size()));
        return st;
    }
    QList<QStringList> rows;
    for (size_t i = 0; i < table.words.size() && int(i) < maxWords; ++i)
        rows << QStringList{QString::number(i + 1), table.words[i].word, QString::number(table.words[i].count),
                            QString::number(table.words[i].records)};
    const int st = tableOut({QStringLiteral("#"), QStringLiteral("Word"), QStringLiteral("Count"), QStringLiteral("Records")},
                            rows, outPath);
    if (st == 0)
        out(QStringLiteral("%1 words counted in %2 records (%3).").arg(table.tokens).arg(table.records).arg(selection));
    return st;
}

int run(Context &ctx)
{
    QStringList args = ctx.args;
    if (refuseViewer(args, QStringLiteral("report"),
                     QStringLiteral("a reviewer reads their own codings with 'dyad-cli codings PROJECT --as NAME' and "
                                    "agreement with 'dyad-cli agreement PROJECT --as NAME'.")))
        return 1;
    QString format = takeOption(args, QStringLiteral("format"));
    const QString outPath = takeOption(args, QStringLiteral("out"));
    const QString layer = takeOption(args, QStringLiteral("layer"));
    if (ctx.json)
        format = QStringLiteral("json");
    static const QStringList formats{QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("csv"),
                                     QStringLiteral("json"), QStringLiteral("table")};
    // The output's extension names its format: a .pdf is a PDF, and an extension no report
    // can be written as is refused rather than filled with something else.
    const QString suffix = QFileInfo(outPath).suffix().toLower() == QLatin1String("htm") ? QStringLiteral("html")
                                                                                         : QFileInfo(outPath).suffix().toLower();
    if (!outPath.isEmpty() && outPath != QLatin1String("-")) {
        if (!formats.contains(suffix) || suffix == QLatin1String("table")) {
            if (format.isEmpty())
                return usageError(self(), QStringLiteral("cannot tell the format of \"%1\": reports are written as .html, .pdf, "
                                                         ".csv or .json (or give --format).")
                                              .arg(outPath));
        } else if (format.isEmpty()) {
            format = suffix;
        } else if (format != suffix) {
            return usageError(self(), QStringLiteral("--out %1 names a .%2 file but the format is %3; use a matching extension.")
                                          .arg(outPath, suffix, format));
        }
    }
    if (format.isEmpty())
        format = outPath.isEmpty() ? QStringLiteral("table") : QStringLiteral("html");
    if (!formats.contains(format))
        return usageError(self(), QStringLiteral("unknown format '%1' (html|pdf|csv|json|table)").arg(format));
    if (args.size() < 2)
        return usageError(self(), QStringLiteral("expected a report kind and a project file"));
    const QString kind = args.takeFirst();
    const QString path = args.takeFirst();
    static const QStringList kinds{QStringLiteral("agreement"), QStringLiteral("frequencies"),
                                   QStringLiteral("cooccurrence"), QStringLiteral("words")};
    if (!kinds.contains(kind))
        return usageError(self(), QStringLiteral("unknown report '%1' (agreement|frequencies|cooccurrence|words)").arg(kind));
    auto project = openProject(path, true);
    if (!project)
        return 1;
    if (kind == QLatin1String("agreement")) {
        if (!layer.isEmpty())
            return usageError(self(), QStringLiteral("the agreement report compares reviewers: use --reviewers A,B"));
        return runAgreement(*project, args, format, outPath);
    }
    const QString round = takeOption(args, QStringLiteral("round"));
    std::optional<QUuid> roundId;
    if (!round.isEmpty()) {
        for (const Round &r : project->rounds())
            if (r.name.compare(round, Qt::CaseInsensitive) == 0 || uuidText(r.id) == round)
                roundId = r.id;
        if (!roundId)
            return fail(QStringLiteral("no round \"%1\" in the project.").arg(round));
    }
    // Without --layer: Consensus once it has codings, every reviewer before that; say which.
    QString layerNote;
    auto scope = layer.isEmpty() ? Result<Scope>(defaultScope(*project, roundId, &layerNote)) : resolveScope(*project, layer);
    if (!scope)
        return fail(scope.error());
    scope->roundId = roundId;
    if (!layerNote.isEmpty())
        err(QStringLiteral("Layer: %1 (choose another with --layer).").arg(layerNote));
    if (kind == QLatin1String("frequencies"))
        return runFrequencies(*project, *scope, args, format, outPath);
    if (kind == QLatin1String("cooccurrence"))
        return runCooccurrence(*project, *scope, args, format, outPath);
    return runWords(*project, *scope, args, format, outPath);
}

CommandRegistrar s_report(
    {QStringLiteral("report"), QStringLiteral("Agreement, frequency, co-occurrence and word reports (HTML, PDF, CSV, JSON)"),
     QStringLiteral(
         "Usage: dyad-cli report KIND PROJECT.dyad [--layer consensus|all|reviewers|REVIEWER] [--round NAME]\n"
         "                       [--format html|pdf|csv|json|table] [--out FILE] [options]\n\n"
         "KIND\n"
         "  agreement     inter-rater agreement per code, theme and pooled (record, character, token and\n"
         "                segment units), Landis & Koch labels, kappa-paradox notes, trend across rounds\n"
         "                  --reviewers A,B[,C]  who to compare (default: every reviewer with codings)\n"
         "                  --threshold 0.9      segment overlap needed, share of the longer span\n"
         "  frequencies   records / segments / codings per code and theme (themes roll up their codes)\n"
         "                  --matrix             the code-by-record matrix instead (csv or json)\n"
         "  cooccurrence  codes applied together, symmetric matrix\n"
         "                  --by overlap|record  overlapping passages (default) or the same record\n"
         "                  --themes             top-level themes instead of codes\n"
         "                  --pair C1,C2         the passages behind one cell\n"
         "  words         word frequencies (ICU segmentation, Chinese included; stop words removed)\n"
         "                  --code C             text coded with C (a theme: with its codes)\n"
         "                  --all-text           whole texts of all records instead of coded text\n"
         "                  --kwic WORD          keyword-in-context lines for WORD (a phrase works too)\n"
         "                  --context N          code points of context (default 40)\n"
         "                  --top N              the N most frequent words, in every format (default:\n"
         "                                       30 in the table, 200 in HTML, all in CSV and JSON)\n"
         "                  --min-length N  --keep-stop-words  --numbers\n\n"
         "--layer selects the coding layer: consensus, all (every reviewer and the consensus, one\n"
         "column each), reviewers (every reviewer, no consensus), or one reviewer's name. Without\n"
         "--layer the consensus is read once it has codings, every reviewer before that; the layer\n"
         "used is named on standard error. --format defaults to table on the terminal, and to the\n"
         "--out file's extension (.html, .pdf, .csv, .json) otherwise; another extension is refused.\n"
         "A PDF is the HTML report laid out on A4 pages. CSV files are\n"
         "written with a UTF-8 byte-order mark so spreadsheet programs show Chinese correctly.\n"
         "Reports read every reviewer's codings without blinding (they are for the lead), so report\n"
         "takes no --as.\n\n"
         "Examples:\n"
         "  dyad-cli report agreement study.dyad --out agreement.html\n"
         "  dyad-cli report agreement study.dyad --out agreement.pdf\n"
         "  dyad-cli report frequencies study.dyad --layer all --out frequencies.csv\n"
         "  dyad-cli report words study.dyad --code \"Trust\" --kwic trust --context 30"),
     run});

} // namespace
} // namespace dyad::cli
