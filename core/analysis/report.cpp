#include "core/analysis/report.h"

#include "core/analysis/htmlwriter.h"
#include "core/model/project.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>

namespace dyad::core::analysis {

namespace {

using H = HtmlWriter;

QString num(qint64 v)
{
    return QStringLiteral("<td class=\"n\">%1</td>").arg(v);
}

QList<std::pair<QString, QString>> metaFacts(const ReportMeta &meta, const QString &scopeText)
{
    const QDateTime at = meta.generated.isValid() ? meta.generated : QDateTime::currentDateTimeUtc();
    QList<std::pair<QString, QString>> facts;
    if (!meta.projectTitle.isEmpty())
        facts.append({QCoreApplication::translate("Analysis", "Project"), meta.projectTitle});
    if (!meta.projectPath.isEmpty())
        facts.append({QCoreApplication::translate("Analysis", "File"), meta.projectPath});
    facts.append({QCoreApplication::translate("Analysis", "Coding layers"), scopeText});
    facts.append({QCoreApplication::translate("Analysis", "Generated"),
                  at.toUTC().toString(Qt::ISODate) + (meta.generator.isEmpty() ? QString() : QCoreApplication::translate("Analysis", " by ") + meta.generator)});
    return facts;
}

QString indentName(const QString &name, int depth, bool theme)
{
    QString pad;
    for (int i = 0; i < depth; ++i)
        pad += QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;");
    return QStringLiteral("<td%1>%2%3</td>")
        .arg(theme ? QStringLiteral(" class=\"theme\"") : QString(), pad, H::escape(name));
}

} // namespace

QString describeScope(const Project &project, const Scope &scope)
{
    QStringList names;
    for (const Reviewer &r : scope.layers)
        names << r.name;
    QString text = names.join(QStringLiteral(", "));
    if (scope.roundId) {
        const auto round = project.round(*scope.roundId);
        text += QCoreApplication::translate("Analysis", "; round %1").arg(round ? round->name : uuidText(*scope.roundId));
    }
    return text;
}

QString heatColor(int value, int max)
{
    if (value <= 0 || max <= 0)
        return QStringLiteral("#ffffff");
    // white → #2b6cb0, on a square-root scale so small counts stay visible
    const double t = std::sqrt(double(value) / double(max));
    auto mix = [&](int from, int to) { return int(from + (to - from) * t + 0.5); };
    return QStringLiteral("#%1%2%3")
        .arg(mix(0xff, 0x2b), 2, 16, QLatin1Char('0'))
        .arg(mix(0xff, 0x6c), 2, 16, QLatin1Char('0'))
        .arg(mix(0xff, 0xb0), 2, 16, QLatin1Char('0'));
}

// Frequencies ---------------------------------------------------------------------------

QString frequenciesHtml(const FrequencyTable &table, const ReportMeta &meta, const QString &scopeText)
{
    H html(QCoreApplication::translate("Analysis", "Code frequencies"));
    html.heading(1, QCoreApplication::translate("Analysis", "Code frequencies"));
    auto facts = metaFacts(meta, scopeText);
    facts.append({QCoreApplication::translate("Analysis", "Records in the project"), QString::number(table.recordTotal)});
    facts.append({QCoreApplication::translate("Analysis", "Records with codings in these layers"), QString::number(table.codedRecords)});
    html.facts(facts);
    html.paragraph(QCoreApplication::translate("Analysis", 
                       "Records: records where the code was applied (share of all records in brackets). Segments: "
                       "coded passages; for a code each application counts once; for a theme (in bold) the spans "
                       "of the theme and every code below it are merged per record and layer where they overlap, "
                       "and each merged passage counts once. Codings: applications of the code and the codes "
                       "below it."),
                   QStringLiteral("note"));
    QStringList headers{QCoreApplication::translate("Analysis", "Code")};
    for (const Reviewer &l : table.scope.layers)
        headers << QCoreApplication::translate("Analysis", "%1: records").arg(l.name) << QCoreApplication::translate("Analysis", "%1: segments").arg(l.name)
                << QCoreApplication::translate("Analysis", "%1: codings").arg(l.name);
    QList<QStringList> rows;
    for (const FrequencyRow &row : table.rows) {
        QStringList cells{indentName(row.name, row.depth, row.isTheme)};
        for (const FrequencyCell &c : row.cells) {
            cells << QStringLiteral("<td class=\"n\">%1 (%2)</td>")
                         .arg(c.records)
                         .arg(formatPercent(c.records, table.recordTotal).toHtmlEscaped());
            cells << num(c.segments) << num(c.codings);
        }
        rows.append(cells);
    }
    if (rows.isEmpty())
        html.paragraph(QCoreApplication::translate("Analysis", "The codebook is empty."));
    else
        html.table(headers, rows);
    return html.finish();
}

QString frequenciesCsv(const FrequencyTable &table)
{
    QString out = csvLine({QStringLiteral("code_id"), QStringLiteral("path"), QStringLiteral("depth"),
                           QStringLiteral("theme"), QStringLiteral("layer"), QStringLiteral("records"),
                           QStringLiteral("records_share"), QStringLiteral("segments"), QStringLiteral("codings")});
    for (const FrequencyRow &row : table.rows)
        for (size_t l = 0; l < row.cells.size(); ++l) {
            const FrequencyCell &c = row.cells[l];
            out += csvLine({uuidText(row.codeId), row.path, QString::number(row.depth),
                            row.isTheme ? QStringLiteral("1") : QStringLiteral("0"), table.scope.layers[l].name,
                            QString::number(c.records),
                            table.recordTotal > 0 ? QString::number(double(c.records) / table.recordTotal, 'f', 4)
                                                  : QString(),
                            QString::number(c.segments), QString::number(c.codings)});
        }
    return out;
}

QString codeRecordMatrixCsv(const CodeRecordMatrix &matrix)
{
    QStringList header{QStringLiteral("record_id"), QStringLiteral("title")};
    for (int i = 0; i < matrix.tree.size(); ++i)
        header << matrix.tree.path(i);
    QString out = csvLine(header);
    for (size_t r = 0; r < matrix.records.size(); ++r) {
        QStringList fields{uuidText(matrix.records[r].id), matrix.records[r].title};
        for (int v : matrix.counts[r])
            fields << QString::number(v);
        out += csvLine(fields);
    }
    return out;
}

// Co-occurrence --------------------------------------------------------------------------

QString cooccurrenceHtml(const CooccurrenceMatrix &matrix, const ReportMeta &meta, const QString &scopeText,
                         const Project *passagesFrom, int topPairs)
{
    H html(QCoreApplication::translate("Analysis", "Code co-occurrence"));
    html.heading(1, QCoreApplication::translate("Analysis", "Code co-occurrence"));
    auto facts = metaFacts(meta, scopeText);
    const bool overlap = matrix.options.mode == CooccurrenceMode::OverlappingSpans;
    facts.append({QCoreApplication::translate("Analysis", "Counted"), overlap ? QCoreApplication::translate("Analysis", "codes applied to overlapping passages")
                                                     : QCoreApplication::translate("Analysis", "codes applied in the same record")});
    facts.append({QCoreApplication::translate("Analysis", "Rows and columns"), matrix.options.level == CooccurrenceLevel::Codes
                                                          ? QCoreApplication::translate("Analysis", "codes (each coding's own code)")
                                                          : QCoreApplication::translate("Analysis", "themes (top-level codes with everything below)")});
    html.facts(facts);
    html.paragraph(overlap ? QCoreApplication::translate("Analysis", "A cell counts the pairs of passages, one of each code, that the same "
                                            "reviewer (layer) coded and that share at least one character. The "
                                            "diagonal counts each code's passages. Counts add up over layers.")
                           : QCoreApplication::translate("Analysis", "A cell counts the records in which the same reviewer (layer) applied "
                                            "both codes; the diagonal counts the records with the code. Counts add "
                                            "up over layers."),
                   QStringLiteral("note"));
    if (matrix.size() == 0) {
        html.paragraph(QCoreApplication::translate("Analysis", "No codings in these layers."));
        return html.finish();
    }
    int max = 0;
    for (int r = 0; r < matrix.size(); ++r)
        for (int c = 0; c < matrix.size(); ++c)
            if (r != c)
                max = std::max(max, matrix.counts[size_t(r)][size_t(c)]);
    QStringList headers{QString()};
    for (int c = 0; c < matrix.size(); ++c)
        headers << matrix.tree.node(matrix.nodes[size_t(c)]).name;
    QList<QStringList> rows;
    for (int r = 0; r < matrix.size(); ++r) {
        QStringList cells{QStringLiteral("<td><b>%1</b></td>").arg(H::escape(matrix.label(r)))};
        for (int c = 0; c < matrix.size(); ++c) {
            const int v = matrix.counts[size_t(r)][size_t(c)];
            const QString colour = r == c ? QStringLiteral("#eeeeee") : heatColor(v, max);
            const bool dark = r != c && max > 0 && v * 3 > max * 2;
            cells << QStringLiteral("<td class=\"n\" bgcolor=\"%1\" style=\"background-color:%1;%2\">%3</td>")
                         .arg(colour, dark ? QStringLiteral("color:#ffffff;") : QString())
                         .arg(v);
        }
        rows.append(cells);
    }
    html.table(headers, rows);

    // the strongest pairs, with their passages: what a results section quotes
    struct Pair { int r, c, v; };
    std::vector<Pair> pairs;
    for (int r = 0; r < matrix.size(); ++r)
        for (int c = r + 1; c < matrix.size(); ++c)
            if (matrix.counts[size_t(r)][size_t(c)] > 0)
                pairs.push_back({r, c, matrix.counts[size_t(r)][size_t(c)]});
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) { return a.v > b.v; });
    if (int(pairs.size()) > topPairs)
        pairs.resize(size_t(topPairs));
    if (!pairs.empty()) {
        html.heading(2, QCoreApplication::translate("Analysis", "Strongest pairs"));
        for (const Pair &p : pairs) {
            html.heading(3, QStringLiteral("%1 × %2: %3").arg(matrix.label(p.r), matrix.label(p.c)).arg(p.v));
            if (!passagesFrom)
                continue;
            const auto passages = cooccurrencePassages(*passagesFrom, matrix.scope, matrix.options,
                                                       matrix.tree.node(matrix.nodes[size_t(p.r)]).id,
                                                       matrix.tree.node(matrix.nodes[size_t(p.c)]).id);
            QList<QStringList> prow;
            for (size_t i = 0; i < passages.size() && i < 5; ++i) {
                const Passage &x = passages[i];
                prow.append({H::escape(x.recordTitle), H::escape(x.reviewer),
                             QStringLiteral("%1–%2").arg(x.extent.start).arg(x.extent.end), H::escape(x.quote)});
            }
            html.table({QCoreApplication::translate("Analysis", "Record"), QCoreApplication::translate("Analysis", "Layer"), QCoreApplication::translate("Analysis", "Characters"),
                        QCoreApplication::translate("Analysis", "Passage")},
                       prow);
            if (passages.size() > 5)
                html.paragraph(QCoreApplication::translate("Analysis", "… and %1 more.").arg(passages.size() - 5), QStringLiteral("note"));
        }
    }
    return html.finish();
}

