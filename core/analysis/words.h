#pragma once

#include "core/analysis/scope.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace dyad::core::analysis {

/** Which text the word analyses read, and how words are counted. */
struct WordOptions
{
    /**
     * Read the text a code covers (the code and, for a theme, every code below it), in any
     * layer of the scope; each stretch of text counts once even when several layers or
     * overlapping codings cover it. Unset: the text covered by any code in scope.
     */
    std::optional<QUuid> codeId;
    /** Ignore codings: read every record's whole text (a baseline for comparison). */
    bool wholeRecords = false;
    bool removeStopWords = true;   ///< English and Chinese lists, see isStopWord()
    bool includeNumbers = false;   ///< tokens such as "2019" or "3.5"
    int minLength = 1;             ///< in code points; 2 drops single letters but also 者, 村
};

/** One word (as folded) with its counts. */
struct WordCount
{
    QString word;                  ///< case-folded form
    int count = 0;                 ///< occurrences
    int records = 0;               ///< records it occurs in
};

struct WordTable
{
    std::vector<WordCount> words;  ///< by count, descending, then word
    qint64 tokens = 0;             ///< word tokens read (after stop words and filters)
    int records = 0;               ///< records that contributed text
    QJsonObject toJson() const;
};

/** One keyword-in-context line. */
struct KwicLine
{
    QUuid recordId;
    QString recordTitle;
    Span span;                     ///< the keyword's span in the record's text
    QString left;                  ///< up to N code points before it (whitespace runs as one space)
    QString keyword;               ///< as written in the text
    QString right;                 ///< up to N code points after it
};

/**
 * One word token of a text, from core/text's ICU word segmentation (UAX #29 with
 * dictionary segmentation, so Chinese runs split into words: 社区卫生工作者 → 社区 | 卫生 |
 * 工作 | 者). Spaces, punctuation and emoji are not counted as words.
 */
struct WordToken
{
    Span span;
    bool isNumber = false;
};
/** The tokens of @p text, in order. The single tokenisation point of this module. */
std::vector<WordToken> wordTokens(const QString &text);

/** Case folding used for counting ("Health", "HEALTH" → "health"); full folding (ß → ss). */
QString foldWord(const QString &word);

/** True for a word (already folded) in the built-in English or Chinese stop-word list. */
bool isStopWord(const QString &folded);
/** The built-in stop words (folded), English then Chinese: for documentation and the UI. */
QStringList stopWords();

/** Word frequencies of the text selected by @p options in @p scope. */
WordTable computeWords(const Project &project, const Scope &scope, const WordOptions &options = {});

/**
 * Keyword in context: every occurrence of @p word in the text selected by @p options, with
 * @p context code points on either side (taken from the whole record, not only the coded
 * passage). @p word may be several tokens ("health worker", "卫生工作"): it matches that
 * sequence of tokens, compared after folding. Stop-word and length filters do not apply.
 * @p limit > 0 caps the number of lines.
 */
std::vector<KwicLine> keywordInContext(const Project &project, const Scope &scope, const WordOptions &options,
                                       const QString &word, int context = 40, int limit = 0);

} // namespace dyad::core::analysis
