// Multi-rater agreement with missing ratings (Fleiss-style κ, Gwet's AC1/AC2, Brennan–Prediger,
// with standard errors) and weighted κ, against the worked examples of Gwet (2014).
#include "core/agreement/krippendorff.h"
#include "core/agreement/multirater.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace dyad::core::agreement;

namespace {

// Gwet, K. L. (2014). Handbook of Inter-Rater Reliability (4th ed.), Advanced Analytics, the
// example of 4 raters × 12 subjects with missing ratings, 5 categories (p. 120; shipped as the
// dataset `cac.raw4raters` of Gwet's irrCAC package). Per subject, the ratings given:
//   1: 1 1 1      2: 2 2 3 2    3: 3 3 3 3    4: 3 3 3 3    5: 2 2 2 2    6: 1 2 3 4
//   7: 4 4 4 4    8: 1 1 2 1    9: 2 2 2 2   10: 5 5 5     11: 1 1       12: 3
// Published results (Gwet's irrCAC, which implements the handbook, to 3 decimals; the same
// figures are asserted by the irrCAC test suite):
//   unweighted: p_a 0.818; Fleiss κ 0.761 (p_e 0.239); AC1 0.775 (p_e 0.190, SE 0.143);
//               Brennan–Prediger 0.773 (p_e 0.200, SE 0.145)
//   linear:     p_a 0.939; Fleiss 0.818 (p_e 0.667, SE 0.149); AC2 0.859 (p_e 0.571, SE 0.117);
//               BP 0.848 (p_e 0.600, SE 0.123)
//   quadratic:  p_a 0.975; Fleiss 0.865 (p_e 0.818, SE 0.146); AC2 0.914 (p_e 0.714, SE 0.104);
//               BP 0.902 (p_e 0.750, SE 0.111)
// By hand, unweighted: 11 subjects have two or more ratings; subject 2 agrees on 3·2/(4·3) =
// 0.5, subject 6 on 0, subject 8 on 0.5, the 8 others fully: p_a = (8 + 0.5 + 0.5)/11 = 9/11
// = 0.8182. Brennan–Prediger: p_e = 1/5, (9/11 − 1/5)/(4/5) = 0.7727.
std::vector<std::vector<double>> gwet2014FourRaters()
{
    const std::vector<std::vector<int>> ratings = {{1, 1, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3},
                                                   {2, 2, 2, 2}, {1, 2, 3, 4}, {4, 4, 4, 4}, {1, 1, 2, 1},
                                                   {2, 2, 2, 2}, {5, 5, 5},    {1, 1},       {3}};
    std::vector<std::vector<double>> counts;
    for (const auto &subject : ratings) {
        std::vector<double> row(5, 0.0);
        for (int v : subject)
            row[size_t(v - 1)] += 1;
        counts.push_back(row);
    }
    return counts;
}

const std::vector<double> kFive = {1, 2, 3, 4, 5};

void expectNear3(double actual, double published, const char *what)
{
    EXPECT_NEAR(actual, published, 0.0005) << what;
}

} // namespace

TEST(AgreementMultiRater, Gwet2014FourRatersWithMissingRatingsUnweighted)
{
    auto r = multiRaterAgreement(gwet2014FourRaters());
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->subjects, 12);
    EXPECT_EQ(r->pairableSubjects, 11);
    EXPECT_TRUE(r->missingRatings);
    EXPECT_NEAR(r->gwet.observed, 9.0 / 11.0, 1e-12);
    expectNear3(r->fleiss.value, 0.761, "Fleiss κ");
    expectNear3(r->fleiss.expected, 0.239, "Fleiss p_e");
    expectNear3(r->gwet.value, 0.775, "AC1");
    expectNear3(r->gwet.expected, 0.190, "AC1 p_e");
    expectNear3(r->gwet.se, 0.143, "AC1 SE");
    EXPECT_NEAR(r->brennanPrediger.value, (9.0 / 11.0 - 0.2) / 0.8, 1e-12);
    expectNear3(r->brennanPrediger.se, 0.145, "BP SE");
    // irrCAC prints Fleiss' interval (0.424, 1) with a t quantile (11 df): SE = 0.337/2.201 = 0.153
    expectNear3(r->fleiss.se, 0.153, "Fleiss SE");
    EXPECT_DOUBLE_EQ(r->gwet.ci95.high, 1.0); // clipped
}

