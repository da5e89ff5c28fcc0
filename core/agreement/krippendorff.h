#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace dyad::core::agreement {

/** Level of measurement; chooses Krippendorff's difference function δ². */
enum class MetricLevel { Nominal, Ordinal, Interval, Ratio };

QString levelName(MetricLevel level);
std::optional<MetricLevel> levelFromName(const QString &name);

/**
 * Reliability data: one row per unit, one column per coder; std::nullopt is a missing
 * value. Rows may be shorter than the number of coders (the rest is missing).
 */
using ReliabilityData = std::vector<std::vector<std::optional<double>>>;

/** Krippendorff's α with everything it is computed from. */
struct AlphaResult
{
    MetricLevel level = MetricLevel::Nominal;
    double alpha = 0;                   ///< 1 − D_o / D_e; NaN when D_e = 0 (no variation)
    double observedDisagreement = 0;    ///< D_o
    double expectedDisagreement = 0;    ///< D_e
    std::vector<double> values;         ///< distinct values, ascending (rows/columns of the matrix)
    std::vector<double> coincidences;   ///< V×V coincidence matrix o_ck, row-major
    std::vector<double> marginals;      ///< n_c, row sums of the coincidence matrix
    double pairableValues = 0;          ///< n = Σ n_c (values in units with ≥ 2 values)
    int units = 0;                      ///< rows given
    int pairableUnits = 0;              ///< units with at least two values
    int coders = 0;                     ///< widest row

    double coincidence(int c, int k) const { return coincidences[size_t(c) * values.size() + size_t(k)]; }
};

/**
 * Krippendorff's α for any number of coders, missing values allowed, via the coincidence
 * matrix (Krippendorff 2011, "Computing Krippendorff's alpha-reliability"). Ratio data
 * must be non-negative.
 */
Result<AlphaResult> krippendorffAlpha(const ReliabilityData &data, MetricLevel level);

/** Fleiss' κ for m raters per subject (Fleiss 1971), with its parts. */
struct FleissResult
{
    double kappa = 0;
    double meanObserved = 0;            ///< P̄, mean pairwise agreement per subject
    double expected = 0;                ///< P̄_e = Σ p_j²
    double seNull = 0;                  ///< SE under H0 κ = 0 (Fleiss, Nee & Landis 1979)
    std::vector<double> proportions;    ///< p_j, share of all assignments in category j
    std::vector<double> categoryKappa;  ///< κ_j, per category (Fleiss 1971)
    int subjects = 0;
    int raters = 0;                     ///< m, the same for every subject
    int categories = 0;
};

/**
 * Fleiss' κ from a subjects × categories matrix of counts (how many raters put subject i in
 * category j). Every row must sum to the same number of raters m ≥ 2.
 */
Result<FleissResult> fleissKappa(const std::vector<std::vector<int>> &counts);

QJsonObject toJson(const AlphaResult &a);
QJsonObject toJson(const FleissResult &f);

} // namespace dyad::core::agreement

namespace dyad::core::agreement {

/**
 * Nominal Krippendorff's α from a units × categories matrix of counts (how many coders
 * put unit u in category k); rows may sum to different numbers (missing values). Same
 * result as krippendorffAlpha() on the equivalent reliability data, without building it.
 */
AlphaResult krippendorffAlphaFromCounts(const std::vector<std::vector<int>> &counts);

} // namespace dyad::core::agreement
