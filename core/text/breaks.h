#pragma once

#include "core/base/span.h"

#include <QString>

#include <vector>

namespace dyad::core::text {

/** What kind of word token a segment is (from the ICU word break rule status). */
enum class TokenKind {
    Number, ///< digits, including "3.5" and "1,000"
    Letter, ///< alphabetic words (Latin, Cyrillic, Hangul, ...)
    Kana, ///< Hiragana or Katakana words
    Ideographic, ///< Han words found by dictionary segmentation, or single ideographs
    Emoji, ///< an emoji, including ZWJ sequences, flags and modifiers
};

/** One word token: its code-point span and kind. */
struct Token
{
    Span span;
    TokenKind kind = TokenKind::Letter;
    friend bool operator==(const Token &, const Token &) = default;
};

/**
 * Word tokens of @p text as code-point spans, in order. Spaces and punctuation are
 * skipped. Uses ICU's word break rules (UAX #29) with dictionary segmentation, so Chinese
 * and Japanese runs are split into words (社区卫生工作者 → 社区 | 卫生 | 工作 | 者), combining
 * marks stay with their base and an emoji ZWJ sequence is one token.
 *
 * Cheap to call repeatedly: the ICU iterator is cached per thread.
 */
std::vector<Span> wordTokens(const QString &text);

/** Like wordTokens(), with the kind of each token. */
std::vector<Token> tokens(const QString &text);

/**
 * Sentence spans of @p text (ICU sentence rules; a line break also ends a sentence, and
 * common English abbreviations such as "e.g." and "Dr." do not). Leading and trailing
 * whitespace is excluded from each span; whitespace-only segments are dropped.
 */
std::vector<Span> sentenceSpans(const QString &text);

/**
 * Expands @p selection to whole words, for the optional snapping when a reviewer selects
 * text: a start inside a word moves back to the word's start, an end inside a word moves
 * forward to its end, then whitespace at either edge is dropped. Punctuation at the edges
 * is kept as selected. An empty selection inside a word becomes that word. A selection
 * that covers whitespace only is returned unchanged (clamped to the text).
 */
Span snapToWords(const QString &text, const Span &selection);

} // namespace dyad::core::text
