#include "ui/workbench/codingcolors.h"

#include <QPalette>

#include <cmath>

namespace dyad::ui {

QColor codeColor(const QString &hex)
{
    QColor c = QColor::fromString(hex);
    return c.isValid() ? c : QColor(0x80, 0x80, 0x80);
}

QColor blendedHighlight(int sumRed, int sumGreen, int sumBlue, int count, bool dark)
{
    if (count <= 0)
        return {};
    QColor c(sumRed / count, sumGreen / count, sumBlue / count);
    // One coding: a light wash. Each further overlap adds opacity: 1 - (1 - a)^n.
    const double single = dark ? 0.38 : 0.28;
    const double alpha = std::min(0.70, 1.0 - std::pow(1.0 - single, count));
    c.setAlphaF(static_cast<float>(alpha));
    return c;
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

} // namespace dyad::ui
