#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace dyad::ui {

/** A code's colour, falling back to a neutral grey for malformed values. */
QColor codeColor(const QString &hex);

/**
 * The highlight for text covered by `count` codings whose colours sum to (r, g, b):
 * the mean hue, translucent so that it reads over both light and dark base palettes,
 * and more opaque as more codings overlap (so overlaps stay visible, not hidden).
 */
QColor blendedHighlight(int sumRed, int sumGreen, int sumBlue, int count, bool dark);

/** Whether a palette is dark (its base is darker than its text). */
bool isDarkPalette(const QPalette &palette);

} // namespace dyad::ui
