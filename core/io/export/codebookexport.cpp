#include "core/io/export/codebookexport.h"

#include "core/io/atomicfile.h"
#include "core/model/codecolor.h"
#include "core/model/codelookup.h"

#include "core/io/refi/sourcetext.h"
#include "core/io/spanfit.h"
#include "core/model/project.h"
#include "core/text/offsets.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <map>
#include <set>

namespace dyad::core::io {

namespace {

const QString kSep = QStringLiteral(" > ");

/**
 * Which words a table carries. CSV and XLSX are read by other programs (and the codebook
 * import reads the codebook back), so their headers and fixed values stay English; the
 * documents a person reads (Markdown, HTML and the PDF made from it) speak the reader's
 * language, translated in context "Export" like the rest of the export room.
 */
enum class Labels { English, Reader };

QString label(const char *english, Labels labels)
{
    return labels == Labels::Reader ? QCoreApplication::translate("Export", english) : QString::fromUtf8(english);
}

struct Tree
{
    std::map<QUuid, Code> byId;
    std::map<QUuid, std::vector<QUuid>> children;   ///< parent (null = top) -> ordered children
    std::vector<std::pair<QUuid, int>> order;        ///< depth-first (id, depth)

    explicit Tree(const std::vector<Code> &codes)
    {
        for (const Code &c : codes)
            byId[c.id] = c;
        for (const Code &c : codes)
            children[byId.count(c.parentId) ? c.parentId : QUuid()].push_back(c.id);
        for (auto &[parent, list] : children)
            std::sort(list.begin(), list.end(), [&](const QUuid &a, const QUuid &b) {
                const Code &x = byId[a], &y = byId[b];
                return x.sortOrder != y.sortOrder ? x.sortOrder < y.sortOrder : x.name < y.name;
            });
        walk(QUuid(), 0);
    }
    void walk(const QUuid &parent, int depth)
    {
        auto it = children.find(parent);
        if (it == children.end() || depth > 64)
            return;
        for (const QUuid &id : it->second) {
            order.emplace_back(id, depth);
            walk(id, depth + 1);
        }
    }
    QStringList path(const QUuid &id) const
    {
        QStringList p;
        for (QUuid up = id; byId.count(up) && p.size() < 64; up = byId.at(up).parentId)
            p.prepend(byId.at(up).name);
        return p;
    }
    /** The node and everything below it. */
    std::set<QUuid> subtree(const QUuid &id) const
    {
        std::set<QUuid> out{id};
        std::vector<QUuid> stack{id};
        while (!stack.empty()) {
            const QUuid top = stack.back();
            stack.pop_back();
            if (auto it = children.find(top); it != children.end())
                for (const QUuid &c : it->second)
                    if (out.insert(c).second)
                        stack.push_back(c);
        }
        return out;
    }
};

QString levelName(int depth, Labels labels)
{
    return depth == 0 ? label(QT_TRANSLATE_NOOP("Export", "theme"), labels)
        : depth == 1  ? label(QT_TRANSLATE_NOOP("Export", "sub-theme"), labels)
                      : label(QT_TRANSLATE_NOOP("Export", "code"), labels);
}

/** Record order and texts, fetched once. */
struct Records
{
    const Project &project;
    std::map<QUuid, qint64> seq;
    std::map<QUuid, Record> cache;

