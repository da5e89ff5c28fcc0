// Search folding and match mapping back onto the original text.

#include "core/text/offsets.h"
#include "core/text/search.h"

#include "test_text_printers.h"

#include <gtest/gtest.h>

#include <QString>

using namespace Qt::StringLiterals;
using dyad::core::Span;
using namespace dyad::core::text;

TEST(TextSearch, FoldsCaseAccentsAndWidth)
{
    EXPECT_EQ(foldForSearch(u"Kjellström"_s), u"kjellstrom"_s);
    EXPECT_EQ(foldForSearch(u"CAFÉ"_s), u"cafe"_s);
    EXPECT_EQ(foldForSearch(u"Cafe\u0301"_s), u"cafe"_s);
    EXPECT_EQ(foldForSearch(u"Straße"_s), u"strasse"_s);
    EXPECT_EQ(foldForSearch(u"İstanbul"_s), u"istanbul"_s);
    EXPECT_EQ(foldForSearch(u"ΆΘΗΝΑ"_s), u"αθηνα"_s);
    EXPECT_EQ(foldForSearch(u"ＣＯＶＩＤ－１９"_s), u"covid-19"_s);
    EXPECT_EQ(foldForSearch(u"Alzheimer’s — long‐term"_s), u"alzheimer's - long-term"_s);
    EXPECT_EQ(foldForSearch(u"co\u00ADoperation"_s), u"cooperation"_s);
    EXPECT_EQ(foldForSearch(u"社区卫生 𠀀 🙂"_s), u"社区卫生 𠀀 🙂"_s);
}

TEST(TextSearch, KeepsLetterMarksOfOtherScripts)
{
    EXPECT_EQ(foldForSearch(u"が"_s), u"が"_s); // voiced kana is another letter
    EXPECT_NE(foldForSearch(u"が"_s), foldForSearch(u"か"_s));
    EXPECT_EQ(foldForSearch(u"ｶﾞｲﾄﾞ"_s), u"ガイド"_s); // half-width katakana with voicing mark
}

TEST(TextSearch, FindsAccentAndCaseVariants)
{
    // K0..m9 _10 a11 n12 d13 _14 K15..M24
    EXPECT_EQ(findAll(u"Kjellström and KJELLSTROM"_s, u"kjellstrom"_s), (std::vector<Span> { { 0, 10 }, { 15, 25 } }));
    // C0 A1 F2 É3 _4 c5 a6 f7 é8 _9 C10 a11 f12 e13 U+0301 14 !15
    EXPECT_EQ(findAll(u"CAFÉ café Cafe\u0301!"_s, u"cafe"_s), (std::vector<Span> { { 0, 4 }, { 5, 9 }, { 10, 15 } }));
    EXPECT_EQ(findAll(u"Un café"_s, u"CAFÉ"_s), (std::vector<Span> { { 3, 7 } }));
}

TEST(TextSearch, MapsLengthChangingFoldsBack)
{
    // D0 i1 e2 _3 S4 t5 r6 a7 ß8 e9 _10
    const QString text = u"Die Straße ist lang"_s;
    EXPECT_EQ(findAll(text, u"strasse"_s), (std::vector<Span> { { 4, 10 } }));
    EXPECT_EQ(findAll(text, u"STRASSE"_s), (std::vector<Span> { { 4, 10 } }));
    EXPECT_EQ(findAll(text, u"ß"_s), (std::vector<Span> { { 8, 9 } }));
    // "s" matches both halves of ß's folding "ss"; both map to the one character.
    EXPECT_EQ(findAll(text, u"s"_s), (std::vector<Span> { { 4, 5 }, { 8, 9 }, { 12, 13 } }));
    EXPECT_EQ(substringByCodePoints(text, findAll(text, u"strasse"_s).front()), u"Straße"_s);
}

TEST(TextSearch, FindsChineseSubstringsInCodePoints)
{
    EXPECT_EQ(
        findAll(u"社区卫生工作者在初级卫生保健中的作用"_s, u"卫生"_s), (std::vector<Span> { { 2, 4 }, { 10, 12 } }));
    // After a supplementary character, code points and UTF-16 differ by one.
    EXPECT_EQ(findAll(u"𠀀卫生🙂卫生"_s, u"卫生"_s), (std::vector<Span> { { 1, 3 }, { 4, 6 } }));
    EXPECT_EQ(findAll(u"I ❤️ 🙂 and 🙂"_s, u"🙂"_s), (std::vector<Span> { { 5, 6 }, { 11, 12 } }));
}

TEST(TextSearch, NothingToFind)
{
    EXPECT_TRUE(findAll(u"text"_s, QString()).empty());
    EXPECT_TRUE(findAll(u"text"_s, u"\u00AD"_s).empty());
    EXPECT_TRUE(findAll(QString(), u"a"_s).empty());
    EXPECT_TRUE(findAll(u"health workers"_s, u"nurse"_s).empty());
}

TEST(TextSearch, FtsQueryQuotesEveryChunk)
{
    EXPECT_EQ(ftsQueryFor(u"health workers"_s), u"\"health\" \"workers\""_s);
    EXPECT_EQ(ftsQueryFor(u"COVID-19"_s), u"\"COVID-19\""_s);
    EXPECT_EQ(ftsQueryFor(u"  社区卫生工作者  "_s), u"\"社区卫生工作者\""_s);
    EXPECT_EQ(ftsQueryFor(u"a \"b c\" d*"_s), u"\"a\" \"b c\" \"d\"*"_s);
    EXPECT_EQ(ftsQueryFor(u"\"primary care\"*"_s), u"\"primary care\"*"_s);
    EXPECT_EQ(ftsQueryFor(u"AND OR NOT NEAR(x)"_s), u"\"AND\" \"OR\" \"NOT\" \"NEAR(x)\""_s);
    EXPECT_EQ(ftsQueryFor(u"x\"y"_s), u"\"x\" \"y\""_s);
    EXPECT_EQ(ftsQueryFor(u"\"unbalanced"_s), u"\"unbalanced\""_s);
}

TEST(TextSearch, FtsQueryOfNothingIsEmpty)
{
    EXPECT_EQ(ftsQueryFor(QString()), QString());
    EXPECT_EQ(ftsQueryFor(u"   "_s), QString());
    EXPECT_EQ(ftsQueryFor(u"\" ( ) * - :"_s), QString());
}
