// NFC, tidyText() and stripMarkup(): expected outputs written out by hand.

#include "core/text/normalize.h"

#include "test_text_printers.h"

#include <gtest/gtest.h>

#include <QString>

using namespace Qt::StringLiterals;
using namespace dyad::core::text;

TEST(TextNormalize, NfcComposesCombiningMarks)
{
    EXPECT_EQ(toNfc(u"e\u0301"_s), u"\u00E9"_s);
    EXPECT_EQ(toNfc(u"Kjellstro\u0308m"_s), u"Kjellstr\u00F6m"_s);
    EXPECT_EQ(toNfc(u"\u1100\u1161"_s), u"\uAC00"_s); // Hangul jamo -> 가
    EXPECT_EQ(toNfc(u"\u212B"_s), u"\u00C5"_s); // Angstrom sign -> Å
    EXPECT_FALSE(isNfc(u"e\u0301"_s));
    EXPECT_TRUE(isNfc(u"é 社区 🙂"_s));
}

TEST(TextNormalize, NfcLeavesNormalisedTextUntouched)
{
    const QString text = u"社区卫生工作者 𠀀 café"_s;
    const QString same = toNfc(text);
    EXPECT_EQ(same, text);
    EXPECT_TRUE(same.isSharedWith(text)); // no copy made for text that is already NFC
}

TEST(TextNormalize, TidyLineEndsAndBlankLines)
{
    EXPECT_EQ(tidyText(u"  Hello\r\n\r\n\r\n\r\nworld  \r"_s), u"Hello\n\nworld"_s);
    EXPECT_EQ(tidyText(u"one\rtwo\r\nthree\nfour"_s), u"one\ntwo\nthree\nfour"_s);
    EXPECT_EQ(tidyText(u"a\n \n\t\n  \nb"_s), u"a\n\nb"_s); // whitespace-only lines are blank
    EXPECT_EQ(tidyText(u"a\u2028b\u2029c"_s), u"a\nb\n\nc"_s);
    EXPECT_EQ(tidyText(u"line one  \n   line two"_s), u"line one\nline two"_s);
}

TEST(TextNormalize, TidySpacesAndControls)
{
    EXPECT_EQ(tidyText(u"a\u00A0b\u3000c\u2003d\u202Fe"_s), u"a b c d e"_s);
    EXPECT_EQ(tidyText(u"a  \t  b"_s), u"a b"_s);
    EXPECT_EQ(tidyText(u"name:\tvalue"_s), u"name:\tvalue"_s); // a single tab is kept
    EXPECT_EQ(tidyText(u"x\u0007y\u0000z\u001Bw"_s), u"xyzw"_s);
    EXPECT_EQ(tidyText(u"\u00A0\u00A0text\u00A0"_s), u"text"_s);
}

TEST(TextNormalize, TidyZeroWidthCharacters)
{
    EXPECT_EQ(tidyText(u"co\u200Boperation"_s), u"cooperation"_s);
    EXPECT_EQ(tidyText(u"\uFEFFTitle"_s), u"Title"_s);
    EXPECT_EQ(tidyText(u"co\u00ADop\u2060eration"_s), u"cooperation"_s);
    EXPECT_EQ(tidyText(u"a\u200Db"_s), u"ab"_s);
    // ZWJ inside emoji sequences is part of the character and stays.
    const QString family = u"👨\u200D👩\u200D👧"_s;
    EXPECT_EQ(tidyText(family), family);
    const QString rainbowFlag = u"\U0001F3F3\uFE0F\u200D\U0001F308"_s;
    EXPECT_EQ(tidyText(rainbowFlag), rainbowFlag);
    const QString healthWorker = u"\U0001F469\U0001F3FD\u200D\u2695\uFE0F"_s; // 👩🏽‍⚕️
    EXPECT_EQ(tidyText(healthWorker), healthWorker);
    // Persian spelling uses ZWNJ between letters ("mikhaham"); removing it would misspell.
    const QString persian = u"\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"_s;
    EXPECT_EQ(tidyText(persian), persian);
}

