#pragma once

#include <QString>

#include <utility>

namespace dyad::ui {

/**
 * Widens the UTF-16 range [start, end) of `text` to whole words and trims surrounding
 * spaces (core::text::snapToWords: ICU word rules, Chinese split into dictionary words).
 */
std::pair<int, int> snapToWordBoundaries(const QString &text, int start, int end);

/** The next (forward) or previous word edge from UTF-16 `pos`, for keyboard nudges. */
int nextWordBoundary(const QString &text, int pos, bool forward);

} // namespace dyad::ui