    explicit Records(const Project &p) : project(p)
    {
        for (const RecordSummary &s : p.recordSummaries())
            seq[s.id] = s.seq;
    }
    const Record *get(const QUuid &id)
    {
        auto it = cache.find(id);
        if (it == cache.end()) {
            auto r = project.record(id);
            if (!r)
                return nullptr;
            it = cache.emplace(id, *r).first;
        }
        return &it->second;
    }
    QString quote(const Coding &c)
    {
        const Record *r = get(c.recordId);
        return r ? codePointSlice(r->text, c.span.start, c.span.end) : QString();
    }
};

struct CodeCounts
{
    std::set<QUuid> records;
    int codings = 0;
    std::map<QUuid, int> byReviewer;
};

QString html(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString mdEscape(QString s)
{
    // Markdown passes HTML through: user text is escaped like HTML. Table cells and inline
    // text: pipes and line breaks would break the layout.
    return s.toHtmlEscaped().replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

const char *kCss = "body{font-family:'Noto Sans','Noto Sans CJK SC',sans-serif;max-width:60em;margin:2em auto;"
                   "line-height:1.45;color:#222}h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;margin-top:1.6em}"
                   ".swatch{display:inline-block;width:.9em;height:.9em;border:1px solid #888;margin-right:.4em;"
                   "vertical-align:middle}dl{margin:.3em 0 .3em 1em}dt{font-weight:bold;margin-top:.3em}dd{margin-left:1.2em}"
                   "blockquote{margin:.3em 1.2em;color:#444;font-style:italic}.counts{color:#555;font-size:.9em}"
                   "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2em .5em;text-align:left;"
                   "vertical-align:top}th{background:#eee}.major{font-weight:bold}";

QString htmlPage(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title><style>%2</style>"
                          "</head><body>\n%3</body></html>\n")
        .arg(title.toHtmlEscaped(), QString::fromLatin1(kCss), body);
}

QString codebookTitle(const Project &project)
{
    return QCoreApplication::translate("Export", "Codebook: %1").arg(project.title());
}

/** What a heading says before a theme's or sub-theme's name; codes have none. */
QString levelPrefix(int depth)
{
    return depth == 0 ? QCoreApplication::translate("Export", "Theme: ")
        : depth == 1  ? QCoreApplication::translate("Export", "Sub-theme: ")
                      : QString();
}

Status writeText(const QString &path, const QString &text)
{
    return writeFileAtomically(path, text.toUtf8());
}

/** Everything the codebook views need, computed once. */
struct CodebookData
{
    Tree tree;
    std::vector<Reviewer> reviewers;       ///< coding reviewers, Consensus last
    QUuid consensus;
    std::map<QUuid, CodeCounts> counts;
    std::map<QUuid, QString> example;

    explicit CodebookData(const Project &project) : tree(project.allCodes())
    {
        consensus = project.consensusReviewer().id;
        for (const Reviewer &r : project.reviewers())
            if (r.id != consensus)
                reviewers.push_back(r);
        reviewers.push_back(project.consensusReviewer());
        Records recs(project);
        std::vector<Coding> all = project.codings();
        // Consensus first, then record order, then position: the first quote is the most settled one.
        std::sort(all.begin(), all.end(), [&](const Coding &a, const Coding &b) {
            const bool ca = a.reviewerId == consensus, cb = b.reviewerId == consensus;
            if (ca != cb)
                return ca;
            const qint64 sa = recs.seq[a.recordId], sb = recs.seq[b.recordId];
            return sa != sb ? sa < sb : a.span < b.span;
        });
        for (const Coding &c : all) {
            CodeCounts &cc = counts[c.codeId];
            cc.records.insert(c.recordId);
            ++cc.codings;
            ++cc.byReviewer[c.reviewerId];
            if (!example.count(c.codeId))
                example[c.codeId] = recs.quote(c);
        }
        for (const auto &[id, code] : tree.byId)
            if (!code.example.trimmed().isEmpty())
                example[id] = code.example.trimmed();
    }

    /** The reviewer's name as a reader sees it: the Consensus in the reader's language. */
    QString reviewerName(const Reviewer &r, Labels labels) const
    {
        return r.id == consensus ? label(QT_TRANSLATE_NOOP("Export", "Consensus"), labels) : r.name;
    }

    QString countsText(const QUuid &id) const
    {
        auto it = counts.find(id);
        if (it == counts.end())
            return QCoreApplication::translate("Export", "not yet applied");
        QStringList per;
        for (const Reviewer &r : reviewers)
            if (auto n = it->second.byReviewer.find(r.id); n != it->second.byReviewer.end())
                per << QStringLiteral("%1 %2").arg(reviewerName(r, Labels::Reader), QString::number(n->second));
        return QCoreApplication::translate("Export", "%1 record(s), %2 coding(s) (%3)")
            .arg(it->second.records.size())
            .arg(it->second.codings)
            .arg(per.join(QCoreApplication::translate("Export", ", ", "between the reviewers' counts of a code")));
    }
};

} // namespace

std::optional<TableFormat> tableFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("csv"))
        return TableFormat::Csv;
    if (n == QLatin1String("xlsx") || n == QLatin1String("excel"))
        return TableFormat::Xlsx;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return TableFormat::Markdown;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return TableFormat::Html;
    return std::nullopt;
}

std::optional<TableFormat> tableFormatFromPath(const QString &path)
{
    return tableFormatFromName(QFileInfo(path).suffix());
}

