#pragma once

#include <QString>

namespace dyad::core {

/** True for a colour as Dyad stores it: "#rrggbb" (six hexadecimal digits). */
bool isCodeColor(const QString &color);

/**
 * @p color when isCodeColor(), else a neutral grey: the only form a code's colour takes in
 * HTML or CSS, so a colour from a tampered file can never carry markup or style.
 */
QString cssColor(const QString &color);

} // namespace dyad::core
