// Word and sentence segmentation with ICU: spans counted by hand in code points.

#include "core/text/breaks.h"
#include "core/text/normalize.h"
#include "core/text/offsets.h"

#include "test_text_printers.h"

#include <gtest/gtest.h>

#include <QString>
#include <QStringList>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using dyad::core::Span;
using namespace dyad::core::text;

namespace {

QStringList wordsOf(const QString &text)
{
    QStringList words;
    for (const Span &s : wordTokens(text))
        words << substringByCodePoints(text, s);
    return words;
}

QStringList sentencesOf(const QString &text)
{
    QStringList sentences;
    for (const Span &s : sentenceSpans(text))
        sentences << substringByCodePoints(text, s);
    return sentences;
}

} // namespace

TEST(TextBreaks, EnglishWordsSkipSpacesAndPunctuation)
{
    const QString text = u"Don't stop: e.g. 3.5 mg/kg"_s;
    const std::vector<Span> expected = { { 0, 5 }, { 6, 10 }, { 12, 15 }, { 17, 20 }, { 21, 23 }, { 24, 26 } };
    EXPECT_EQ(wordTokens(text), expected);
    EXPECT_EQ(wordsOf(text), (QStringList { u"Don't"_s, u"stop"_s, u"e.g"_s, u"3.5"_s, u"mg"_s, u"kg"_s }));
}

TEST(TextBreaks, ChineseIsSegmentedIntoDictionaryWords)
{
    const QString text = u"社区卫生工作者在初级卫生保健中的作用"_s;
    EXPECT_EQ(wordsOf(text),
        (QStringList { u"社区"_s, u"卫生"_s, u"工作"_s, u"者"_s, u"在"_s, u"初级"_s, u"卫生"_s, u"保健"_s, u"中的"_s,
            u"作用"_s }));
    const std::vector<Span> spans = wordTokens(text);
    ASSERT_EQ(spans.size(), 10u);
    EXPECT_EQ(spans[0], (Span { 0, 2 }));
    EXPECT_EQ(spans[3], (Span { 6, 7 }));
    EXPECT_EQ(spans[9], (Span { 16, 18 }));
}

TEST(TextBreaks, JapaneseIsSegmented)
{
    EXPECT_EQ(wordsOf(u"私は東京大学の学生です。"_s),
        (QStringList { u"私"_s, u"は"_s, u"東京"_s, u"大学"_s, u"の"_s, u"学生"_s, u"です"_s }));
}

TEST(TextBreaks, MixedScriptsEmojiAndSupplementaryPlane)
{
    // 本0 研1 究2 使3 用4 C5..D9 -10 1 11 9 12 患13 者14 数15 据16 𠀀17 和18 🙂19 以20 及21
    // 👨22 ZWJ23 👩24 ZWJ25 👧26 家27 庭28
    const QString text = u"本研究使用COVID-19患者数据𠀀和🙂以及👨\u200D👩\u200D👧家庭"_s;
    const std::vector<Token> all = tokens(text);
    const std::vector<Token> expected = {
        { { 0, 1 }, TokenKind::Ideographic },
        { { 1, 3 }, TokenKind::Ideographic },
        { { 3, 5 }, TokenKind::Ideographic },
        { { 5, 10 }, TokenKind::Letter },
        { { 11, 13 }, TokenKind::Number },
        { { 13, 15 }, TokenKind::Ideographic },
        { { 15, 17 }, TokenKind::Ideographic },
        { { 17, 18 }, TokenKind::Ideographic },
        { { 18, 19 }, TokenKind::Ideographic },
        { { 19, 20 }, TokenKind::Emoji },
        { { 20, 22 }, TokenKind::Ideographic },
        { { 22, 27 }, TokenKind::Emoji },
        { { 27, 29 }, TokenKind::Ideographic },
    };
    EXPECT_EQ(all, expected);
    EXPECT_EQ(substringByCodePoints(text, Span { 17, 18 }), u"𠀀"_s);
}

