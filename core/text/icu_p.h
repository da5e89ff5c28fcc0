#pragma once

// Private helpers shared by core/text and core/db/icutokenizer.cpp. Not part of the API:
// ICU types must not leak into the public headers.

#include <QString>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <cstdint>
#include <type_traits>

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

/** Word-break classes of the ASCII characters (UAX #29 as ICU's root rules have them). */
enum class AsciiWordClass : std::uint8_t { Other, Letter, Digit, Underscore, MidNumLet, MidNum, Quote };

constexpr AsciiWordClass asciiWordClass(unsigned c)
{
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
        return AsciiWordClass::Letter;
    switch (c) {
    case '@': return AsciiWordClass::Letter; // ICU counts '@' as ALetter, so "a@b" is one word
    case '_': return AsciiWordClass::Underscore;
    case '.': return AsciiWordClass::MidNumLet;
    case ',':
    case ';': return AsciiWordClass::MidNum;
    case '\'': return AsciiWordClass::Quote;
    default: return c >= '0' && c <= '9' ? AsciiWordClass::Digit : AsciiWordClass::Other;
    }
}

/** True when every unit of [data, data + length) is ASCII. */
template <typename Unit>
bool isAscii(const Unit *data, std::int64_t length)
{
    Unit any = 0;
    for (std::int64_t i = 0; i < length; ++i)
        any |= data[i];
    return static_cast<std::make_unsigned_t<Unit>>(any) < 0x80;
}

/**
 * Word segmentation of ASCII-only text that gives exactly ICU's root word-break segments
 * and rule statuses (checked against ICU by test_text_breaks), for the common case of an
 * English abstract: ICU's iterator costs about ten times more. Calls
 * fn(start, end, SegmentClass) for each token (Letter or Number); segments that are not
 * tokens (spaces, punctuation, a lone '_') are skipped. Works on UTF-8 bytes and on UTF-16
 * units alike, since for ASCII they are the same characters.
 */
template <typename Unit, typename Fn>
void forEachAsciiWord(const Unit *data, std::int64_t length, Fn &&fn)
{
    using C = AsciiWordClass;
    auto cls = [&](std::int64_t i) { return asciiWordClass(static_cast<unsigned>(data[i])); };
    auto isWord = [](C c) { return c == C::Letter || c == C::Digit || c == C::Underscore; };
    for (std::int64_t i = 0; i < length;) {
        C prev = cls(i);
        if (!isWord(prev)) {
            ++i;
            continue;
        }
        const std::int64_t start = i;
        // The status of a segment is that of the last rule ICU applied: a letter ends a
        // "letter" word, a digit a "number", '_' takes the class of what it follows.
        SegmentClass status = prev == C::Letter ? SegmentClass::Letter
            : prev == C::Digit                  ? SegmentClass::Number
                                                : SegmentClass::None; // a lone '_' is no word
        ++i;
        while (i < length) {
            const C c = cls(i);
            if (isWord(c)) {
                if (c == C::Letter)
                    status = SegmentClass::Letter;
                else if (c == C::Digit)
                    status = SegmentClass::Number;
                else if (prev == C::Digit)
                    status = SegmentClass::Number;
                else
                    status = SegmentClass::Letter; // after a letter or another '_'
                prev = c;
                ++i;
                continue;
            }
            // WB6/7: letter (. ') letter; WB11/12: digit (. , ; ') digit.
            if (i + 1 < length && (prev == C::Letter || prev == C::Digit)) {
                const C next = cls(i + 1);
                const bool letters = prev == C::Letter && next == C::Letter && (c == C::MidNumLet || c == C::Quote);
                const bool digits = prev == C::Digit && next == C::Digit
                    && (c == C::MidNumLet || c == C::MidNum || c == C::Quote);
                if (letters || digits) {
                    prev = next;
                    i += 2;
                    continue;
                }
            }
            break;
        }
        if (status != SegmentClass::None)
            fn(start, i, status);
    }
}

} // namespace dyad::core::text::detail
