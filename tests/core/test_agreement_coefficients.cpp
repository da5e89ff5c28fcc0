#include "core/agreement/coefficients.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <cmath>

using namespace dyad::core::agreement;

// Cohen's κ on the textbook 2×2 of 50 grant proposals read by two readers (the worked example
// of the Wikipedia article "Cohen's kappa"): 20 both yes, 5 A-yes/B-no, 10 A-no/B-yes,
// 15 both no. p_o = 0.70, p_e = 0.50, κ = 0.40.
TEST(AgreementCoefficients, CohenKappaTextbookTwoByTwo)
{
    const Coefficients c = computeCoefficients(Table2x2{20, 5, 10, 15});
    EXPECT_DOUBLE_EQ(c.n, 50);
    EXPECT_NEAR(c.observed, 0.70, 1e-12);
    EXPECT_NEAR(c.expectedCohen, 0.50, 1e-12);
    EXPECT_NEAR(c.kappa, 0.40, 1e-12);
    EXPECT_EQ(c.landisKoch, QStringLiteral("fair"));
    // counts travel with the result
    EXPECT_DOUBLE_EQ(c.table.at(0, 1), 5);
    EXPECT_DOUBLE_EQ(c.table.at(1, 0), 10);
}

// Gwet, K. L. (2014), Handbook of Inter-Rater Reliability, 4th ed.: the 3×3 "abstractors"
// table (Ectopic / AIU / NIU; 100 records) as published with Gwet's irrCAC package
// (README, 2019): Cohen's κ = 0.7964094 (SE 0.05891072), Scott's π = 0.7962397,
// Gwet's AC1 = 0.8493305 (SE 0.04321747), Brennan–Prediger = 0.835, percent agreement 0.89,
// Krippendorff's α = 0.7972585. Gwet's κ SE equals the Fleiss, Cohen & Everitt (1969)
// large-sample SE that we compute, and his AC1 SE is Gwet (2008)'s variance.
TEST(AgreementCoefficients, GwetHandbookAbstractorsTable)
{
    const ContingencyTable t(3, {13, 0, 0, 0, 20, 7, 0, 4, 56});
    const Coefficients c = computeCoefficients(t);
    EXPECT_NEAR(c.observed, 0.89, 1e-12);
    EXPECT_NEAR(c.kappa, 0.7964094, 1e-7);
    EXPECT_NEAR(c.kappaSe, 0.05891072, 1e-8);
    // Our interval is the normal one, κ ± 1.96·SE. (irrCAC prints (0.68, 0.913) because it
    // uses the t quantile with n − 1 df, 1.984 here.)
    EXPECT_NEAR(c.kappaCi95.low, 0.7964094 - 1.959964 * 0.05891072, 1e-6);
    EXPECT_NEAR(c.kappaCi95.high, 0.7964094 + 1.959964 * 0.05891072, 1e-6);
    EXPECT_NEAR(c.scottPi, 0.7962397, 1e-7);
    EXPECT_NEAR(c.ac1, 0.8493305, 1e-7);
    EXPECT_NEAR(c.ac1Se, 0.04321747, 1e-8);
    EXPECT_NEAR(c.ac1Ci95.low, 0.8493305 - 1.959964 * 0.04321747, 1e-6);
    EXPECT_NEAR(c.brennanPrediger, 0.835, 1e-12);
    EXPECT_NEAR(c.alpha, 0.7972585, 1e-7);
    EXPECT_TRUE(std::isnan(c.prevalenceIndex)); // 2×2-only figures are not defined for k×k
}

// Brennan–Prediger depends on the number of categories available, not only those used.
TEST(AgreementCoefficients, BrennanPredigerUsesExplicitCategoryCount)
{
    const ContingencyTable t(3, {13, 0, 0, 0, 20, 7, 0, 4, 56});
    EXPECT_NEAR(computeCoefficients(t, 4).brennanPrediger, (0.89 - 0.25) / 0.75, 1e-12);
    EXPECT_EQ(computeCoefficients(t, 4).categories, 4);
}

// Feinstein, A. R. & Cicchetti, D. V. (1990), "High agreement but low kappa: I. The problems
// of two paradoxes", J Clin Epidemiol 43(6):543-549, Table 1 (as reproduced e.g. in
// Gerstman, Epidemiology Kept Simple, Table 10.6): both tables have p_o = 0.85, but
// κ = 0.70 for (40, 9, 6, 45) and κ = 0.32 for (80, 10, 5, 5).
// Byrt, Bishop & Carlin (1993), "Bias, prevalence and kappa", J Clin Epidemiol 46(5):423-429:
// PABAK = 2p_o − 1 = 0.70 for both, prevalence index (a − d)/n, bias index (b − c)/n.
TEST(AgreementCoefficients, KappaParadoxFeinsteinCicchetti)
{
    const Coefficients balanced = computeCoefficients(Table2x2{40, 9, 6, 45});
    const Coefficients skewed = computeCoefficients(Table2x2{80, 10, 5, 5});
    EXPECT_NEAR(balanced.observed, 0.85, 1e-12);
    EXPECT_NEAR(skewed.observed, 0.85, 1e-12);
    EXPECT_NEAR(balanced.kappa, 0.70, 0.005);
    EXPECT_NEAR(skewed.kappa, 0.32, 0.005);
    EXPECT_NEAR(skewed.expectedCohen, 0.78, 1e-12);

    EXPECT_NEAR(balanced.pabak, 0.70, 1e-12);
    EXPECT_NEAR(skewed.pabak, 0.70, 1e-12);
    EXPECT_NEAR(balanced.prevalenceIndex, -0.05, 1e-12);
    EXPECT_NEAR(skewed.prevalenceIndex, 0.75, 1e-12);
    EXPECT_NEAR(balanced.biasIndex, 0.03, 1e-12);
    EXPECT_NEAR(skewed.biasIndex, 0.05, 1e-12);

    EXPECT_FALSE(balanced.kappaParadox);
    EXPECT_TRUE(skewed.kappaParadox);
    EXPECT_TRUE(paradoxNote(skewed).contains(QStringLiteral("AC1")));
    EXPECT_TRUE(paradoxNote(balanced).isEmpty());
    EXPECT_GT(skewed.ac1, 0.75); // AC1 stays near p_o under skewed prevalence
}

