#pragma once

#include "coefficients.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace dyad::core::agreement {

/** How much partial credit two different ratings earn (Gwet 2014, ch. 3; Cohen 1968). */
enum class Weighting {
    Identity,   ///< unweighted: only equal ratings agree
    Linear,     ///< w_kl = 1 − |x_k − x_l| / (x_max − x_min)
    Quadratic,  ///< w_kl = 1 − (x_k − x_l)² / (x_max − x_min)²
};
QString weightingName(Weighting weighting);
std::optional<Weighting> weightingFromName(const QString &name);

/**
 * The q×q agreement weights (row-major) for categories with the values @p values (ascending;
 * ordinal categories pass their ranks 1 … q, interval ones their values). Identity for one
 * category or equal values.
 */
std::vector<double> agreementWeights(Weighting weighting, const std::vector<double> &values);

/** One chance-corrected coefficient with the parts it is computed from. */
struct MultiRaterCoefficient
{
    double value = 0;      ///< (p_a − p_e) / (1 − p_e); NaN when p_e = 1
    double observed = 0;   ///< p_a (weighted when weights are given)
    double expected = 0;   ///< p_e
    double se = 0;         ///< standard error (Gwet 2014, linearisation, infinite population)
    Interval ci95;         ///< value ± 1.96·se, clipped to [−1, 1]
};

/**
 * Agreement among any number of raters with missing ratings, as defined in Gwet (2014),
 * Handbook of Inter-Rater Reliability, 4th ed., chapters on multiple raters and weighting.
 * With r_ik raters putting subject i in category k, r_i = Σ_k r_ik, r*_ik = Σ_l w_kl r_il,
 * n the subjects with a rating and n' those with at least two:
 *
 *   p_a = (1/n') Σ_{r_i ≥ 2} Σ_k r_ik (r*_ik − 1) / (r_i (r_i − 1)),
 *   π_k = (1/n) Σ_i r_ik / r_i,
 *   Fleiss-style κ: p_e = Σ_kl w_kl π_k π_l;
 *   Gwet's AC1 (AC2 when weighted): p_e = T_w / (q(q − 1)) · Σ_k π_k (1 − π_k), T_w = Σ_kl w_kl;
 *   Brennan–Prediger: p_e = T_w / q².
 *
 * Subjects rated once count in π_k only. Variances follow the same source.
 */
struct MultiRaterResult
{
    Weighting weighting = Weighting::Identity;
    int subjects = 0;          ///< n, subjects with at least one rating
    int pairableSubjects = 0;  ///< n', subjects with two or more ratings
    int categories = 0;        ///< q
    int maxRaters = 0;         ///< the most ratings one subject received
    bool missingRatings = false; ///< subjects differ in their number of ratings
    std::vector<double> classification; ///< π_k
    MultiRaterCoefficient fleiss;
    MultiRaterCoefficient gwet;  ///< AC1 (identity weights) or AC2
    MultiRaterCoefficient brennanPrediger;
};

/**
 * Computes the three coefficients from a subjects × categories matrix of counts (rows may
 * sum to different numbers: missing ratings) and q×q weights (empty: identity). Fails when
 * fewer than two subjects have two ratings, when a count is negative, or when the weights do
 * not fit the categories.
 */
Result<MultiRaterResult> multiRaterAgreement(const std::vector<std::vector<double>> &counts,
                                             const std::vector<double> &weights = {},
                                             Weighting weighting = Weighting::Identity);

/**
 * A weighted Cohen's κ of two raters' k×k table (Cohen 1968): p_o^w = Σ w_ij p_ij,
 * p_e^w = Σ w_ij p_i· p_·j, with the large-sample SE of Fleiss, Cohen & Everitt (1969):
 * Var = [Σ_ij p_ij (w_ij − (w̄_i· + w̄_·j)(1 − κ_w))² − (κ_w − p_e^w(1 − κ_w))²] / (n (1 − p_e^w)²),
 * w̄_i· = Σ_j p_·j w_ij, w̄_·j = Σ_i p_i· w_ij.
 */
struct WeightedKappa
{
    Weighting weighting = Weighting::Identity;
    double value = 0;
    double observed = 0;
    double expected = 0;
    double se = 0;
    Interval ci95;         ///< value ± 1.96·se, clipped to [−1, 1]
};
WeightedKappa weightedKappa(const ContingencyTable &table, const std::vector<double> &weights, Weighting weighting);

QJsonObject toJson(const MultiRaterCoefficient &c);
QJsonObject toJson(const MultiRaterResult &r);
QJsonObject toJson(const WeightedKappa &k);

} // namespace dyad::core::agreement
