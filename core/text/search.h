#pragma once

#include "core/base/span.h"

#include <QString>

#include <vector>

namespace dyad::core::text {

/**
 * Folds @p text for case- and accent-insensitive matching. Each code point is, in turn:
 * mapped from its full-width/half-width form to the ordinary one (Ｃ → C, ｶ → カ);
 * decomposed (NFD) with the combining diacritics (U+0300–036F and the other "Combining
 * Diacritical Marks" blocks) removed; case-folded with full folding (ß → ss, İ → i);
 * recomposed (NFC). Typographic apostrophes become ' and hyphen/dash variants become -;
 * default-ignorable characters (soft hyphen, zero-width space, ZWJ) vanish.
 *
 * Marks that are letters of their script are kept: Japanese voicing marks (が ≠ か),
 * Devanagari virama, Arabic and Hebrew vowel points. The same folding is used by findAll()
 * and by the `dyad` full-text tokenizer, so search results agree everywhere.
 */
QString foldForSearch(const QString &text);

/**
 * All non-overlapping occurrences of @p query in @p text, matched after foldForSearch()
 * on both, as code-point spans of the ORIGINAL @p text (not of the folded text). Folding
 * may change lengths ("Straße" folds to "strasse"; "e" + U+0301 to "e"); spans are mapped
 * back so that they cover whole characters: a match that begins or ends inside the folded
 * form of one character covers all of it, and combining marks that follow a match are
 * included. Empty (or fully ignorable) queries match nothing.
 */
std::vector<Span> findAll(const QString &text, const QString &query);

/**
 * Turns what a user typed into a search box into a safe FTS5 MATCH expression for tables
 * that use the `dyad` tokenizer (see core/db/icutokenizer.h).
 *
 * - Each whitespace-separated chunk becomes one quoted phrase of its word tokens, so
 *   "COVID-19" searches the phrase "covid 19" and characters such as `"`, `(`, `:`, `-`,
 *   `^` or the words AND/OR/NOT/NEAR never act as FTS5 syntax. Chunks are ANDed.
 * - A chunk of Chinese/Japanese, typed without spaces, is segmented like the index
 *   (社区卫生工作者 → "社区 卫生 工作 者"), so it matches the same consecutive words.
 * - Text the user put between double quotes is one phrase even across spaces.
 * - A `*` typed right after a chunk asks for a prefix match of its last token.
 *
 * Returns an empty string when the input has no searchable token; the caller should then
 * not run a query (an empty MATCH is an FTS5 syntax error).
 */
QString ftsQueryFor(const QString &userQuery);

} // namespace dyad::core::text
