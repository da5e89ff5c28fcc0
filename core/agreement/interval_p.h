#pragma once

// Private to core/agreement: the arithmetic every coefficient shares, one definition for the
// two-rater (coefficients.cpp) and the many-rater (multirater.cpp) figures.

#include "core/agreement/coefficients.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dyad::core::agreement::detail {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/** num / den, or NaN when the denominator is 0 (a coefficient that is undefined, not 0). */
inline double ratio(double num, double den)
{
    return den != 0 ? num / den : kNaN;
}

/** The 95 % interval centre ± z·se, clipped to [-1, 1]; NaN bounds when either is not finite. */
inline Interval clippedInterval(double centre, double se)
{
    if (!std::isfinite(centre) || !std::isfinite(se))
        return {kNaN, kNaN};
    return {std::max(-1.0, centre - kZ95 * se), std::min(1.0, centre + kZ95 * se)};
}

} // namespace dyad::core::agreement::detail