std::vector<QUuid> layerReviewers(const Project &project, const LayerChoice &choice)
{
    const QUuid consensus = project.consensusReviewer().id;
    std::vector<QUuid> all;
    for (const Reviewer &r : project.reviewers())
        all.push_back(r.id);
    switch (choice.kind) {
    case LayerChoice::Kind::Consensus:
        return {consensus};
    case LayerChoice::Kind::Reviewer:
        return {choice.reviewer};
    case LayerChoice::Kind::All:
        return all;
    case LayerChoice::Kind::Auto:
        break;
    }
    CodingQuery q;
    q.reviewerId = consensus;
    if (!project.codings(q).empty())
        return {consensus};
    std::erase(all, consensus);
    return all;
}

Sheet codebookSheet(const Project &project)
{
    const CodebookData data(project);
    Sheet s;
    s.name = QStringLiteral("Codebook");
    s.header = QStringList{QStringLiteral("Path"),       QStringLiteral("Level"),    QStringLiteral("Name"),
                           QStringLiteral("Parent"),     QStringLiteral("Definition"), QStringLiteral("Use when"),
                           QStringLiteral("Do not use when"), QStringLiteral("Example"), QStringLiteral("Colour"),
                           QStringLiteral("Records"),    QStringLiteral("Codings")};
    for (const Reviewer &r : data.reviewers)
        s.header << QStringLiteral("Codings: %1").arg(r.name);
    s.header << QStringLiteral("ID");
    for (const auto &[id, depth] : data.tree.order) {
        const Code &c = data.tree.byId.at(id);
        QStringList path = data.tree.path(id);
        // Names that hold '>' are quoted so that the path reads back (codebook import).
        const QString parent = joinCodePath(path.mid(0, path.size() - 1));
        auto cc = data.counts.find(id);
        QVariantList row { joinCodePath(path), levelName(depth, Labels::English), c.name, parent, c.definition,
            c.useWhen, c.doNotUseWhen, data.example.count(id) ? data.example.at(id) : QString(), c.color,
            cc == data.counts.end() ? 0 : static_cast<int>(cc->second.records.size()),
            cc == data.counts.end() ? 0 : cc->second.codings };
        for (const Reviewer &r : data.reviewers) {
            int n = 0;
            if (cc != data.counts.end())
                if (auto it = cc->second.byReviewer.find(r.id); it != cc->second.byReviewer.end())
                    n = it->second;
            row << n;
        }
        row << uuidText(id);
        s.rows.push_back(row);
    }
    return s;
}

QString codebookMarkdown(const Project &project)
{
    const CodebookData data(project);
    QString out = QStringLiteral("# %1\n\n").arg(mdEscape(codebookTitle(project)));
    for (const auto &[id, depth] : data.tree.order) {
        const Code &c = data.tree.byId.at(id);
        out += QStringLiteral("%1 %2%3\n\n")
                   .arg(QString(std::min(depth + 2, 6), QLatin1Char('#')), levelPrefix(depth), mdEscape(c.name));
        // The label and its colon in one text: Chinese writes a full-width colon.
        auto field = [&](const QString &labelText, const QString &value) {
            out += QStringLiteral("**%1** %2\n\n").arg(labelText, mdEscape(value));
        };
        if (!c.definition.isEmpty())
            field(QCoreApplication::translate("Export", "Definition:"), c.definition);
        if (!c.useWhen.isEmpty())
            field(QCoreApplication::translate("Export", "Use when:"), c.useWhen);
        if (!c.doNotUseWhen.isEmpty())
            field(QCoreApplication::translate("Export", "Do not use when:"), c.doNotUseWhen);
        if (data.example.count(id))
            out += QStringLiteral("**%1**\n\n> %2\n\n")
                       .arg(QCoreApplication::translate("Export", "Example:"), mdEscape(data.example.at(id)));
        out += QStringLiteral("*%1*\n\n").arg(mdEscape(data.countsText(id)));
    }
    return out;
}

