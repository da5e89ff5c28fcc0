#include "core/text/snippet.h"

#include "core/text/breaks.h"
#include "core/text/offsets.h"
#include "core/text/search.h"

#include <algorithm>

namespace dyad::core::text {

namespace {

/** A word as the index holds it: its UTF-16 range in the text and its folded form. */
struct Word
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QString folded;
};

std::vector<Word> indexedWords(const QString &text)
{
    std::vector<Word> out;
    const OffsetMap map(text);
    for (const Span &span : wordTokens(text)) {
        const auto [begin, end] = map.toUtf16(span);
        QString folded = foldForSearch(text.mid(begin, end - begin));
        if (!folded.isEmpty()) // the tokenizer skips words that fold to nothing
            out.push_back({begin, end, std::move(folded)});
    }
    return out;
}

QStringList foldedTokens(const QString &text)
{
    QStringList out;
    for (const Word &w : indexedWords(text))
        out << w.folded;
    return out;
}

/** One place a phrase matches: its first word and its length in words. */
struct Hit
{
    int phrase = 0;
    int pos = 0;
    int size = 0;
};

std::vector<Hit> hitsIn(const std::vector<Word> &words, const std::vector<SearchPhrase> &phrases)
{
    std::vector<Hit> hits;
    const int count = int(words.size());
    for (int p = 0; p < int(phrases.size()); ++p) {
        const SearchPhrase &phrase = phrases[size_t(p)];
        const int size = int(phrase.tokens.size());
        for (int at = 0; at + size <= count; ++at) {
            bool match = true;
            for (int j = 0; j < size && match; ++j) {
                const QString &word = words[size_t(at + j)].folded;
                const QString &token = phrase.tokens[j];
                match = (phrase.prefix && j == size - 1) ? word.startsWith(token) : word == token;
            }
            if (match)
                hits.push_back({p, at, size});
        }
    }
    // In the order of the text; at one word, in the order of the phrases.
    std::sort(hits.begin(), hits.end(),
              [](const Hit &a, const Hit &b) { return a.pos != b.pos ? a.pos < b.pos : a.phrase < b.phrase; });
    return hits;
}

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

/** Words that begin a sentence: the first, and any after "." or ":" and white space. */
std::vector<int> sentenceStarts(const QString &text, const std::vector<Word> &words)
{
    std::vector<int> out;
    for (int pos = 0; pos < int(words.size()); ++pos) {
        if (pos == 0) {
            out.push_back(0);
            continue;
        }
        const qsizetype before = words[size_t(pos)].begin - 1;
        qsizetype i = before;
        while (i >= 0 && isBlank(text[i]))
            --i;
        if (i != before && i >= 0 && (text[i] == QLatin1Char('.') || text[i] == QLatin1Char(':')))
            out.push_back(pos);
    }
    return out;
}

/** The window of @p length words from @p from: its score, and where it starts once centred on its hits. */
struct Window
{
    int score = 0;
    int centredStart = 0;
};

Window scoreWindow(const std::vector<Hit> &hits, size_t phraseCount, int from, int length, int wordCount)
{
    std::vector<char> seen(phraseCount, 0);
    Window w;
    int first = -1;
    int last = 0;
    for (const Hit &h : hits) {
        if (h.pos < from || h.pos >= from + length)
            continue;
        w.score += seen[size_t(h.phrase)] ? 1 : 1000;
        seen[size_t(h.phrase)] = 1;
        if (first < 0)
            first = h.pos;
        last = h.pos + h.size;
    }
    int start = first - (length - (last - first)) / 2;
    if (start + length > wordCount)
        start = wordCount - length;
    w.centredStart = std::max(start, 0);
    return w;
}

/** Runs of overlapping hits, each marked once. */
struct Marked
{
    int start = -1;
    int end = -1; ///< last word, inclusive
};

class MarkedRuns
{
public:
    explicit MarkedRuns(const std::vector<Hit> &hits)
        : m_hits(hits)
    {
        next();
    }
    const Marked &current() const { return m_run; }
    void next()
    {
        m_run = {};
        while (m_at < m_hits.size()) {
            const Hit &h = m_hits[m_at];
            const int end = h.pos + h.size - 1;
            if (m_run.start < 0) {
                m_run = {h.pos, end};
            } else if (h.pos <= m_run.end) {
                m_run.end = std::max(m_run.end, end);
            } else {
                break;
            }
            ++m_at;
        }
    }

private:
    const std::vector<Hit> &m_hits;
    size_t m_at = 0;
    Marked m_run;
};

} // namespace

