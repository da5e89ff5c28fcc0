#include "core/text/lanes.h"

#include <gtest/gtest.h>

using namespace dyad::core;

namespace {

// No two spans that overlap may share a lane: the stripes would be drawn over each other.
void expectNoCollision(const std::vector<Span> &spans, const std::vector<int> &lanes)
{
    ASSERT_EQ(spans.size(), lanes.size());
    for (size_t i = 0; i < spans.size(); ++i)
        for (size_t j = i + 1; j < spans.size(); ++j)
            if (spans[i].overlaps(spans[j])) {
                EXPECT_NE(lanes[i], lanes[j]) << "spans " << i << " and " << j << " collide";
            }
}

} // namespace

TEST(Lanes, EmptyInputUsesNoLanes)
{
    EXPECT_TRUE(assignLanes({}).empty());
    EXPECT_EQ(laneCount({}), 0);
}

TEST(Lanes, DisjointSpansShareTheFirstLane)
{
    const std::vector<Span> spans{{0, 5}, {5, 10}, {20, 30}};
    EXPECT_EQ(assignLanes(spans), (std::vector<int>{0, 0, 0}));
}

TEST(Lanes, NestedSpansStack)
{
    // [0,100) contains [10,50) which contains [20,30): three lanes, outermost first.
    const std::vector<Span> spans{{20, 30}, {0, 100}, {10, 50}};
    const auto lanes = assignLanes(spans);
    EXPECT_EQ(lanes, (std::vector<int>{2, 0, 1}));
    EXPECT_EQ(laneCount(lanes), 3);
}

TEST(Lanes, FreedLaneIsReusedLowestFirst)
{
    // a=[0,10) lane 0, b=[2,4) lane 1, c=[3,20) lane 2, d=[5,8) reuses lane 1 (freed by b),
    // e=[12,15) takes lane 0 (freed by a) rather than lane 1.
    const std::vector<Span> spans{{0, 10}, {2, 4}, {3, 20}, {5, 8}, {12, 15}};
    const auto lanes = assignLanes(spans);
    EXPECT_EQ(lanes, (std::vector<int>{0, 1, 2, 1, 0}));
    expectNoCollision(spans, lanes);
}

TEST(Lanes, LaneCountEqualsDeepestOverlap)
{
    // 300 staggered codings of length 40, each starting 3 after the previous: at most
    // ceil(40/3) = 14 cover any one point, and greedy colouring by start is optimal.
    std::vector<Span> spans;
    for (int i = 0; i < 300; ++i)
        spans.push_back({i * 3, i * 3 + 40});
    const auto lanes = assignLanes(spans);
    expectNoCollision(spans, lanes);
    EXPECT_EQ(laneCount(lanes), 14);
}

TEST(Lanes, EmptySpansBlockNothing)
{
    const std::vector<Span> spans{{5, 5}, {0, 10}};
    EXPECT_EQ(assignLanes(spans), (std::vector<int>{0, 0}));
}
