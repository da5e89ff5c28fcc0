#include "core/analysis/words.h"

#include "core/model/project.h"
#include "core/text/breaks.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <unordered_map>

namespace dyad::core::analysis {

namespace {

/** What a record contributes: its text as code points, tokens, and the spans to read. */
struct RecordText
{
    QUuid id;
    QString title;
    QString text;
    std::u32string codePoints;
    std::vector<WordToken> tokens;
    std::vector<Span> selected;   ///< merged; empty means the whole text when reading whole records
};

/** Indices of the tokens at least half covered by @p spans (sorted, merged). */
std::vector<size_t> selectedTokens(const std::vector<WordToken> &tokens, const std::vector<Span> &spans)
{
    std::vector<size_t> out;
    size_t s = 0;
    for (size_t t = 0; t < tokens.size(); ++t) {
        const Span &tok = tokens[t].span;
        while (s < spans.size() && spans[s].end <= tok.start)
            ++s;
        Offset covered = 0;
        for (size_t k = s; k < spans.size() && spans[k].start < tok.end; ++k)
            covered += tok.overlapLength(spans[k]);
        if (2 * covered >= tok.length() && covered > 0)
            out.push_back(t);
    }
    return out;
}

/**
 * Visits the records whose text @p options select, in import order, with the selected
 * spans merged (touching spans joined too: here only coverage matters).
 */
template<typename Visit>
void forEachSelectedRecord(const Project &project, const Scope &scope, const WordOptions &options, Visit visit)
{
    std::unordered_map<QUuid, std::vector<Span>, UuidHash> spans;
    if (!options.wholeRecords) {
        const CodeTree tree(project.allCodes());
        const int target = options.codeId ? tree.indexOf(*options.codeId) : -1;
        if (options.codeId && target < 0)
            return;
        for (const Coding &c : scopedCodings(project, scope)) {
            const int node = tree.indexOf(c.codeId);
            if (node < 0 || (target >= 0 && !tree.isWithin(node, target)))
                continue;
            spans[c.recordId].push_back(c.span);
        }
    }
    for (const RecordSummary &summary : project.recordSummaries()) {
        std::vector<Span> selected;
        if (!options.wholeRecords) {
            auto it = spans.find(summary.id);
            if (it == spans.end())
                continue;
            std::sort(it->second.begin(), it->second.end());
            for (const Span &s : it->second) {
                if (!selected.empty() && s.start <= selected.back().end)
                    selected.back().end = std::max(selected.back().end, s.end);
                else
                    selected.push_back(s);
            }
        }
        const auto record = project.record(summary.id);
        if (!record)
            continue;
        RecordText r;
        r.id = record->id;
        r.title = record->title;
        r.text = record->text;
        r.codePoints = codePointsOf(r.text);
        r.tokens = wordTokens(r.text);
        if (options.wholeRecords)
            selected = {Span{0, Offset(r.codePoints.size())}};
        r.selected = std::move(selected);
        visit(r);
    }
}

/** Runs of whitespace (line breaks included) become one space; at most one at each edge. */
QString collapseSpaces(const QString &s)
{
    QString out;
    out.reserve(s.size());
    bool space = false;
    for (QChar c : s) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c;
    }
    if (space)
        out += u' ';
    return out;
}

} // namespace

std::vector<WordToken> wordTokens(const QString &text)
{
    std::vector<WordToken> out;
    for (const text::Token &t : text::tokens(text)) {
        if (t.kind == text::TokenKind::Emoji)
            continue; // not a word to count
        out.push_back({t.span, t.kind == text::TokenKind::Number});
    }
    return out;
}

QString foldWord(const QString &word)
{
    icu::UnicodeString s(reinterpret_cast<const char16_t *>(word.utf16()), int32_t(word.size()));
    s.foldCase(U_FOLD_CASE_DEFAULT);
    QString out(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
    out.replace(QChar(0x2019), u'\''); // typographic apostrophe: don’t = don't
    return out;
}

WordTable computeWords(const Project &project, const Scope &scope, const WordOptions &options)
{
    WordTable table;
    QHash<QString, std::pair<int, int>> counts; // word → (count, records)
    forEachSelectedRecord(project, scope, options, [&](const RecordText &r) {
        QSet<QString> seen;
        for (size_t t : selectedTokens(r.tokens, r.selected)) {
            const WordToken &tok = r.tokens[t];
            if (tok.isNumber && !options.includeNumbers)
                continue;
            if (tok.span.length() < options.minLength)
                continue;
            const QString word = foldWord(textOf(r.codePoints, tok.span));
            if (options.removeStopWords && isStopWord(word))
                continue;
            auto &c = counts[word];
            ++c.first;
            if (!seen.contains(word)) {
                seen.insert(word);
                ++c.second;
            }
            ++table.tokens;
        }
        ++table.records;
    });
    table.words.reserve(size_t(counts.size()));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        table.words.push_back({it.key(), it.value().first, it.value().second});
    std::sort(table.words.begin(), table.words.end(), [](const WordCount &a, const WordCount &b) {
        return a.count != b.count ? a.count > b.count : a.word < b.word;
    });
    return table;
}

std::vector<KwicLine> keywordInContext(const Project &project, const Scope &scope, const WordOptions &options,
                                       const QString &word, int context, int limit)
{
    std::vector<KwicLine> out;
    const QString query = word.normalized(QString::NormalizationForm_C);
    const std::u32string queryCps = codePointsOf(query);
    QStringList wanted;
    for (const WordToken &t : wordTokens(query))
        wanted << foldWord(textOf(queryCps, t.span));
    if (wanted.isEmpty())
        return out;
    context = std::max(0, context);
    bool full = false;
    forEachSelectedRecord(project, scope, options, [&](const RecordText &r) {
        if (full)
            return;
        const std::vector<size_t> sel = selectedTokens(r.tokens, r.selected);
        for (size_t k = 0; k + size_t(wanted.size()) <= sel.size(); ++k) {
            bool match = true;
            for (qsizetype w = 0; w < wanted.size() && match; ++w) {
                const size_t t = sel[k + size_t(w)];
                // the tokens must be consecutive in the text, not only in the selection
                if (w > 0 && t != sel[k] + size_t(w))
                    match = false;
                else
                    match = foldWord(textOf(r.codePoints, r.tokens[t].span)) == wanted[w];
            }
            if (!match)
                continue;
            const Span span{r.tokens[sel[k]].span.start, r.tokens[sel[k + size_t(wanted.size()) - 1]].span.end};
            KwicLine line;
            line.recordId = r.id;
            line.recordTitle = r.title;
            line.span = span;
            line.keyword = textOf(r.codePoints, span);
            line.left = collapseSpaces(textOf(r.codePoints, {span.start - context, span.start}));
            line.right = collapseSpaces(textOf(r.codePoints, {span.end, span.end + context}));
            out.push_back(std::move(line));
            if (limit > 0 && int(out.size()) >= limit) {
                full = true;
                return;
            }
        }
    });
    return out;
}

QJsonObject WordTable::toJson() const
{
    QJsonArray rows;
    for (const WordCount &w : words)
        rows.append(QJsonObject{{QStringLiteral("word"), w.word},
                                {QStringLiteral("count"), w.count},
                                {QStringLiteral("records"), w.records}});
    return QJsonObject{{QStringLiteral("tokens"), tokens},
                       {QStringLiteral("records"), records},
                       {QStringLiteral("words"), rows}};
}

} // namespace dyad::core::analysis
