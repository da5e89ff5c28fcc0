#pragma once

#include "core/base/span.h"

#include <vector>

namespace dyad::core {

/**
 * Assigns each span a lane (0, 1, 2, ...) so that spans sharing a lane never overlap:
 * greedy interval colouring in order of start (ties: longer span first), each span taking
 * the lowest lane that is free at its start. For intervals this uses the minimum number of
 * lanes (the maximum number of spans covering one point). Empty spans get lane 0 of
 * their own and block nothing.
 *
 * Used by the coding stripes in the document margin: one lane per overlapping coding.
 *
 * @return one lane per input span, in input order.
 */
std::vector<int> assignLanes(const std::vector<Span> &spans);

/** The number of lanes used by a result of assignLanes() (0 for no spans). */
int laneCount(const std::vector<int> &lanes);

} // namespace dyad::core