QString codebookHtml(const Project &project)
{
    const CodebookData data(project);
    const QString title = codebookTitle(project);
    QString body = QStringLiteral("<h1>%1</h1>\n").arg(title.toHtmlEscaped());
    for (const auto &[id, depth] : data.tree.order) {
        const Code &c = data.tree.byId.at(id);
        const int h = std::min(depth + 2, 6);
        body += QStringLiteral("<h%1><span class=\"swatch\" style=\"background:%2\"></span>%3%4</h%1>\n")
                    .arg(h)
                    .arg(cssColor(c.color), levelPrefix(depth).toHtmlEscaped(), c.name.toHtmlEscaped());
        body += QStringLiteral("<dl>");
        auto field = [&](const QString &labelText, const QString &value) {
            body += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(labelText.toHtmlEscaped(), value);
        };
        if (!c.definition.isEmpty())
            field(QCoreApplication::translate("Export", "Definition"), html(c.definition));
        if (!c.useWhen.isEmpty())
            field(QCoreApplication::translate("Export", "Use when"), html(c.useWhen));
        if (!c.doNotUseWhen.isEmpty())
            field(QCoreApplication::translate("Export", "Do not use when"), html(c.doNotUseWhen));
        if (data.example.count(id))
            field(QCoreApplication::translate("Export", "Example"),
                QStringLiteral("<blockquote>%1</blockquote>").arg(html(data.example.at(id))));
        body += QStringLiteral("</dl>\n<p class=\"counts\">%1</p>\n").arg(data.countsText(id).toHtmlEscaped());
    }
    return htmlPage(title, body);
}

Status writeSheet(const Sheet &sheet, const QString &path, TableFormat format, const QString &title)
{
    switch (format) {
    case TableFormat::Csv:
        return writeCsv(sheet, path);
    case TableFormat::Xlsx:
        return writeXlsx({sheet}, path);
    case TableFormat::Markdown: {
        QString out = title.isEmpty() ? QString() : QStringLiteral("# %1\n\n").arg(mdEscape(title));
        QStringList cells;
        for (const QString &h : sheet.header)
            cells << mdEscape(h);
        out += QStringLiteral("| %1 |\n|%2\n").arg(cells.join(QStringLiteral(" | ")), QStringLiteral(" --- |").repeated(sheet.header.size()));
        for (const QVariantList &row : sheet.rows) {
            cells.clear();
            for (const QVariant &v : row)
                cells << mdEscape(v.toString());
            out += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
        }
        return writeText(path, out);
    }
    case TableFormat::Html: {
        QString body = title.isEmpty() ? QString() : QStringLiteral("<h1>%1</h1>\n").arg(title.toHtmlEscaped());
        body += QStringLiteral("<table>\n<tr>");
        for (const QString &h : sheet.header)
            body += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
        body += QStringLiteral("</tr>\n");
        for (const QVariantList &row : sheet.rows) {
            body += QStringLiteral("<tr>");
            for (const QVariant &v : row)
                body += QStringLiteral("<td>%1</td>").arg(html(v.toString()));
            body += QStringLiteral("</tr>\n");
        }
        body += QStringLiteral("</table>\n");
        return writeText(path, htmlPage(title, body));
    }
    }
    return makeError(QCoreApplication::translate("Export", "Unknown output format."));
}

Status exportCodebook(const Project &project, const QString &path, TableFormat format)
{
    switch (format) {
    case TableFormat::Markdown:
        return writeText(path, codebookMarkdown(project));
    case TableFormat::Html:
        return writeText(path, codebookHtml(project));
    case TableFormat::Csv:
    case TableFormat::Xlsx:
        return writeSheet(codebookSheet(project), path, format);
    }
    return makeError(QCoreApplication::translate("Export", "Unknown output format."));
}

std::vector<ThemeSummaryRow> themeSummary(const Project &project, const LayerChoice &layer)
{
    const Tree tree(project.allCodes());
    const std::vector<QUuid> who = layerReviewers(project, layer);
    const std::set<QUuid> whoSet(who.begin(), who.end());
    std::map<QUuid, std::vector<Coding>> byCode;
    for (const Coding &c : project.codings())
        if (whoSet.count(c.reviewerId))
            byCode[c.codeId].push_back(c);
    auto rollUp = [&](const QUuid &id, ThemeSummaryRow &row) {
        std::set<QUuid> records;
        for (const QUuid &node : tree.subtree(id))
            if (auto it = byCode.find(node); it != byCode.end())
                for (const Coding &c : it->second) {
                    ++row.segments;
                    records.insert(c.recordId);
                }
        row.records = static_cast<int>(records.size());
    };
    std::vector<ThemeSummaryRow> rows;
    std::vector<size_t> themes, subThemes;
    for (const auto &[id, depth] : tree.order) {
        if (depth > 1)
            continue;
        ThemeSummaryRow row;
        row.id = id;
        const QStringList path = tree.path(id);
        row.theme = path.value(0);
        row.subTheme = depth == 1 ? path.value(1) : QString();
        rollUp(id, row);
        (depth == 0 ? themes : subThemes).push_back(rows.size());
        rows.push_back(row);
    }
    for (const auto *level : {&themes, &subThemes}) {
        if (level->empty())
            continue;
        double sum = 0;
        for (size_t i : *level)
            sum += rows[i].segments;
        const double average = sum / static_cast<double>(level->size());
        for (size_t i : *level)
            rows[i].major = rows[i].segments > average;
    }
    return rows;
}