QString cooccurrenceCsv(const CooccurrenceMatrix &matrix)
{
    QStringList header{QString()};
    for (int c = 0; c < matrix.size(); ++c)
        header << matrix.label(c);
    QString out = csvLine(header);
    for (int r = 0; r < matrix.size(); ++r) {
        QStringList fields{matrix.label(r)};
        for (int v : matrix.counts[size_t(r)])
            fields << QString::number(v);
        out += csvLine(fields);
    }
    return out;
}

QString passagesCsv(const std::vector<Passage> &passages)
{
    auto spansText = [](const std::vector<Span> &spans) {
        QStringList parts;
        for (const Span &s : spans)
            parts << QStringLiteral("%1:%2").arg(s.start).arg(s.end);
        return parts.join(u' ');
    };
    QString out = csvLine({QStringLiteral("record_id"), QStringLiteral("title"), QStringLiteral("layer"),
                           QStringLiteral("spans_a"), QStringLiteral("spans_b"), QStringLiteral("quote")});
    for (const Passage &p : passages)
        out += csvLine({uuidText(p.recordId), p.recordTitle, p.reviewer, spansText(p.spansA), spansText(p.spansB),
                        p.quote});
    return out;
}

// Words ----------------------------------------------------------------------------------

QString wordsHtml(const WordTable &table, const ReportMeta &meta, const QString &selectionText,
                  const std::vector<KwicLine> &kwic, const QString &keyword, int maxWords)
{
    H html(QCoreApplication::translate("Analysis", "Word frequencies"));
    html.heading(1, QCoreApplication::translate("Analysis", "Word frequencies"));
    auto facts = metaFacts(meta, selectionText);
    facts.append({QCoreApplication::translate("Analysis", "Records read"), QString::number(table.records)});
    facts.append({QCoreApplication::translate("Analysis", "Words counted"), QString::number(table.tokens)});
    facts.append({QCoreApplication::translate("Analysis", "Distinct words"), QString::number(table.words.size())});
    html.facts(facts);
    html.paragraph(QCoreApplication::translate("Analysis", "Words are found with ICU word segmentation (Chinese is split into dictionary "
                                  "words), case-folded, and counted once per occurrence in the selected text; "
                                  "English and Chinese function words (Dyad's built-in stop-word lists) and "
                                  "numbers are left out unless asked for."),
                   QStringLiteral("note"));
    QList<QStringList> rows;
    for (size_t i = 0; i < table.words.size() && int(i) < maxWords; ++i) {
        const WordCount &w = table.words[i];
        rows.append({num(qint64(i) + 1), H::escape(w.word), num(w.count), num(w.records),
                     QStringLiteral("<td class=\"n\">%1</td>")
                         .arg(table.tokens > 0 ? formatNumber(1000.0 * w.count / double(table.tokens), 1)
                                               : QStringLiteral("–"))});
    }
    if (rows.isEmpty())
        html.paragraph(QCoreApplication::translate("Analysis", "No words in the selected text."));
    else
        html.table({QCoreApplication::translate("Analysis", "Rank"), QCoreApplication::translate("Analysis", "Word"), QCoreApplication::translate("Analysis", "Count"), QCoreApplication::translate("Analysis", "Records"),
                    QCoreApplication::translate("Analysis", "Per 1,000 words")},
                   rows);
    if (int(table.words.size()) > maxWords)
        html.paragraph(QCoreApplication::translate("Analysis", "%1 less frequent words not shown.").arg(table.words.size() - size_t(maxWords)),
                       QStringLiteral("note"));
    if (!keyword.isEmpty()) {
        html.heading(2, QCoreApplication::translate("Analysis", "Keyword in context: %1 (%2 lines)").arg(keyword).arg(kwic.size()));
        QList<QStringList> krows;
        for (const KwicLine &k : kwic)
            krows.append({H::escape(k.recordTitle),
                          QStringLiteral("<td class=\"ctx\" align=\"right\">%1</td>").arg(H::escape(k.left)),
                          QStringLiteral("<td class=\"kw\">%1</td>").arg(H::escape(k.keyword)),
                          QStringLiteral("<td class=\"ctx\">%1</td>").arg(H::escape(k.right))});
        html.table({QCoreApplication::translate("Analysis", "Record"), QCoreApplication::translate("Analysis", "Before"), QCoreApplication::translate("Analysis", "Keyword"), QCoreApplication::translate("Analysis", "After")},
                   krows);
    }
    return html.finish();
}

QString wordsCsv(const WordTable &table)
{
    QString out = csvLine({QStringLiteral("word"), QStringLiteral("count"), QStringLiteral("records")});
    for (const WordCount &w : table.words)
        out += csvLine({w.word, QString::number(w.count), QString::number(w.records)});
    return out;
}

QString kwicCsv(const std::vector<KwicLine> &lines)
{
    QString out = csvLine({QStringLiteral("record_id"), QStringLiteral("title"), QStringLiteral("start"),
                           QStringLiteral("end"), QStringLiteral("left"), QStringLiteral("keyword"),
                           QStringLiteral("right")});
    for (const KwicLine &k : lines)
        out += csvLine({uuidText(k.recordId), k.recordTitle, QString::number(k.span.start),
                        QString::number(k.span.end), k.left, k.keyword, k.right});
    return out;
}

} // namespace dyad::core::analysis