TEST(TextNormalize, TidyOutputIsNfcAndSurrogatesAreRepaired)
{
    EXPECT_EQ(tidyText(u"Cafe\u0301"_s), u"Café"_s);
    // A control character between a base and its mark is removed, then they compose.
    EXPECT_EQ(tidyText(u"e\u0007\u0301"_s), u"é"_s);
    QString broken = u"a"_s;
    broken.append(QChar(0xDC00));
    broken.append(u"b 𠀀"_s);
    EXPECT_EQ(tidyText(broken), u"a\uFFFDb 𠀀"_s);
}

TEST(TextNormalize, StripJatsAbstract)
{
    const QString jats = u"<jats:title>Abstract</jats:title><jats:sec><jats:title>Background</jats:title>\n"
                         u"<jats:p>Community health workers (CHWs) &amp; nurses\n  were studied.</jats:p></jats:sec>\n"
                         u"<jats:p>P&lt;0.05 in &#x4e2d;&#25991; and &#x20000;.</jats:p>"_s;
    EXPECT_EQ(stripMarkup(jats),
        u"Abstract\n\nBackground\n\nCommunity health workers (CHWs) & nurses were studied."
        u"\n\nP<0.05 in 中文 and 𠀀."_s);
}

TEST(TextNormalize, StripInlineHtml)
{
    EXPECT_EQ(stripMarkup(u"<p>H<sub>2</sub>O and CO<sub>2</sub> at 10<sup>&minus;3</sup> M <i>in vivo</i></p>"_s),
        u"H2O and CO2 at 10\u22123 M in vivo"_s);
    EXPECT_EQ(stripMarkup(u"Line one<br/>Line two<BR>three"_s), u"Line one\nLine two\nthree"_s);
    EXPECT_EQ(stripMarkup(u"<ul><li>first</li><li>second</li></ul>"_s), u"first\nsecond"_s);
    EXPECT_EQ(stripMarkup(u"<p class=\"abs\" title='a > b'>Text</p>"_s), u"Text"_s);
}

TEST(TextNormalize, StripKeepsLessThanThatIsNotMarkup)
{
    EXPECT_EQ(stripMarkup(u"p < 0.05 and x<y, a<b"_s), u"p < 0.05 and x<y, a<b"_s);
    EXPECT_EQ(stripMarkup(u"n<10 <p>"_s), u"n<10"_s);
}

TEST(TextNormalize, StripEntities)
{
    EXPECT_EQ(stripMarkup(u"x&nbsp;y &unknown; &amp;amp; &alpha;&beta; 5&deg;C &ndash; &#233;t&#xE9; &#0;"_s),
        u"x y &unknown; &amp; \u03B1\u03B2 5\u00B0C \u2013 été \uFFFD"_s);
    EXPECT_EQ(stripMarkup(u"AT&T and R&D;"_s), u"AT&T and R&D;"_s);
}

TEST(TextNormalize, StripCommentsScriptsAndCdata)
{
    EXPECT_EQ(stripMarkup(u"<!-- note -->Text<script>alert('<p>')</script> ok<?xml x?>"_s), u"Text ok"_s);
    EXPECT_EQ(stripMarkup(u"<![CDATA[a < b & c]]>"_s), u"a < b & c"_s);
}

TEST(TextNormalize, StripLineBreaksAreLayoutOnlyInBlockMarkup)
{
    EXPECT_EQ(stripMarkup(u"<p>Some\n  wrapped\ntext</p>\n<p>Next</p>"_s), u"Some wrapped text\n\nNext"_s);
    // Without block markup the text's own line breaks are its structure.
    EXPECT_EQ(stripMarkup(u"First line with <i>italics</i>\nSecond line"_s), u"First line with italics\nSecond line"_s);
}