// A code only one reviewer applied: A never, B in 5 of 100 records. p_o = 95/100 and κ = 0
// (p_e = 0.95·1 + 0.05·0 = 0.95 = p_o), which the p_o/κ rule alone would call a paradox; it is
// plain disagreement, so no flag (the dashboard showed "paradox" for such codes).
TEST(AgreementCoefficients, CodeUsedByOneReviewerIsNotAParadox)
{
    const Coefficients c = computeCoefficients(Table2x2{0, 0, 5, 95});
    EXPECT_NEAR(c.observed, 0.95, 1e-12);
    EXPECT_NEAR(c.kappa, 0.0, 1e-12);
    EXPECT_TRUE(isKappaParadox(c.observed, c.kappa));
    EXPECT_FALSE(c.kappaParadox);
    EXPECT_TRUE(paradoxNote(c).isEmpty());
    // both used it once, still rare: the paradox proper
    EXPECT_TRUE(computeCoefficients(Table2x2{1, 4, 4, 91}).kappaParadox);
}

// Specific agreement (Cicchetti & Feinstein 1990, "II. Resolving the paradoxes"):
// p_pos = 2a/(2a+b+c), p_neg = 2d/(2d+b+c). For (80, 10, 5, 5): 160/175 and 10/25.
TEST(AgreementCoefficients, PositiveAndNegativeSpecificAgreement)
{
    const Coefficients c = computeCoefficients(Table2x2{80, 10, 5, 5});
    EXPECT_NEAR(c.positiveAgreement, 160.0 / 175.0, 1e-12);
    EXPECT_NEAR(c.negativeAgreement, 0.40, 1e-12);
}

TEST(AgreementCoefficients, PerfectAgreementGivesOne)
{
    const Coefficients c = computeCoefficients(Table2x2{12, 0, 0, 30});
    EXPECT_DOUBLE_EQ(c.observed, 1);
    EXPECT_DOUBLE_EQ(c.kappa, 1);
    EXPECT_DOUBLE_EQ(c.scottPi, 1);
    EXPECT_DOUBLE_EQ(c.ac1, 1);
    EXPECT_DOUBLE_EQ(c.brennanPrediger, 1);
    EXPECT_DOUBLE_EQ(c.alpha, 1);
    EXPECT_DOUBLE_EQ(c.pabak, 1);
    EXPECT_EQ(c.landisKoch, QStringLiteral("almost perfect"));
}

TEST(AgreementCoefficients, SymmetricInReviewers)
{
    const Table2x2 t{33, 7, 12, 148};
    const Coefficients x = computeCoefficients(t), y = computeCoefficients(t.transposed());
    EXPECT_NEAR(x.kappa, y.kappa, 1e-12);
    EXPECT_NEAR(x.kappaSe, y.kappaSe, 1e-12);
    EXPECT_NEAR(x.scottPi, y.scottPi, 1e-12);
    EXPECT_NEAR(x.ac1, y.ac1, 1e-12);
    EXPECT_NEAR(x.ac1Se, y.ac1Se, 1e-12);
    EXPECT_NEAR(x.alpha, y.alpha, 1e-12);
    EXPECT_NEAR(x.biasIndex, -y.biasIndex, 1e-12);
}

TEST(AgreementCoefficients, DegenerateTablesAreUndefinedNotZero)
{
    // everybody says "no" everywhere: κ is 0/0
    const Coefficients none = computeCoefficients(Table2x2{0, 0, 0, 50});
    EXPECT_DOUBLE_EQ(none.observed, 1);
    EXPECT_TRUE(std::isnan(none.kappa));
    EXPECT_FALSE(none.kappaParadox);
    const Coefficients empty = computeCoefficients(Table2x2{});
    EXPECT_TRUE(std::isnan(empty.observed));
    // NaN is written as JSON null, never as a number
    const QJsonObject j = toJson(none);
    EXPECT_TRUE(j.value(QStringLiteral("kappa")).isNull());
    EXPECT_EQ(j.value(QStringLiteral("counts")).toObject().value(QStringLiteral("d")).toDouble(), 50);
}

TEST(AgreementCoefficients, LandisKochBandsAreAConvention)
{
    EXPECT_EQ(landisKochBand(-0.1), QStringLiteral("poor"));
    EXPECT_EQ(landisKochBand(0.2), QStringLiteral("slight"));
    EXPECT_EQ(landisKochBand(0.4), QStringLiteral("fair"));
    EXPECT_EQ(landisKochBand(0.55), QStringLiteral("moderate"));
    EXPECT_EQ(landisKochBand(0.61), QStringLiteral("substantial"));
    EXPECT_EQ(landisKochBand(0.81), QStringLiteral("almost perfect"));
}

TEST(AgreementCoefficients, ParadoxRuleThresholds)
{
    EXPECT_TRUE(isKappaParadox(0.90, 0.59));
    EXPECT_FALSE(isKappaParadox(0.90, 0.61));
    EXPECT_TRUE(isKappaParadox(0.98, 0.65));  // gap > 0.30
    EXPECT_FALSE(isKappaParadox(0.84, 0.10)); // agreement not high: ordinary low agreement
}