TEST(TextBreaks, CombiningMarksStayInTheWord)
{
    const QString decomposed = u"Cafe\u0301 au lait"_s;
    EXPECT_EQ(wordTokens(decomposed), (std::vector<Span> { { 0, 5 }, { 6, 8 }, { 9, 13 } }));
    const QString nfc = toNfc(decomposed);
    EXPECT_EQ(wordTokens(nfc), (std::vector<Span> { { 0, 4 }, { 5, 7 }, { 8, 12 } }));
}

TEST(TextBreaks, EmptyAndPunctuationOnly)
{
    EXPECT_TRUE(wordTokens(QString()).empty());
    EXPECT_TRUE(wordTokens(u" -- ,. ;() "_s).empty());
    EXPECT_TRUE(sentenceSpans(u"   \n  "_s).empty());
}

TEST(TextBreaks, SentencesKeepAbbreviationsTogether)
{
    const QString text = u"Patients improved (p < 0.05), e.g. Dr. Smith saw it. Fig. 2 shows this. "
                         u"本研究很好。第二句。\nEnglish again"_s;
    EXPECT_EQ(sentencesOf(text),
        (QStringList { u"Patients improved (p < 0.05), e.g. Dr. Smith saw it."_s, u"Fig. 2 shows this."_s,
            u"本研究很好。"_s, u"第二句。"_s, u"English again"_s }));
}

TEST(TextBreaks, SentenceSpansCountCodePoints)
{
    // 𠀀 is two UTF-16 units but one code point.
    const QString text = u"𠀀是字。Next one.  \n\nLast."_s;
    EXPECT_EQ(sentenceSpans(text), (std::vector<Span> { { 0, 4 }, { 4, 13 }, { 17, 22 } }));
}

TEST(TextBreaks, SnapExpandsToWholeWords)
{
    // C0..y8 _9 health 10-16 _16 workers 17-24 _24 社25 区26 卫27 生28 工29 作30 者31 _32 here 33-37 .37
    const QString text = u"Community health workers 社区卫生工作者 here."_s;
    EXPECT_EQ(snapToWords(text, Span { 12, 14 }), (Span { 10, 16 })); // "al" -> "health"
    EXPECT_EQ(snapToWords(text, Span { 9, 20 }), (Span { 10, 24 })); // " health wor" -> "health workers"
    EXPECT_EQ(snapToWords(text, Span { 13, 13 }), (Span { 10, 16 })); // caret inside a word
    EXPECT_EQ(snapToWords(text, Span { 26, 28 }), (Span { 25, 29 })); // 区卫 -> 社区卫生
    EXPECT_EQ(snapToWords(text, Span { 10, 16 }), (Span { 10, 16 })); // already whole
    EXPECT_EQ(snapToWords(text, Span { 35, 38 }), (Span { 33, 38 })); // keeps the full stop
    EXPECT_EQ(snapToWords(text, Span { 9, 10 }), (Span { 9, 10 })); // whitespace only: unchanged
    EXPECT_EQ(snapToWords(text, Span { 30, 99 }), (Span { 29, 38 })); // clamped to the text
}

TEST(TextBreaks, SnapWithSupplementaryCharacters)
{
    // 🙂0 _1 a2 b3 c4 _5 𠀀6 x7
    const QString text = u"🙂 abc 𠀀x"_s;
    EXPECT_EQ(snapToWords(text, Span { 3, 4 }), (Span { 2, 5 }));
    EXPECT_EQ(snapToWords(text, Span { 0, 3 }), (Span { 0, 5 }));
}

// --- the ASCII fast path ---------------------------------------------------------------
// tokens() segments pure-ASCII text without ICU (97 % of the benchmark corpus is ASCII and
// ICU's iterator was half of an import's time). Search and agreement must not notice:
// these tests compare it with ICU's own root word iterator, segment by segment.