namespace {

QString weightName(bool major, Labels labels)
{
    return major ? label(QT_TRANSLATE_NOOP("Export", "major"), labels)
                 : label(QT_TRANSLATE_NOOP("Export", "minor"), labels);
}

QStringList themeHeader(Labels labels)
{
    return { label(QT_TRANSLATE_NOOP("Export", "Theme"), labels),
        label(QT_TRANSLATE_NOOP("Export", "Sub-theme"), labels),
        label(QT_TRANSLATE_NOOP("Export", "Coded segments"), labels),
        label(QT_TRANSLATE_NOOP("Export", "Records"), labels), label(QT_TRANSLATE_NOOP("Export", "Weight"), labels) };
}

Sheet themeSummarySheet(const Project &project, const LayerChoice &layer, Labels labels)
{
    Sheet s;
    s.name = QStringLiteral("Themes");
    s.header = themeHeader(labels);
    for (const ThemeSummaryRow &r : themeSummary(project, layer))
        s.rows.push_back({ r.theme, r.subTheme, r.segments, r.records, weightName(r.major, labels) });
    return s;
}

QString themesTitle(const Project &project)
{
    return QCoreApplication::translate("Export", "Themes: %1").arg(project.title());
}

} // namespace

Sheet themeSummarySheet(const Project &project, const LayerChoice &layer)
{
    return themeSummarySheet(project, layer, Labels::English);
}

QString themeSummaryHtml(const Project &project, const LayerChoice &layer)
{
    const QString title = themesTitle(project);
    QString body = QStringLiteral("<h1>%1</h1>\n<table>\n<tr>").arg(title.toHtmlEscaped());
    for (const QString &h : themeHeader(Labels::Reader))
        body += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    body += QStringLiteral("</tr>\n");
    for (const ThemeSummaryRow &r : themeSummary(project, layer))
        // One arg() call: a theme named "Theme %0" must not become a placeholder.
        body += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>\n")
                    .arg(r.major ? QStringLiteral(" class=\"major\"") : QString(),
                        r.subTheme.isEmpty() ? r.theme.toHtmlEscaped() : QString(), r.subTheme.toHtmlEscaped(),
                        QString::number(r.segments), QString::number(r.records),
                        weightName(r.major, Labels::Reader).toHtmlEscaped());
    body += QStringLiteral("</table>\n<p>%1</p>\n")
                .arg(QCoreApplication::translate("Export",
                    "A theme (or sub-theme) is <b>major</b> when it has more coded "
                    "segments than the average of its level, <b>minor</b> otherwise."));
    return htmlPage(title, body);
}

Status exportThemeSummary(const Project &project, const QString &path, TableFormat format, const LayerChoice &layer)
{
    if (format == TableFormat::Html)
        return writeText(path, themeSummaryHtml(project, layer));
    const Labels labels = format == TableFormat::Markdown ? Labels::Reader : Labels::English;
    return writeSheet(themeSummarySheet(project, layer, labels), path, format, themesTitle(project));
}

