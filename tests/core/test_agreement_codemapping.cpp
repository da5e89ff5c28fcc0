#include "core/agreement/codemapping.h"

#include <gtest/gtest.h>

using namespace dyad::core;
using namespace dyad::core::agreement;

namespace {
CodedSpan cs(const char *key, Offset s, Offset e)
{
    return {QString::fromLatin1(key), Span{s, e}};
}
} // namespace

// Hand-checked 3×3 assignment: taking row 0's cheapest column (cost 1) first leads to 13 at
// best; the optimum is row 0 → 1, row 1 → 0, row 2 → 2 = 2 + 2 + 6 = 10 (all 6
// permutations are enumerated below as well).
TEST(CodeMapping, HungarianFindsTheMinimumCostAssignment)
{
    const std::vector<double> cost{1, 2, 9, //
                                   2, 9, 9, //
                                   9, 3, 6};
    const auto a = hungarianAssignment(cost, 3, 3);
    // enumerate all 6 permutations for the optimum
    double best = 1e9;
    int perm[3] = {0, 1, 2};
    do {
        best = std::min(best, cost[size_t(perm[0])] + cost[size_t(3 + perm[1])] + cost[size_t(6 + perm[2])]);
    } while (std::next_permutation(perm, perm + 3));
    EXPECT_DOUBLE_EQ(cost[size_t(a[0])] + cost[size_t(3 + a[1])] + cost[size_t(6 + a[2])], best);
    EXPECT_EQ(a, (std::vector<int>{1, 0, 2}));
}

TEST(CodeMapping, RectangularLeavesRowsOut)
{
    // rows (5, 1), (2, 9), (0, 7): the cheapest pair of rows is row 0 → column 1 (1) and
    // row 2 → column 0 (0); row 1 is left out
    const auto a = hungarianAssignment({5, 1, 2, 9, 0, 7}, 3, 2);
    EXPECT_EQ(a, (std::vector<int>{1, -1, 0}));
}

// Reviewer A calls it "barriers"/"costs", B "obstacles"/"price"/"misc". Spans: barriers and
// obstacles overlap 8 of a union of 12 (Jaccard 2/3); costs and price identical (1); misc
// overlaps nothing A coded.
TEST(CodeMapping, SuggestsOneToOneByJaccard)
{
    RecordInput r1;
    r1.textLength = 100;
    r1.a = {cs("barriers", 0, 10), cs("costs", 50, 60)};
    r1.b = {cs("obstacles", 2, 12), cs("price", 50, 60), cs("misc", 80, 90)};
    RecordInput r2;
    r2.textLength = 30;
    r2.a = {cs("barriers", 0, 0)}; // empty span: ignored
    const CodeMapping m = suggestCodeMapping({r1, r2});
    ASSERT_EQ(m.pairs.size(), 2u);
    EXPECT_EQ(m.pairs[0].codeA, QStringLiteral("costs"));
    EXPECT_EQ(m.pairs[0].codeB, QStringLiteral("price"));
    EXPECT_DOUBLE_EQ(m.pairs[0].jaccard, 1.0);
    EXPECT_EQ(m.pairs[1].codeA, QStringLiteral("barriers"));
    EXPECT_EQ(m.pairs[1].codeB, QStringLiteral("obstacles"));
    EXPECT_DOUBLE_EQ(m.pairs[1].jaccard, 8.0 / 12.0);
    EXPECT_EQ(m.pairs[1].intersection, 8);
    EXPECT_EQ(m.unmappedB, QStringList{QStringLiteral("misc")});
    EXPECT_TRUE(m.unmappedA.isEmpty());
    // a minimum overlap leaves weaker pairs unmapped
    EXPECT_EQ(suggestCodeMapping({r1}, 0.9).unmappedA, QStringList{QStringLiteral("barriers")});
}
