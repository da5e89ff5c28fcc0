#include "core/agreement/unitizing.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace dyad::core;
using namespace dyad::core::agreement;

namespace {

// [begin, begin + length) shifted so the continuum starts at 0.
Span seg(Offset begin, Offset length, Offset origin = 0)
{
    return {begin - origin, begin - origin + length};
}

} // namespace

// Krippendorff, K. (2004), Content Analysis: An Introduction to Its Methodology, 2nd ed.,
// §12.4, p. 254: continuum 150..450 (L = 300), observers i and j, categories c and k.
// Published for c: uD_o = 0.0144, uD_e = 0.0532, α_c = 0.7286; for k (identical units):
// uD_o = 0, uD_e = 0.0490, α_k = 1. (The same figures are the test oracle of DKPro
// Statistics' Krippendorff2004Test.)
TEST(UnitizingAlpha, Krippendorff2004Example)
{
    const Offset o = 150;
    const UnitizingResult c = unitizingAlpha({{seg(225, 70, o), seg(370, 30, o)},
                                              {seg(220, 80, o), seg(355, 20, o), seg(400, 20, o)}},
                                             300);
    EXPECT_NEAR(c.observedDisagreement, 0.0144, 0.00005);
    EXPECT_NEAR(c.expectedDisagreement, 0.0532, 0.00005);
    EXPECT_NEAR(c.alpha, 0.7286, 0.00005);
    EXPECT_EQ(c.units, 5);

    const UnitizingResult k = unitizingAlpha({{seg(180, 60, o), seg(300, 50, o)}, {seg(180, 60, o), seg(300, 50, o)}}, 300);
    EXPECT_DOUBLE_EQ(k.observedDisagreement, 0);
    EXPECT_NEAR(k.expectedDisagreement, 0.0490, 0.00005);
    EXPECT_DOUBLE_EQ(k.alpha, 1);

    // both categories together: 1 − (D_o,c + D_o,k) / (D_e,c + D_e,k)
    const UnitizingResult both = combineUnitizing({c, k});
    EXPECT_NEAR(both.alpha, 1 - c.observedDisagreement / (c.expectedDisagreement + k.expectedDisagreement), 1e-12);
    EXPECT_NEAR(both.alpha, 0.859, 0.0005);
}

// Krippendorff, K. (1995), "On the reliability of unitizing continuous data", Sociological
// Methodology 25:47-76, p. 57: four pairs of coders on a continuum of 24. The observed
// disagreements are uD_o(A) = 0.03125, (B) = 2.26736, (C) = 0.02777, (D) = 0.38715.
// (The 1995 expected disagreement used a different chance model, revised in 2004; we
// implement the 2004 one, so only D_o is checked against 1995.)
TEST(UnitizingAlpha, Krippendorff1995ObservedDisagreement)
{
    auto run = [](std::vector<Span> a, std::vector<Span> b) { return unitizingAlpha({a, b}, 24).observedDisagreement; };
    EXPECT_NEAR(run({seg(2, 8), seg(14, 6)}, {seg(4, 4), seg(15, 2)}), 0.03125, 1e-5);
    EXPECT_NEAR(run({seg(0, 18)}, {seg(0, 2), seg(2, 1), seg(3, 1), seg(4, 1), seg(5, 1), seg(6, 3), seg(9, 1)}),
                2.26736, 1e-5);
    EXPECT_NEAR(run({seg(2, 6), seg(10, 2), seg(14, 4), seg(20, 2)}, {seg(0, 2), seg(4, 4), seg(10, 4), seg(16, 2), seg(20, 2)}),
                0.02777, 1e-5);
    EXPECT_NEAR(run({seg(0, 2), seg(2, 8), seg(10, 4), seg(14, 6), seg(20, 4)},
                    {seg(0, 4), seg(4, 4), seg(8, 7), seg(15, 2), seg(17, 7)}),
                0.38715, 1e-5);
}

// Hand-computed from the 2004 definition. Continuum L = 10, coder 1 marks [2,6), coder 2
// marks nothing. Sections: coder 1 = gap 2, unit 4, gap 4; coder 2 = gap 10.
// D_o: unit [2,6) lies in coder 2's gap → δ² = 4² = 16, counted for (1,2) and (2,1):
//      D_o = 32 / (2·1·10²) = 0.16.
// D_e: N_c = 1 so the first term vanishes; the gaps are 2, 4 (coder 1) and 10 (coder 2);
//      those ≥ 4 give Σ(l_h − 4 + 1) = 1 + 7 = 8; numerator = 4²·8 = 128; denominator
//      = mL(mL − 1) − l(l − 1) = 20·19 − 12 = 368; D_e = (2/10)·128/368 = 0.0695652.
// α = 1 − 0.16 / 0.0695652 = −1.3.
TEST(UnitizingAlpha, HandComputedOneCoderOnly)
{
    const UnitizingResult r = unitizingAlpha({{Span{2, 6}}, {}}, 10);
    EXPECT_NEAR(r.observedDisagreement, 0.16, 1e-12);
    EXPECT_NEAR(r.expectedDisagreement, 0.2 * 128.0 / 368.0, 1e-12);
    EXPECT_NEAR(r.alpha, 1 - 0.16 / (0.2 * 128.0 / 368.0), 1e-12);
}

TEST(UnitizingAlpha, IdenticalUnitsAgreePerfectlyAndNobodyCodingIsUndefined)
{
    EXPECT_DOUBLE_EQ(unitizingAlpha({{Span{3, 9}, Span{12, 20}}, {Span{3, 9}, Span{12, 20}}}, 40).alpha, 1);
    EXPECT_TRUE(std::isnan(unitizingAlpha({{}, {}}, 40).alpha));
}

TEST(UnitizingAlpha, SymmetricInCodersAndOverlapsMerged)
{
    const std::vector<Span> a{Span{0, 10}, Span{30, 45}}, b{Span{2, 12}, Span{28, 40}};
    EXPECT_NEAR(unitizingAlpha({a, b}, 60).alpha, unitizingAlpha({b, a}, 60).alpha, 1e-12);
    // a coder's overlapping segments are one unit: [0,10) + [5,10) == [0,10)
    EXPECT_NEAR(unitizingAlpha({{Span{0, 10}, Span{5, 10}, Span{30, 45}}, b}, 60).alpha,
                unitizingAlpha({a, b}, 60).alpha, 1e-12);
}

TEST(UnitizingAlpha, ThreeCodersIdenticalIsOne)
{
    const std::vector<Span> a{Span{5, 15}};
    EXPECT_DOUBLE_EQ(unitizingAlpha({a, a, a}, 30).alpha, 1);
}
