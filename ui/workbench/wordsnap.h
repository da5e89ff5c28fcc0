#pragma once

#include <QString>

#include <utility>

namespace dyad::ui {

/**
 * Widens the UTF-16 range [start, end) of `text` to whole words and trims surrounding
 * spaces (core::text::snapToWords: ICU word rules, Chinese split into dictionary words).
 */
std::pair<int, int> snapToWordBoundaries(const QString &text, int start, int end);

/**
 * Narrows the UTF-16 range [start, end) of `text` so that it neither starts nor ends with
 * white space or punctuation ("区卫生服务中心、" → "区卫生服务中心", " “trust”, " → "trust").
 * A closing bracket stays when its opening one is inside the range ("(CHW)" keeps both).
 * Returns the range unchanged when nothing but spaces and punctuation is selected.
 */
std::pair<int, int> trimSpacesAndPunctuation(const QString &text, int start, int end);

/** Narrows the UTF-16 range [start, end) of `text` by the white space at either end (none left: unchanged). */
std::pair<int, int> trimSpaces(const QString &text, int start, int end);

/** The next (forward) or previous word edge from UTF-16 `pos`, for keyboard nudges. */
int nextWordBoundary(const QString &text, int pos, bool forward);

} // namespace dyad::ui
