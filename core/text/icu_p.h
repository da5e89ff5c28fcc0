#pragma once

// Private helpers shared by core/text and core/db/icutokenizer.cpp. Not part of the API:
// ICU types must not leak into the public headers.

#include <QString>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <cstdint>

namespace dyad::core::text::detail {

/** A read-only ICU view of a QString's UTF-16 buffer (no copy). */
inline icu::UnicodeString aliasOf(const QString &text)
{
    return icu::UnicodeString(
        false, reinterpret_cast<const char16_t *>(text.utf16()), static_cast<int32_t>(text.size()));
}

/** Copies an ICU string into a QString. */
inline QString toQString(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

enum class BreakKind { Word, Sentence };

/**
 * A per-thread cached ICU break iterator, positioned over @p data (which must outlive the
 * use of the returned iterator). Creating break iterators is costly (rule and dictionary
 * loading), so each thread keeps one of each kind and only resets its text.
 * Returns nullptr if ICU could not create the iterator (missing data).
 */
icu::BreakIterator *breakIterator(BreakKind kind, const char16_t *data, int32_t length);

/** Token classes of the word break rule status (see wordTokens()). */
enum class SegmentClass { None, Number, Letter, Kana, Ideographic, Emoji };

/**
 * Classifies the word-break segment [start, end) of @p data given the iterator's rule
 * status for it. None means "not a token" (spaces, punctuation, symbols).
 */
SegmentClass classifySegment(int32_t ruleStatus, const char16_t *data, int32_t start, int32_t end);

} // namespace dyad::core::text::detail
