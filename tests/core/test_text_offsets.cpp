// Code-point <-> UTF-16 conversion (DESIGN invariant 1): hand-counted positions over text
// with supplementary-plane characters, ZWJ emoji sequences, CJK and combining marks.

#include "core/text/normalize.h"
#include "core/text/offsets.h"

#include "test_text_printers.h"

#include <gtest/gtest.h>

#include <QString>

using namespace Qt::StringLiterals;
using dyad::core::Offset;
using dyad::core::Span;
using namespace dyad::core::text;

namespace {

/** Independent reference: UTF-16 index of every code point start, plus the end. */
std::vector<qsizetype> codePointStarts(const QString &text)
{
    std::vector<qsizetype> starts;
    for (qsizetype i = 0; i < text.size(); ++i) {
        starts.push_back(i);
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
    }
    starts.push_back(text.size());
    return starts;
}

} // namespace

TEST(TextOffsets, SupplementaryCharactersShiftUtf16Offsets)
{
    // a | 𠀀 (U+20000, 2 units) | b | 🙂 (U+1F642, 2 units) | c
    const QString text = u"a𠀀b🙂c"_s;
    const OffsetMap map(text);
    EXPECT_EQ(map.utf16Length(), 7);
    EXPECT_EQ(map.codePointLength(), 5);
    EXPECT_FALSE(map.isIdentity());

    const qsizetype expectedUtf16[] = { 0, 1, 3, 4, 6, 7 };
    for (Offset cp = 0; cp <= 5; ++cp)
        EXPECT_EQ(map.toUtf16(cp), expectedUtf16[cp]) << "code point " << cp;

    // UTF-16 offsets 2 and 5 are between the halves of a pair: they snap to the pair start.
    const Offset expectedCp[] = { 0, 1, 1, 2, 3, 3, 4, 5 };
    for (qsizetype u = 0; u <= 7; ++u)
        EXPECT_EQ(map.toCodePoint(u), expectedCp[u]) << "UTF-16 offset " << u;
}

TEST(TextOffsets, OutOfRangeOffsetsAreClamped)
{
    const OffsetMap map(u"a𠀀b🙂c"_s);
    EXPECT_EQ(map.toUtf16(-3), 0);
    EXPECT_EQ(map.toUtf16(99), 7);
    EXPECT_EQ(map.toCodePoint(-1), 0);
    EXPECT_EQ(map.toCodePoint(100), 5);
}

TEST(TextOffsets, BmpOnlyTextIsIdentity)
{
    const QString text = u"社区卫生 workers é"_s;
    const OffsetMap map(text);
    EXPECT_TRUE(map.isIdentity());
    for (qsizetype u = 0; u <= text.size(); ++u) {
        EXPECT_EQ(map.toCodePoint(u), u);
        EXPECT_EQ(map.toUtf16(u), u);
    }
}

TEST(TextOffsets, FamilyEmojiIsFiveCodePointsInEightUnits)
{
    // 👨 ZWJ 👩 ZWJ 👧, then "x"
    const QString text = u"👨\u200D👩\u200D👧x"_s;
    const OffsetMap map(text);
    EXPECT_EQ(map.utf16Length(), 9);
    EXPECT_EQ(map.codePointLength(), 6);
    EXPECT_EQ(map.toUtf16(5), 8); // "x"
    // Units: 0-1 👨, 2 ZWJ, 3-4 👩, 5 ZWJ, 6-7 👧, 8 x.
    EXPECT_EQ(map.toCodePoint(3), 2); // 👩 starts at code point 2
    EXPECT_EQ(map.toCodePoint(4), 2); // inside 👩: snaps to its start
    EXPECT_EQ(map.toCodePoint(7), 4); // inside 👧
    EXPECT_EQ(substringByCodePoints(text, Span { 0, 5 }), u"👨\u200D👩\u200D👧"_s);
}