std::vector<SearchPhrase> searchPhrases(const QString &e)
{
    std::vector<SearchPhrase> out;
    for (qsizetype i = 0; i < e.size(); ++i) {
        if (e[i] != QLatin1Char('"'))
            continue;
        QString phrase;
        qsizetype j = i + 1;
        for (; j < e.size(); ++j) {
            if (e[j] == QLatin1Char('"')) {
                if (j + 1 < e.size() && e[j + 1] == QLatin1Char('"')) { // FTS5 doubles a quote
                    phrase += QLatin1Char('"');
                    ++j;
                    continue;
                }
                break;
            }
            phrase += e[j];
        }
        const bool prefix = j + 1 < e.size() && e[j + 1] == QLatin1Char('*');
        i = prefix ? j + 1 : j;
        QStringList tokens = foldedTokens(phrase);
        if (!tokens.isEmpty())
            out.push_back({std::move(tokens), prefix});
    }
    return out;
}

QString searchSnippet(const QString &text, const std::vector<SearchPhrase> &phrases, int tokens)
{
    const std::vector<Word> words = indexedWords(text);
    const std::vector<Hit> hits = hitsIn(words, phrases);
    const int count = int(words.size());
    tokens = std::max(tokens, 1);

    // The best window: each hit proposes the window centred on it, and the sentence it is in.
    const std::vector<int> sentences = sentenceStarts(text, words);
    int bestScore = 0;
    int bestStart = 0;
    for (const Hit &h : hits) {
        const Window centred = scoreWindow(hits, phrases.size(), h.pos, tokens, count);
        if (centred.score > bestScore) {
            bestScore = centred.score;
            bestStart = centred.centredStart;
        }
        if (sentences.empty() || count <= tokens)
            continue;
        size_t s = 0;
        while (s + 1 < sentences.size() && sentences[s + 1] <= h.pos)
            ++s;
        if (sentences[s] < h.pos) {
            const int score = scoreWindow(hits, phrases.size(), sentences[s], tokens, count).score
                + (sentences[s] == 0 ? 120 : 100);
            if (score > bestScore) {
                bestScore = score;
                bestStart = sentences[s];
            }
        }
    }

    const int rangeStart = bestStart;
    const int rangeEnd = bestStart + tokens - 1;
    QString out;
    if (rangeStart > 0)
        out += QChar(0x2026);
    MarkedRuns runs(hits);
    while (runs.current().start >= 0 && runs.current().start < rangeStart)
        runs.next();
    qsizetype copied = 0; // text before this offset is in `out` (or cut off)
    auto copyTo = [&](qsizetype to) {
        out += QStringView(text).mid(copied, to - copied);
        copied = to;
    };
    for (int pos = rangeStart; pos <= rangeEnd && pos < count; ++pos) {
        const Word &w = words[size_t(pos)];
        if (rangeStart > 0 && pos == rangeStart)
            copied = w.begin;
        if (pos == runs.current().start) {
            copyTo(w.begin);
            out += QLatin1Char('[');
        }
        if (pos == runs.current().end) {
            if (runs.current().start < rangeStart)
                out += QLatin1Char('[');
            copyTo(w.end);
            out += QLatin1Char(']');
            runs.next();
        }
        if (pos == rangeEnd) {
            copyTo(w.end);
            if (pos >= runs.current().start && pos < runs.current().end)
                out += QLatin1Char(']');
        }
    }
    if (rangeEnd >= count - 1)
        copyTo(text.size());
    else
        out += QChar(0x2026);
    return out;
}

} // namespace dyad::core::text