TEST(AgreementMultiRater, Gwet2014FourRatersLinearAndQuadraticWeights)
{
    auto lin = multiRaterAgreement(gwet2014FourRaters(), agreementWeights(Weighting::Linear, kFive), Weighting::Linear);
    ASSERT_TRUE(lin.ok()) << lin.error().toStdString();
    expectNear3(lin->gwet.observed, 0.939, "linear p_a");
    expectNear3(lin->fleiss.value, 0.818, "linear Fleiss");
    expectNear3(lin->fleiss.expected, 0.667, "linear Fleiss p_e");
    expectNear3(lin->fleiss.se, 0.149, "linear Fleiss SE");
    expectNear3(lin->gwet.value, 0.859, "AC2 linear");
    expectNear3(lin->gwet.expected, 0.571, "AC2 linear p_e");
    expectNear3(lin->gwet.se, 0.117, "AC2 linear SE");
    expectNear3(lin->brennanPrediger.value, 0.848, "BP linear");
    expectNear3(lin->brennanPrediger.se, 0.123, "BP linear SE");

    auto quad = multiRaterAgreement(gwet2014FourRaters(), agreementWeights(Weighting::Quadratic, kFive),
                                    Weighting::Quadratic);
    ASSERT_TRUE(quad.ok()) << quad.error().toStdString();
    expectNear3(quad->gwet.observed, 0.975, "quadratic p_a");
    expectNear3(quad->fleiss.value, 0.865, "quadratic Fleiss");
    expectNear3(quad->fleiss.se, 0.146, "quadratic Fleiss SE");
    expectNear3(quad->gwet.value, 0.914, "AC2 quadratic");
    expectNear3(quad->gwet.expected, 0.714, "AC2 quadratic p_e");
    expectNear3(quad->gwet.se, 0.104, "AC2 quadratic SE");
    expectNear3(quad->brennanPrediger.value, 0.902, "BP quadratic");
    expectNear3(quad->brennanPrediger.expected, 0.750, "BP quadratic p_e");
    expectNear3(quad->brennanPrediger.se, 0.111, "BP quadratic SE");
}

