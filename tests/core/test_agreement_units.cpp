#include "core/agreement/units.h"

#include <QString>

#include <gtest/gtest.h>

#include <cmath>

using namespace dyad::core;
using namespace dyad::core::agreement;

namespace {
CodedSpan cs(const char *key, Offset s, Offset e)
{
    return {QString::fromLatin1(key), Span{s, e}};
}
} // namespace

TEST(AgreementUnits, NormalizeMergesOverlappingTouchingNestedAndClips)
{
    // chain of overlaps, a nested span, a touching span, an empty one, one past the end
    const auto n = normalizeSpans({Span{10, 20}, Span{15, 25}, Span{24, 30}, Span{12, 14}, Span{30, 32}, Span{40, 40},
                                   Span{45, 80}},
                                  50);
    EXPECT_EQ(n, (std::vector<Span>{Span{10, 32}, Span{45, 50}}));
    EXPECT_EQ(coveredLength(n), 27);
}

// Hand-checked: text of 100 code points. A codes [10,30) and [50,60); B codes [20,40).
// |A ∩ B| = 10, |A \ B| = 20, |B \ A| = 10, neither = 100 − 40 = 60.
TEST(AgreementUnits, CharacterTableFromIntervalArithmetic)
{
    const auto a = normalizeSpans({Span{10, 30}, Span{50, 60}}, 100);
    const auto b = normalizeSpans({Span{20, 40}}, 100);
    EXPECT_EQ(characterTable(a, b, 100), (Table2x2{10, 20, 10, 60}));
    // universe restricted to text somebody coded: |A ∪ B| = 40 → d = 0
    EXPECT_EQ(characterTable(a, b, coveredLength(unionSpans(a, b))), (Table2x2{10, 20, 10, 0}));
}

// Tokens [0,4) [5,9) [10,14) [15,19). A span [2,11) covers 2 of token 0 (half: coded),
// all of token 1, 1 of token 2 (a quarter: not coded).
TEST(AgreementUnits, TokenCodedWhenAtLeastHalfCovered)
{
    const std::vector<Span> tokens{Span{0, 4}, Span{5, 9}, Span{10, 14}, Span{15, 19}};
    EXPECT_EQ(coveredTokens(tokens, {Span{2, 11}}), (std::vector<int>{0, 1}));
    // two spans each covering half of one token together cover all of it: counted once
    EXPECT_EQ(coveredTokens(tokens, {Span{10, 11}, Span{12, 13}}), (std::vector<int>{2}));
    EXPECT_EQ(coveredTokens(tokens, {Span{10, 11}}), (std::vector<int>{}));
    EXPECT_EQ(tokenTable({0, 1}, {1, 2}, 4), (Table2x2{1, 1, 1, 1}));
}

// Segment matching at 0.9 of the longer span: [0,100) vs [5,100) overlap 95 ≥ 90 → match;
// [200,300) vs [200,250) overlap 50 < 90 → A-only and B-only.
TEST(AgreementUnits, SegmentMatchingThresholdOnLongerSpan)
{
    const std::vector<Span> a{Span{0, 100}, Span{200, 300}}, b{Span{5, 100}, Span{200, 250}};
    EXPECT_EQ(matchSegments(a, b, 0.9), (SegmentCounts{1, 1, 1}));
    EXPECT_EQ(matchSegments(a, b, 0.5), (SegmentCounts{2, 0, 0}));
    EXPECT_NEAR(matchSegments(a, b, 0.9).score(), 0.5, 1e-12);
    // exact boundary: overlap 9 of 10 is exactly 0.9
    EXPECT_EQ(matchSegments({Span{0, 10}}, {Span{1, 10}}, 0.9), (SegmentCounts{1, 0, 0}));
    const SegmentCurve curve = segmentCurve(a, b);
    EXPECT_EQ(curve[4], (SegmentCounts{2, 0, 0})); // 0.5
    EXPECT_EQ(curve[5], (SegmentCounts{1, 1, 1})); // 0.6
    EXPECT_EQ(curve[9], (SegmentCounts{0, 2, 2})); // 1.0: only identical spans
}

