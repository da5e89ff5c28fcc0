#include "core/agreement/krippendorff.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

using namespace dyad::core::agreement;

namespace {

// Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School
// for Communication, University of Pennsylvania (repository.upenn.edu/asc_papers/43),
// section C: 4 observers × 12 units with missing values. Published: nominal α = 0.743,
// ordinal α = 0.815, interval α = 0.849, ratio α = 0.797 (n = 40 pairable values).
ReliabilityData krippendorff2011()
{
    const std::optional<double> _;
    const std::vector<std::vector<std::optional<double>>> byCoder = {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3},
        {_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _},
    };
    ReliabilityData units(12);
    for (size_t u = 0; u < 12; ++u)
        for (const auto &coder : byCoder)
            units[u].push_back(coder[u]);
    return units;
}

double alphaOf(const ReliabilityData &d, MetricLevel l)
{
    auto r = krippendorffAlpha(d, l);
    EXPECT_TRUE(r.ok());
    return r->alpha;
}

} // namespace

TEST(KrippendorffAlpha, Krippendorff2011AllLevels)
{
    const ReliabilityData d = krippendorff2011();
    EXPECT_NEAR(alphaOf(d, MetricLevel::Nominal), 0.743, 0.0005);
    EXPECT_NEAR(alphaOf(d, MetricLevel::Ordinal), 0.815, 0.0005);
    EXPECT_NEAR(alphaOf(d, MetricLevel::Interval), 0.849, 0.0005);
    EXPECT_NEAR(alphaOf(d, MetricLevel::Ratio), 0.797, 0.0005);
}

TEST(KrippendorffAlpha, Krippendorff2011CoincidenceMatrix)
{
    auto r = krippendorffAlpha(krippendorff2011(), MetricLevel::Nominal);
    ASSERT_TRUE(r.ok());
    // Published coincidence marginals n_c for values 1..5: 9, 13, 10, 5, 3 (n = 40); the
    // single value of unit 12 is not pairable.
    EXPECT_EQ(r->values, (std::vector<double>{1, 2, 3, 4, 5}));
    EXPECT_DOUBLE_EQ(r->pairableValues, 40);
    EXPECT_NEAR(r->marginals[0], 9, 1e-12);
    EXPECT_NEAR(r->marginals[1], 13, 1e-12);
    EXPECT_NEAR(r->marginals[2], 10, 1e-12);
    EXPECT_NEAR(r->marginals[3], 5, 1e-12);
    EXPECT_NEAR(r->marginals[4], 3, 1e-12);
    EXPECT_NEAR(r->coincidence(0, 0), 7, 1e-12);       // o_11
    EXPECT_NEAR(r->coincidence(0, 1), 4.0 / 3, 1e-12); // o_12
    EXPECT_NEAR(r->observedDisagreement, 8.0 / 40, 1e-12);
    EXPECT_EQ(r->pairableUnits, 11);
    EXPECT_EQ(r->units, 12);
    EXPECT_EQ(r->coders, 4);
}

// Wikipedia "Krippendorff's alpha", computational example (3 coders, 15 units, many missing):
// nominal α = 0.691 (also the doctest of the `krippendorff` Python package, 0.691358).
TEST(KrippendorffAlpha, WikipediaExampleNominal)
{
    const std::optional<double> _;
    const std::vector<std::vector<std::optional<double>>> byCoder = {
        {_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3},
        {1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _},
        {_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4},
    };
    ReliabilityData units(15);
    for (size_t u = 0; u < 15; ++u)
        for (const auto &coder : byCoder)
            units[u].push_back(coder[u]);
    EXPECT_NEAR(alphaOf(units, MetricLevel::Nominal), 0.691358, 5e-7);
}

TEST(KrippendorffAlpha, CountsFormMatchesDataForm)
{
    const ReliabilityData d = krippendorff2011();
    std::vector<std::vector<int>> counts;
    for (const auto &u : d) {
        std::vector<int> row(5, 0);
        for (const auto &v : u)
            if (v)
                ++row[size_t(*v - 1)];
        counts.push_back(row);
    }
    EXPECT_NEAR(krippendorffAlphaFromCounts(counts).alpha, alphaOf(d, MetricLevel::Nominal), 1e-12);
}

TEST(KrippendorffAlpha, PerfectAgreementOrderAndCoderInvariance)
{
    ReliabilityData perfect = {{1, 1, 1}, {2, 2, std::nullopt}, {3, 3, 3}, {1, 1, 1}};
    EXPECT_DOUBLE_EQ(alphaOf(perfect, MetricLevel::Nominal), 1.0);
    EXPECT_DOUBLE_EQ(alphaOf(perfect, MetricLevel::Interval), 1.0);

    ReliabilityData d = krippendorff2011();
    const double base = alphaOf(d, MetricLevel::Ordinal);
    std::mt19937 rng(7);
    std::shuffle(d.begin(), d.end(), rng); // order of units
    EXPECT_NEAR(alphaOf(d, MetricLevel::Ordinal), base, 1e-12);
    for (auto &u : d) // order of coders
        std::reverse(u.begin(), u.end());
    EXPECT_NEAR(alphaOf(d, MetricLevel::Ordinal), base, 1e-12);
}

TEST(KrippendorffAlpha, RejectsNegativeRatioValues)
{
    auto r = krippendorffAlpha({{1, -2}}, MetricLevel::Ratio);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("non-negative")));
}

// Fleiss, J. L. (1971), "Measuring nominal scale agreement among many raters", Psychological
// Bulletin 76(5):378-382, in the worked example of the Wikipedia article "Fleiss' kappa":
// 10 subjects, 14 raters, 5 categories; P̄ = 0.378, P̄_e = 0.213, κ = 0.210.
TEST(FleissKappa, WikipediaWorkedExample)
{
    const std::vector<std::vector<int>> counts = {
        {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
        {7, 7, 0, 0, 0},  {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
    };
    auto r = fleissKappa(counts);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_NEAR(r->kappa, 0.210, 0.0005);
    EXPECT_NEAR(r->meanObserved, 0.378, 0.0005);
    EXPECT_NEAR(r->expected, 0.213, 0.0005);
    EXPECT_NEAR(r->proportions[0], 0.143, 0.0005);
    EXPECT_NEAR(r->proportions[2], 0.279, 0.0005);
    EXPECT_EQ(r->raters, 14);
    EXPECT_EQ(r->subjects, 10);
}

TEST(FleissKappa, UnequalRaterCountsAreAnErrorNamingTheSubject)
{
    auto r = fleissKappa({{2, 1}, {1, 1}});
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("subject 2")));
}

TEST(FleissKappa, TwoRatersEqualScottPi)
{
    // With two raters Fleiss' κ is Scott's π (Fleiss 1971). The 2×2 (20, 5, 10, 15) as
    // counts: pooled marginals 0.55 / 0.45, p_o = 0.70.
    std::vector<std::vector<int>> counts;
    for (int i = 0; i < 20; ++i) counts.push_back({2, 0});
    for (int i = 0; i < 15; ++i) counts.push_back({1, 1});
    for (int i = 0; i < 15; ++i) counts.push_back({0, 2});
    auto r = fleissKappa(counts);
    ASSERT_TRUE(r.ok());
    const double pe = 0.55 * 0.55 + 0.45 * 0.45;
    EXPECT_NEAR(r->kappa, (0.70 - pe) / (1 - pe), 1e-12);
}