namespace {

/** The segments table's columns, in order. */
enum SegmentColumn {
    cId,
    cTitle,
    cAuthors,
    cYear,
    cJournal,
    cDoi,
    cPmid,
    cPath,
    cCode,
    cStart,
    cEnd,
    cQuote,
    cReviewer,
    cLayer,
    cRound,
    cMemo,
    cCodingId
};

Sheet segmentsSheet(const Project &project, const SegmentFilter &filter, QStringList *warnings, Labels labels)
{
    const Tree tree(project.allCodes());
    std::set<QUuid> codes;
    for (const QUuid &c : filter.codes) {
        const auto sub = tree.subtree(c);
        codes.insert(sub.begin(), sub.end());
    }
    const std::vector<QUuid> who = layerReviewers(project, filter.layer);
    const std::set<QUuid> whoSet(who.begin(), who.end());
    const QUuid consensus = project.consensusReviewer().id;
    QHash<QUuid, QString> reviewerNames, roundNames;
    for (const Reviewer &r : project.reviewers())
        reviewerNames[r.id] = r.id == consensus ? label(QT_TRANSLATE_NOOP("Export", "Consensus"), labels) : r.name;
    for (const Round &r : project.rounds())
        roundNames[r.id] = r.name;

    Records recs(project);
    std::vector<Coding> list;
    std::map<QUuid, QSet<QUuid>> hiddenFromViewer; // records, by coding owner
    auto hidden = [&](const Coding &c) {
        if (filter.viewer.isNull() || c.reviewerId == filter.viewer)
            return false;
        auto it = hiddenFromViewer.find(c.reviewerId);
        if (it == hiddenFromViewer.end())
            it = hiddenFromViewer.emplace(c.reviewerId, project.recordsHiddenFrom(filter.viewer, {c.reviewerId})).first;
        return it->second.contains(c.recordId);
    };
    for (const Coding &c : project.codings()) {
        if (!whoSet.count(c.reviewerId) || hidden(c))
            continue;
        if (!codes.empty() && !codes.count(c.codeId))
            continue;
        if (filter.round && c.roundId != *filter.round)
            continue;
        list.push_back(c);
    }
    std::sort(list.begin(), list.end(), [&](const Coding &a, const Coding &b) {
        const qint64 sa = recs.seq[a.recordId], sb = recs.seq[b.recordId];
        if (sa != sb)
            return sa < sb;
        return a.span != b.span ? a.span < b.span : a.id < b.id;
    });
    Sheet s;
    s.name = QStringLiteral("Coded segments");
    for (const char *h : { QT_TRANSLATE_NOOP("Export", "Record ID"), QT_TRANSLATE_NOOP("Export", "Title"),
             QT_TRANSLATE_NOOP("Export", "Authors"), QT_TRANSLATE_NOOP("Export", "Year"),
             QT_TRANSLATE_NOOP("Export", "Journal"), QT_TRANSLATE_NOOP("Export", "DOI"),
             QT_TRANSLATE_NOOP("Export", "PMID"), QT_TRANSLATE_NOOP("Export", "Code path"),
             QT_TRANSLATE_NOOP("Export", "Code"), QT_TRANSLATE_NOOP("Export", "Start"),
             QT_TRANSLATE_NOOP("Export", "End"), QT_TRANSLATE_NOOP("Export", "Quote"),
             QT_TRANSLATE_NOOP("Export", "Reviewer"), QT_TRANSLATE_NOOP("Export", "Layer"),
             QT_TRANSLATE_NOOP("Export", "Round"), QT_TRANSLATE_NOOP("Export", "Memo"),
             QT_TRANSLATE_NOOP("Export", "Coding ID") })
        s.header << label(h, labels);
    const QString consensusLayer = label(QT_TRANSLATE_NOOP("Export", "consensus"), labels);
    const QString reviewerLayer = label(QT_TRANSLATE_NOOP("Export", "reviewer"), labels);
    for (const Coding &c : list) {
        const Record *r = recs.get(c.recordId);
        if (!r)
            continue;
        // Never an offset outside the text, never an empty quote (a damaged file).
        const FittedSpan fit = fitCodingSpan(c, text::codePointLength(r->text));
        if (!fit.problem.isEmpty() && warnings)
            warnings->append(fit.problem);
        if (!fit.span)
            continue;
        Coding shown = c;
        shown.span = *fit.span;
        const QStringList path = tree.path(c.codeId);
        s.rows.push_back({ uuidText(r->id), r->title, r->authors.join(QStringLiteral("; ")),
            r->year ? QVariant(*r->year) : QVariant(QString()), r->journal, r->doi, r->pmid, path.join(kSep),
            path.value(path.size() - 1), static_cast<qlonglong>(shown.span.start),
            static_cast<qlonglong>(shown.span.end), recs.quote(shown), reviewerNames.value(c.reviewerId),
            c.reviewerId == consensus ? consensusLayer : reviewerLayer, roundNames.value(c.roundId), c.memo,
            uuidText(c.id) });
    }
    return s;
}

QString segmentsTitle(const Project &project)
{
    return QCoreApplication::translate("Export", "Coded segments: %1").arg(project.title());
}

} // namespace