// One-to-one greedy: B's single long span overlaps two of A's spans; it goes to the larger
// overlap, the other A span stays unmatched.
TEST(AgreementUnits, SegmentMatchingIsOneToOneLargestOverlapFirst)
{
    EXPECT_EQ(matchSegments({Span{0, 10}, Span{10, 50}}, {Span{0, 50}}, 0.1), (SegmentCounts{1, 1, 0}));
    // identical spans match at 1.0; nested spans match only down to their length ratio
    EXPECT_EQ(matchSegments({Span{5, 15}}, {Span{5, 15}}, 1.0), (SegmentCounts{1, 0, 0}));
    EXPECT_EQ(matchSegments({Span{0, 20}}, {Span{5, 15}}, 0.5), (SegmentCounts{1, 0, 0}));
    EXPECT_EQ(matchSegments({Span{0, 20}}, {Span{5, 15}}, 0.6), (SegmentCounts{0, 1, 1}));
    // touching spans do not overlap
    EXPECT_EQ(matchSegments({Span{0, 10}}, {Span{10, 20}}, 0.1), (SegmentCounts{0, 1, 1}));
}

TEST(AgreementUnits, RecordUnitsPerCode)
{
    RecordInput r;
    r.textLength = 50;
    r.tokens = {Span{0, 5}, Span{6, 10}, Span{11, 20}, Span{21, 30}, Span{31, 50}};
    r.a = {cs("x", 0, 10), cs("y", 21, 30)};
    r.b = {cs("x", 0, 10), cs("z", 31, 50)};
    const auto units = recordUnits(r);
    ASSERT_EQ(units.size(), 3u);
    EXPECT_EQ(units[0].codeKey, QStringLiteral("x"));
    EXPECT_EQ(units[0].counts.record, (Table2x2{1, 0, 0, 0}));
    EXPECT_EQ(units[0].counts.characters, (Table2x2{10, 0, 0, 40}));
    // coded by anybody with any code: [0,10) ∪ [21,30) ∪ [31,50) = 38 code points
    EXPECT_EQ(units[0].counts.charactersCoded, (Table2x2{10, 0, 0, 28}));
    EXPECT_EQ(units[0].counts.tokens, (Table2x2{2, 0, 0, 3}));
    EXPECT_EQ(units[0].counts.tokensCoded, (Table2x2{2, 0, 0, 2}));
    EXPECT_EQ(units[0].counts.segments, (SegmentCounts{1, 0, 0}));
    EXPECT_EQ(units[1].codeKey, QStringLiteral("y"));
    EXPECT_EQ(units[1].counts.record, (Table2x2{0, 1, 0, 0}));
    EXPECT_EQ(units[1].counts.characters, (Table2x2{0, 9, 0, 41}));
    EXPECT_EQ(units[2].counts.record, (Table2x2{0, 0, 1, 0}));
}

// Offsets are code points: a text of CJK and emoji (U+1F600, two UTF-16 units) has as many
// positions as code points, and a span over the emoji is one unit long.
TEST(AgreementUnits, CodePointLengthsNotUtf16)
{
    const QString text = QStringLiteral(u"研究😀方法");
    const Offset length = Offset(text.toUcs4().size());
    ASSERT_EQ(length, 5);
    ASSERT_EQ(text.size(), 6); // UTF-16 would be one too many
    RecordInput r;
    r.textLength = length;
    r.a = {cs("x", 2, 3)}; // the emoji
    r.b = {cs("x", 2, 5)};
    const auto units = recordUnits(r);
    ASSERT_EQ(units.size(), 1u);
    EXPECT_EQ(units[0].counts.characters, (Table2x2{1, 0, 2, 2}));
}