namespace {

struct RefToken
{
    dyad::core::Offset start;
    dyad::core::Offset end;
    bool number;
    bool operator==(const RefToken &) const = default;
};

std::vector<RefToken> icuTokens(const std::u16string &text)
{
    UErrorCode status = U_ZERO_ERROR;
    static std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    const icu::UnicodeString s(false, text.data(), static_cast<int32_t>(text.size()));
    it->setText(s);
    std::vector<RefToken> out;
    for (int32_t a = it->first(), b = it->next(); b != icu::BreakIterator::DONE; a = b, b = it->next()) {
        const int32_t rule = it->getRuleStatus();
        if (rule >= UBRK_WORD_LETTER && rule < UBRK_WORD_LETTER_LIMIT)
            out.push_back({a, b, false});
        else if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT)
            out.push_back({a, b, true});
    }
    return out;
}

std::vector<RefToken> fastTokens(const std::u16string &text)
{
    std::vector<RefToken> out;
    const QString q = QString::fromUtf16(text.data(), static_cast<qsizetype>(text.size()));
    for (const Token &t : tokens(q))
        out.push_back({t.span.start, t.span.end, t.kind == TokenKind::Number});
    return out;
}

} // namespace

TEST(TextBreaks, AsciiFastPathHandChecked)
{
    // Spans counted by hand: "e.g" and "U.S" keep their inner full stops, "can't",
    // "1,000.5" and "a_b" are single words, a lone "_" and ":" are not words.
    EXPECT_EQ(wordsOf(u"e.g. U.S. can't 1,000.5 a_b _ x:y a@b"_s),
              (QStringList { u"e.g"_s, u"U.S"_s, u"can't"_s, u"1,000.5"_s, u"a_b"_s, u"x"_s, u"y"_s, u"a@b"_s }));
    const std::vector<Token> t = tokens(u"3a a3 12"_s);
    ASSERT_EQ(t.size(), 3u);
    EXPECT_EQ(t[0].kind, TokenKind::Letter); // ICU: a segment ending in a letter is a word
    EXPECT_EQ(t[1].kind, TokenKind::Number); // ... ending in a digit, a number
    EXPECT_EQ(t[2].kind, TokenKind::Number);
}

TEST(TextBreaks, AsciiFastPathAgreesWithIcuOnRandomText)
{
    // The characters whose word-break classes matter (letters, digits, '_', '@', the
    // mid-word punctuation . , ; ' :) mixed with spaces and other punctuation.
    const std::u16string alphabet = u"aZq09_@.,;':- \t\n\r#\"()/";
    std::mt19937 rng(20261128);
    std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
    std::uniform_int_distribution<int> len(1, 14);
    int compared = 0;
    for (int n = 0; n < 20000; ++n) {
        std::u16string text;
        for (int i = len(rng); i > 0; --i)
            text.push_back(alphabet[pick(rng)]);
        const auto expected = icuTokens(text);
        const auto actual = fastTokens(text);
        ASSERT_EQ(actual, expected) << "text: \"" << QString::fromStdU16String(text).toStdString() << '"';
        ++compared;
    }
    EXPECT_EQ(compared, 20000);
}

TEST(TextBreaks, AsciiFastPathAgreesWithIcuOnAnAbstract)
{
    const std::u16string text =
        u"Background: In the U.S., 1,234 adults (aged 18-65; mean 41.5 y) completed the PHQ-9 "
        u"and GAD-7, e.g. via e-mail (study@example.org). Patients' scores fell by 3.2 points "
        u"(95% CI 1.1-5.3; p<0.001) vs. controls' -- n=56, t_0 = baseline. Conclusions: it's "
        u"feasible.\r\nKeywords: anxiety; depression; RCT";
    EXPECT_EQ(fastTokens(text), icuTokens(text));
    EXPECT_GT(icuTokens(text).size(), 40u);
}
