#pragma once

#include "core/model/types.h"

#include <QJsonObject>

#include <vector>

namespace dyad::core::agreement {

/** Krippendorff's α_U for one category (code) on one continuum, with its parts. */
struct UnitizingResult
{
    double alpha = 0;                 ///< 1 − D_o / D_e; NaN when D_e = 0 (nobody coded anything)
    double observedDisagreement = 0;  ///< uD_o
    double expectedDisagreement = 0;  ///< uD_e
    Offset continuumLength = 0;       ///< L
    int coders = 0;                   ///< m
    std::int64_t units = 0;           ///< N_c, segments of the category over all coders (after merging)
    Offset unitLength = 0;            ///< Σ of their lengths
};

/**
 * Krippendorff's α_U for unitizing a continuum [0, L) in one category (Krippendorff 1995;
 * 2004, §12.4). @p coderSegments holds, per coder, the segments that coder assigned to the
 * category. A coder's overlapping segments are merged first (α_U assumes a coder's units of
 * one category do not overlap); touching segments stay separate units; segments are clipped
 * to [0, L).
 */
UnitizingResult unitizingAlpha(const std::vector<std::vector<Span>> &coderSegments, Offset continuumLength);

/** unitizingAlpha() for two coders, without building the per-coder list. */
UnitizingResult unitizingAlpha(const std::vector<Span> &a, const std::vector<Span> &b, Offset continuumLength);

/**
 * α_U across several categories on the same continuum: 1 − Σ D_o / Σ D_e (Krippendorff
 * 2004 takes the disagreements of all categories together).
 */
UnitizingResult combineUnitizing(const std::vector<UnitizingResult> &perCategory);

QJsonObject toJson(const UnitizingResult &u);

} // namespace dyad::core::agreement
