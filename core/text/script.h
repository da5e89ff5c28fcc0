#pragma once

#include "core/base/span.h"

#include <QString>

#include <vector>

namespace dyad::core::text {

/** Writing systems Dyad distinguishes (a coarse grouping of ICU's UScriptCode). */
enum class Script {
    None, ///< no letters at all (digits, punctuation, empty)
    Latin,
    Han,
    Kana, ///< Hiragana and Katakana
    Hangul,
    Cyrillic,
    Arabic,
    Greek,
    Hebrew,
    Devanagari,
    Thai,
    Other,
};

/** English name of a script ("Han", "Latin", ...), for messages and exports. */
QString scriptName(Script script);

/**
 * The script most letters of @p text belong to (by ICU uscript_getScript). Digits,
 * punctuation, symbols and combining marks do not count. Ties go to the script seen first.
 */
Script dominantScript(const QString &text);

/**
 * A guess at the language of @p text as a BCP-47 primary tag: "zh", "ja" (Han with
 * Kana), "ko", "ru" (any Cyrillic), "ar" (any Arabic script), "el", "he", "hi", "th";
 * for Latin script a stop-word check chooses among "en", "de", "fr", "es", "pt", "nl"
 * and "sv". "und" when there is no evidence (no letters, too few stop words, or a tie).
 */
QString guessLanguage(const QString &text);

/** One block of text in one language. */
struct LanguageRange
{
    Span span; ///< code points; excludes surrounding whitespace
    QString language; ///< as guessLanguage()
    friend bool operator==(const LanguageRange &, const LanguageRange &) = default;
};

/**
 * Splits @p text into contiguous blocks of one language, in text order, for bilingual
 * abstracts (an English paragraph followed by its Chinese translation, or the reverse).
 *
 * Each sentence is assigned to the script with most "units", where a unit is a CJK
 * character or a word of an alphabetic script. So Latin words inside a Chinese sentence
 * ("COVID-19", "SPSS") do not split it, nor does a quoted Chinese term inside an English
 * sentence. Sentences without letters (numbers, punctuation) join the previous block
 * (the next one at the start). Neighbouring sentences of the same script merge; Latin
 * blocks are then split by paragraph when paragraphs are confidently in different
 * languages. Ranges do not overlap and lie on sentence or paragraph boundaries; the
 * whitespace between them belongs to none. Empty text gives no ranges.
 */
std::vector<LanguageRange> languageRanges(const QString &text);

} // namespace dyad::core::text