// Without missing ratings the Fleiss-style κ is Fleiss' (1971) κ: the worked example of 10
// subjects × 14 raters (P̄ = 0.378, P̄_e = 0.213, κ = 0.210; see test_agreement_krippendorff.cpp).
TEST(AgreementMultiRater, WithoutMissingRatingsItIsFleiss1971)
{
    const std::vector<std::vector<int>> counts = {
        {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
        {7, 7, 0, 0, 0},  {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
    };
    std::vector<std::vector<double>> asDouble;
    for (const auto &row : counts)
        asDouble.push_back(std::vector<double>(row.begin(), row.end()));
    auto r = multiRaterAgreement(asDouble);
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->missingRatings);
    expectNear3(r->fleiss.value, 0.210, "κ");
    expectNear3(r->fleiss.observed, 0.378, "P̄");
    expectNear3(r->fleiss.expected, 0.213, "P̄_e");
    EXPECT_NEAR(r->fleiss.value, fleissKappa(counts)->kappa, 1e-12);
}

TEST(AgreementMultiRater, WeightsFollowTheCategoryValues)
{
    // Linear weights over 1..5: neighbours 1 − 1/4 = 0.75; quadratic: 1 − 1/16 = 0.9375.
    const auto lin = agreementWeights(Weighting::Linear, kFive);
    const auto quad = agreementWeights(Weighting::Quadratic, kFive);
    EXPECT_DOUBLE_EQ(lin[0 * 5 + 1], 0.75);
    EXPECT_DOUBLE_EQ(lin[0 * 5 + 4], 0.0);
    EXPECT_DOUBLE_EQ(quad[0 * 5 + 1], 0.9375);
    EXPECT_DOUBLE_EQ(quad[2 * 5 + 2], 1.0);
    // Interval values 0, 1, 10: 0 and 1 are close (1 − 1/10), 1 and 10 far apart.
    const auto interval = agreementWeights(Weighting::Linear, {0, 1, 10});
    EXPECT_DOUBLE_EQ(interval[0 * 3 + 1], 0.9);
    EXPECT_DOUBLE_EQ(interval[1 * 3 + 2], 0.1);
}

TEST(AgreementMultiRater, TwoRatersWeightedKappaAndAc2OnGwetsAbstractorsTable)
{
    // Gwet (2014), ch. 3: two abstractors classify 100 pregnancies as ectopic / AIU / NIU
    // (irrCAC dataset cont3x3abstractors): 13 0 0 / 0 20 7 / 0 4 56. Published (irrCAC):
    // Cohen's κ 0.796, linear weighted κ 0.843, quadratic 0.892; AC1 0.849, AC2 linear 0.900,
    // quadratic 0.940.
    // By hand, linear weights (1, 0.5, 0): p_o = (89 + 0.5·11)/100 = 0.945; marginals rows
    // .13 .27 .60, columns .13 .24 .63; p_e = Σ w_ij r_i c_j = 0.6499; κ_w = 0.2951/0.3501 = 0.8429.
    const ContingencyTable t(3, {13, 0, 0, 0, 20, 7, 0, 4, 56});
    const std::vector<double> values{1, 2, 3};
    const WeightedKappa none = weightedKappa(t, agreementWeights(Weighting::Identity, values), Weighting::Identity);
    const WeightedKappa lin = weightedKappa(t, agreementWeights(Weighting::Linear, values), Weighting::Linear);
    const WeightedKappa quad = weightedKappa(t, agreementWeights(Weighting::Quadratic, values), Weighting::Quadratic);
    EXPECT_NEAR(none.value, computeCoefficients(t).kappa, 1e-12);
    expectNear3(none.value, 0.796, "κ");
    EXPECT_NEAR(lin.observed, 0.945, 1e-12);
    EXPECT_NEAR(lin.expected, 0.6499, 1e-12);
    expectNear3(lin.value, 0.843, "linear κ_w");
    expectNear3(quad.value, 0.892, "quadratic κ_w");
    // Standard errors (Fleiss, Cohen & Everitt 1969). Unweighted it is the SE irrCAC prints,
    // 0.0589 (overview vignette: 0.05891072), as does our Coefficients::kappaSe. irrCAC prints the
    // weighted intervals with a t quantile (99 df, 1.984): linear (0.748, 0.938) → SE 0.0479,
    // quadratic (0.822, 0.962) → SE 0.0353.
    EXPECT_NEAR(none.se, 0.05891072, 1e-6);
    EXPECT_NEAR(none.se, computeCoefficients(t).kappaSe, 1e-12);
    EXPECT_NEAR(lin.se, (0.938 - 0.748) / (2 * 1.984), 0.0005);
    EXPECT_NEAR(quad.se, (0.962 - 0.822) / (2 * 1.984), 0.0005);

    // The same table as raw ratings of two raters: AC1 equals the two-rater AC1.
    std::vector<std::vector<double>> counts;
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            for (int c = 0; c < int(t.at(i, j)); ++c) {
                std::vector<double> row(3, 0.0);
                row[size_t(i)] += 1;
                row[size_t(j)] += 1;
                counts.push_back(row);
            }
    auto ac1 = multiRaterAgreement(counts);
    ASSERT_TRUE(ac1.ok());
    EXPECT_NEAR(ac1->gwet.value, computeCoefficients(t).ac1, 1e-12);
    expectNear3(ac1->gwet.value, 0.849, "AC1");
    EXPECT_FALSE(ac1->missingRatings);
    auto ac2l = multiRaterAgreement(counts, agreementWeights(Weighting::Linear, values), Weighting::Linear);
    auto ac2q = multiRaterAgreement(counts, agreementWeights(Weighting::Quadratic, values), Weighting::Quadratic);
    ASSERT_TRUE(ac2l.ok() && ac2q.ok());
    expectNear3(ac2l->gwet.value, 0.900, "AC2 linear");
    expectNear3(ac2q->gwet.value, 0.940, "AC2 quadratic");
}

TEST(AgreementMultiRater, RefusesWhatCannotBeComputed)
{
    // One subject rated twice is not enough.
    auto one = multiRaterAgreement({{2, 0}, {1, 0}});
    ASSERT_FALSE(one.ok());
    EXPECT_NE(one.error().indexOf(QStringLiteral("two subjects")), -1);
    auto badWeights = multiRaterAgreement({{2, 0}, {0, 2}}, {1, 0, 0});
    EXPECT_FALSE(badWeights.ok());
    // Everybody always in one category: p_e = 1 for Fleiss, κ undefined (not 0 or 1).
    auto flat = multiRaterAgreement({{3, 0}, {3, 0}, {3, 0}});
    ASSERT_TRUE(flat.ok());
    EXPECT_TRUE(std::isnan(flat->fleiss.value));
    EXPECT_DOUBLE_EQ(flat->gwet.value, 1.0); // AC1: p_e = 0
}
