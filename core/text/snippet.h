#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace dyad::core::text {

/** One phrase of a search expression made by ftsQueryFor(): folded word tokens in order. */
struct SearchPhrase
{
    QStringList tokens;   ///< folded as foldForSearch() folds; never empty
    bool prefix = false;  ///< the last token matches any word it begins (`word*`)
    friend bool operator==(const SearchPhrase &, const SearchPhrase &) = default;
};

/**
 * The phrases of an FTS5 expression made by ftsQueryFor(): each quoted phrase (a doubled
 * quote inside stands for one), split into folded word tokens like the index, with a `*`
 * after the closing quote asking for a prefix match. Phrases without a searchable token
 * are left out. All phrases must match (they are ANDed).
 */
std::vector<SearchPhrase> searchPhrases(const QString &ftsExpression);

/**
 * The search-result snippet of @p text for @p phrases, as the project file's full-text
 * search shows it (SQLite FTS5's snippet() over the `dyad` tokenizer, with `[`, `]`, `…`
 * and @p tokens words), so that a team server shows the same snippet as a file:
 *
 * - the words are text::wordTokens() folded with foldForSearch() (empty folds skipped),
 *   which is what the tokenizer indexes, Chinese split into words;
 * - the window of @p tokens words is the one whose matches score best: 1000 for each
 *   phrase seen first in it, 1 for each repeat, centred on its matches; a window starting
 *   at a sentence (the first word, or a word after "." or ":" and white space) scores 100
 *   more (120 at the text's start), and a later candidate must score higher to win;
 * - matched phrases are wrapped in [ and ] (overlapping ones as one), "…" marks text cut
 *   off at either end, and the text between words is kept as it is.
 *
 * Without a match in @p text (the words were in the title only) the snippet is the
 * first @p tokens words.
 */
QString searchSnippet(const QString &text, const std::vector<SearchPhrase> &phrases, int tokens = 16);

} // namespace dyad::core::text