Sheet segmentsSheet(const Project &project, const SegmentFilter &filter, QStringList *warnings)
{
    return segmentsSheet(project, filter, warnings, Labels::English);
}

QString segmentsHtml(const Project &project, const SegmentFilter &filter, QStringList *warnings)
{
    // One section per record (its reference once) and a four-column table whose widths add
    // up to the page: a 17-column table squeezed the quote and lost columns when printed.
    const Sheet sheet = segmentsSheet(project, filter, warnings, Labels::Reader);
    const QString title = segmentsTitle(project);
    QString body = QStringLiteral("<h1>%1</h1>\n<p class=\"counts\">%2</p>\n")
                       .arg(title.toHtmlEscaped(),
                           QCoreApplication::translate("Export", "%1 coded segment(s)").arg(sheet.rows.size()));
    // The code's name stands out; the themes above it follow in small print.
    auto codeCell = [](const QString &path) {
        QStringList parts = path.split(kSep);
        const QString name = parts.takeLast();
        return parts.isEmpty() ? QStringLiteral("<b>%1</b>").arg(html(name))
                               : QStringLiteral("<b>%1</b><br><span class=\"counts\">%2</span>")
                                     .arg(html(name), html(parts.join(QStringLiteral(" › "))));
    };
    QString currentRecord;
    bool open = false;
    for (const QVariantList &row : sheet.rows) {
        auto v = [&](qsizetype c) { return row.value(c).toString(); };
        if (v(cId) != currentRecord) {
            if (open)
                body += QStringLiteral("</table>\n");
            currentRecord = v(cId);
            QStringList reference;
            const QStringList authors = v(cAuthors).split(QStringLiteral("; "), Qt::SkipEmptyParts);
            if (!authors.isEmpty())
                reference << (authors.size() > 2
                        ? QCoreApplication::translate("Export", "%1 et al.").arg(authors.first())
                        : authors.join(QStringLiteral(" & ")));
            if (!v(cYear).isEmpty())
                reference << QStringLiteral("(%1)").arg(v(cYear));
            if (!v(cJournal).isEmpty())
                reference << v(cJournal);
            if (!v(cDoi).isEmpty())
                reference << QStringLiteral("doi:") + v(cDoi);
            body += QStringLiteral("<h2>%1</h2>\n")
                        .arg(html(v(cTitle).isEmpty() ? QCoreApplication::translate("Export", "(untitled record)")
                                                      : v(cTitle)));
            if (!reference.isEmpty())
                body += QStringLiteral("<p class=\"counts\">%1</p>\n").arg(html(reference.join(QLatin1Char(' '))));
            // One arg() call: the widths' percent signs are no placeholders.
            body += QStringLiteral("<table width=\"100%\" class=\"segments\"><tr><th width=\"22%\">%1</th>"
                                   "<th width=\"44%\">%2</th><th width=\"14%\">%3</th><th width=\"20%\">%4</th></tr>\n")
                        .arg(sheet.header[cCode].toHtmlEscaped(), sheet.header[cQuote].toHtmlEscaped(),
                            sheet.header[cReviewer].toHtmlEscaped(), sheet.header[cMemo].toHtmlEscaped());
            open = true;
        }
        QString who = html(v(cReviewer));
        if (!v(cRound).isEmpty())
            who += QStringLiteral("<br><span class=\"counts\">%1</span>").arg(html(v(cRound)));
        body += QStringLiteral("<tr><td width=\"22%\">%1</td><td width=\"44%\">%2</td><td width=\"14%\">%3</td>"
                               "<td width=\"20%\">%4</td></tr>\n")
                    .arg(codeCell(v(cPath)), html(v(cQuote)), who, html(v(cMemo)));
    }
    if (open)
        body += QStringLiteral("</table>\n");
    return htmlPage(title, body);
}

Status exportSegments(const Project &project, const QString &path, TableFormat format, const SegmentFilter &filter,
                      QStringList *warnings)
{
    if (format == TableFormat::Html)
        return writeText(path, segmentsHtml(project, filter, warnings));
    const Labels labels = format == TableFormat::Markdown ? Labels::Reader : Labels::English;
    return writeSheet(segmentsSheet(project, filter, warnings, labels), path, format, segmentsTitle(project));
}

} // namespace dyad::core::io
