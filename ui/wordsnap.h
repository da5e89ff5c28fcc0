#pragma once

#include <QString>

#include <utility>

namespace dyad::ui {

/**
 * Widens the UTF-16 range [start, end) of `text` to whole words (ICU-like word boundaries;
 * CJK characters are words of their own), and trims surrounding spaces. To be replaced by
 * core/text's snapToWords when it lands.
 */
std::pair<int, int> snapToWordBoundaries(const QString &text, int start, int end);

/** The next (forward) or previous word boundary from `pos`, for keyboard nudges. */
int nextWordBoundary(const QString &text, int pos, bool forward);

} // namespace dyad::ui