TEST(TextOffsets, EveryOffsetRoundTripsOnMixedText)
{
    QString text;
    const QString pieces[] = { u"社区"_s, u"𠀀"_s, u"abc"_s, u"🙂"_s, u"é"_s, u"\U0001F468\u200D\U0001F469"_s,
        u"卫生工作者"_s, u"\U00020001\U00020002"_s, u" COVID-19 "_s };
    for (int round = 0; round < 40; ++round)
        text += pieces[(round * 7) % 9];
    const OffsetMap map(text);
    const std::vector<qsizetype> starts = codePointStarts(text);
    ASSERT_EQ(map.codePointLength(), static_cast<Offset>(starts.size()) - 1);
    ASSERT_EQ(codePointLength(text), map.codePointLength());
    for (Offset cp = 0; cp < static_cast<Offset>(starts.size()); ++cp) {
        const qsizetype u = map.toUtf16(cp);
        ASSERT_EQ(u, starts[static_cast<size_t>(cp)]);
        ASSERT_EQ(map.toCodePoint(u), cp);
    }
    // Every UTF-16 offset maps to the code point that contains or starts there.
    for (qsizetype u = 0; u <= text.size(); ++u) {
        const Offset cp = map.toCodePoint(u);
        ASSERT_LE(starts[static_cast<size_t>(cp)], u);
        if (starts[static_cast<size_t>(cp)] != u) {
            ASSERT_TRUE(text[u].isLowSurrogate()) << "only a low surrogate may snap back, at " << u;
        }
    }
}

TEST(TextOffsets, SpansConvertBothWays)
{
    const QString text = u"a𠀀b🙂c"_s;
    const OffsetMap map(text);
    EXPECT_EQ(map.toSpan(4, 6), (Span { 3, 4 })); // the 🙂
    EXPECT_EQ(map.toSpan(2, 5), (Span { 1, 3 })); // both ends snap into pairs
    EXPECT_EQ(map.toUtf16(Span { 1, 4 }), (std::pair<qsizetype, qsizetype> { 1, 6 }));
    EXPECT_EQ(substringByCodePoints(text, Span { 1, 4 }), u"𠀀b🙂"_s);
    EXPECT_EQ(substringByCodePoints(text, Span { 3, 2 }), QString());
    EXPECT_EQ(substringByCodePoints(text, Span { 4, 99 }), u"c"_s);
}

TEST(TextOffsets, CombiningMarkCountsAfterNfc)
{
    // "Cafe" + U+0301 is 5 code points; after NFC it is "Café", 4.
    const QString raw = u"Cafe\u0301 au lait"_s;
    EXPECT_EQ(codePointLength(raw), 13);
    const QString nfc = toNfc(raw);
    EXPECT_EQ(codePointLength(nfc), 12);
    EXPECT_EQ(substringByCodePoints(nfc, Span { 3, 4 }), u"é"_s);
    EXPECT_EQ(substringByCodePoints(nfc, Span { 5, 7 }), u"au"_s);
}

TEST(TextOffsets, LoneSurrogateCountsAsOneCodePoint)
{
    QString text = u"x"_s;
    text.append(QChar(0xD83D)); // high surrogate without its low half
    text.append(u"y𠀀"_s);
    const OffsetMap map(text);
    EXPECT_EQ(map.codePointLength(), 4);
    EXPECT_EQ(codePointLength(text), 4);
    EXPECT_EQ(map.toCodePoint(2), 2); // "y": the lone surrogate is not a pair, nothing snaps
    EXPECT_EQ(map.toUtf16(3), 3);
    EXPECT_EQ(map.toCodePoint(4), 3);
}

TEST(TextOffsets, EmptyText)
{
    const OffsetMap map { QString() };
    EXPECT_EQ(map.codePointLength(), 0);
    EXPECT_EQ(map.toUtf16(3), 0);
    EXPECT_EQ(map.toCodePoint(3), 0);
    EXPECT_EQ(OffsetMap().codePointLength(), 0);
}
