// Grouping of two reviewers' codings on one record, on hand-made span sets.

#include "core/reconcile/grouping.h"

#include <gtest/gtest.h>

using namespace dyad::core;
using namespace dyad::core::reconcile;

namespace {

QUuid fixedId(int n)
{
    return QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

const QUuid kRecord = fixedId(1);
const QUuid kAlice = fixedId(2);
const QUuid kBob = fixedId(3);
const QUuid kTrust = fixedId(10);
const QUuid kCost = fixedId(11);
const QUuid kAccess = fixedId(12);
const QUuid kMistrust = fixedId(13);   // Alice's own inductive code
const QUuid kDistrust = fixedId(14);   // Bob's own inductive code

struct GroupingTest : ::testing::Test
{
    int next = 100;
    std::vector<Coding> a, b;
    Codebooks books{{kTrust, kCost, kAccess, kMistrust}, {kTrust, kCost, kAccess, kDistrust}};

    Coding &add(std::vector<Coding> &side, const QUuid &code, Offset s, Offset e)
    {
        Coding c;
        c.id = fixedId(next++);
        c.recordId = kRecord;
        c.codeId = code;
        c.reviewerId = &side == &a ? kAlice : kBob;
        c.span = {s, e};
        side.push_back(c);
        return side.back();
    }
    std::vector<Group> groups() const { return groupRecord(kRecord, kAlice, kBob, a, b, books); }
};

} // namespace

TEST_F(GroupingTest, IdenticalCodingsAreOneExactAgreement)
{
    add(a, kTrust, 4, 19);
    add(b, kTrust, 4, 19);
    const auto g = groups();
    ASSERT_EQ(g.size(), 1u);
    EXPECT_EQ(g[0].kind, GroupKind::ExactAgreement);
    EXPECT_EQ(g[0].a.size(), 1u);
    EXPECT_EQ(g[0].b.size(), 1u);
    EXPECT_EQ(g[0].extent, (Span{4, 19}));
    EXPECT_EQ(g[0].impact(), 0);
}

TEST_F(GroupingTest, TouchingSpansDoNotOverlap)
{
    add(a, kTrust, 0, 5);
    add(b, kTrust, 5, 9);
    const auto g = groups();
    ASSERT_EQ(g.size(), 2u);
    EXPECT_EQ(g[0].kind, GroupKind::AOnly);
    EXPECT_EQ(g[0].extent, (Span{0, 5}));
    EXPECT_EQ(g[1].kind, GroupKind::BOnly);
    EXPECT_EQ(g[1].extent, (Span{5, 9}));
    EXPECT_FALSE(g[0].codeMissingFromOther);
}

TEST_F(GroupingTest, NestedSpansWithTheSameCodeAreABoundaryDifference)
{
    add(a, kTrust, 0, 20);
    add(b, kTrust, 5, 10);
    const auto g = groups();
    ASSERT_EQ(g.size(), 1u);
    EXPECT_EQ(g[0].kind, GroupKind::BoundaryDifference);
    EXPECT_EQ(g[0].extent, (Span{0, 20}));
    EXPECT_EQ(g[0].impact(), 15); // [0,5) and [10,20) were coded by Alice only
}

TEST_F(GroupingTest, AChainOfOverlapsIsOneGroup)
{
    add(a, kTrust, 0, 10);
    add(b, kTrust, 8, 20);
    add(a, kTrust, 18, 30);
    const auto g = groups();
    ASSERT_EQ(g.size(), 1u);
    EXPECT_EQ(g[0].kind, GroupKind::BoundaryDifference);
    EXPECT_EQ(g[0].a.size(), 2u);
    EXPECT_EQ(g[0].b.size(), 1u);
    EXPECT_EQ(g[0].extent, (Span{0, 30}));
    EXPECT_EQ(g[0].a[0].span, (Span{0, 10})); // members ordered by start
    EXPECT_EQ(g[0].impact(), 8 + 8 + 10);     // [0,8) Alice only, [10,18) Bob only, [20,30) Alice only
}

TEST_F(GroupingTest, DifferentCodesOnOverlappingTextAreACodeConflict)
{
    add(a, kTrust, 0, 10);
    add(b, kCost, 2, 10);
    const auto g = groups();
    ASSERT_EQ(g.size(), 1u);
    EXPECT_EQ(g[0].kind, GroupKind::CodeConflict);
    EXPECT_EQ(g[0].impact(), 10 + 8);
}

TEST_F(GroupingTest, ACodeTheOtherReviewerDoesNotHaveIsACodebookMismatch)
{
    add(a, kMistrust, 30, 60);
    add(b, kDistrust, 31, 60);
    const auto g = groups();
    ASSERT_EQ(g.size(), 1u);
    EXPECT_EQ(g[0].kind, GroupKind::CodebookMismatch);

    // One side's code alone missing is enough.
    a.clear();
    b.clear();
    add(a, kMistrust, 30, 60);
    add(b, kTrust, 31, 60);
    ASSERT_EQ(groups().size(), 1u);
    EXPECT_EQ(groups()[0].kind, GroupKind::CodebookMismatch);
}

TEST_F(GroupingTest, AOnlyNotesWhenTheOtherReviewerLacksTheCode)
{
    add(a, kMistrust, 3, 9);
    const auto g = groups();
    ASSERT_EQ(g.size(), 1u);
    EXPECT_EQ(g[0].kind, GroupKind::AOnly);
    EXPECT_TRUE(g[0].codeMissingFromOther);
}

TEST_F(GroupingTest, NestedCodesOfOneReviewerStaySeparateGroups)
{
    // Both reviewers code the passage Trust and a phrase inside it Cost; only Cost's start differs.
    add(a, kTrust, 0, 50);
    add(a, kCost, 10, 20);
    add(b, kTrust, 0, 50);
    add(b, kCost, 12, 20);
    const auto g = groups();
    ASSERT_EQ(g.size(), 2u);
    EXPECT_EQ(g[0].kind, GroupKind::ExactAgreement);
    EXPECT_EQ(g[0].a.front().codeId, kTrust);
    EXPECT_EQ(g[1].kind, GroupKind::BoundaryDifference);
    EXPECT_EQ(g[1].a.front().codeId, kCost);
    EXPECT_EQ(g[1].impact(), 2);
}

TEST_F(GroupingTest, AnExtraCodeOnAgreedTextIsOneSidedNotAConflict)
{
    add(a, kTrust, 0, 50);
    add(b, kTrust, 2, 50);
    add(b, kCost, 10, 20);
    const auto g = groups();
    ASSERT_EQ(g.size(), 2u);
    EXPECT_EQ(g[0].kind, GroupKind::BoundaryDifference);
    EXPECT_EQ(g[0].b.size(), 1u);
    EXPECT_EQ(g[1].kind, GroupKind::BOnly);
    EXPECT_EQ(g[1].b.front().codeId, kCost);
}

TEST_F(GroupingTest, AChainAcrossDifferentCodesIsOneConflict)
{
    add(a, kTrust, 0, 10);
    add(b, kCost, 5, 15);
    add(a, kAccess, 12, 20);
    const auto g = groups();
    ASSERT_EQ(g.size(), 1u);
    EXPECT_EQ(g[0].kind, GroupKind::CodeConflict);
    EXPECT_EQ(g[0].a.size(), 2u);
    EXPECT_EQ(g[0].extent, (Span{0, 20}));
}

TEST_F(GroupingTest, KeysAreStableAndFollowTheCodings)
{
    add(a, kTrust, 0, 10);
    add(b, kTrust, 2, 10);
    add(a, kCost, 30, 40);
    const auto first = groups();
    ASSERT_EQ(first.size(), 2u);
    EXPECT_EQ(first[0].key.size(), 16);
    EXPECT_NE(first[0].key, first[1].key);

    // Same codings read in another order, pair named the other way round: same keys.
    std::vector<Coding> ra(a.rbegin(), a.rend());
    const auto swapped = groupRecord(kRecord, kBob, kAlice, b, ra, {books.b, books.a});
    ASSERT_EQ(swapped.size(), 2u);
    EXPECT_EQ(swapped[0].key, first[0].key);
    EXPECT_EQ(swapped[1].key, first[1].key);

    // Moving one boundary changes that group's key only.
    b[0].span.start = 3;
    const auto moved = groups();
    EXPECT_NE(moved[0].key, first[0].key);
    EXPECT_EQ(moved[1].key, first[1].key);

    // Recoding changes the key too.
    a[1].codeId = kAccess;
    EXPECT_NE(groups()[1].key, first[1].key);
}

TEST_F(GroupingTest, AnotherPairGivesOtherKeysForTheSameCodings)
{
    add(a, kTrust, 0, 10);
    const QString withBob = groups()[0].key;
    const QString withCarol = groupRecord(kRecord, kAlice, fixedId(4), a, {}, books)[0].key;
    EXPECT_NE(withBob, withCarol);
}
