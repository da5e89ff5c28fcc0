#include "ui/analysis/rotatedheader.h"

#include <QPainter>
#include <QStyleOptionHeader>

namespace dyad::ui::analysis {

namespace {
constexpr int kMargin = 6; // between a name and the section's edges
}

RotatedHeaderView::RotatedHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
}

int RotatedHeaderView::maxTextLength() const
{
    return fontMetrics().averageCharWidth() * 32;
}

QString RotatedHeaderView::name(int logicalIndex) const
{
    return model() ? model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString() : QString();
}

QString RotatedHeaderView::shownText(int logicalIndex) const
{
    // The section's length along the text is the header's height, less the margins.
    return fontMetrics().elidedText(name(logicalIndex), Qt::ElideRight, height() - 2 * kMargin);
}

QSize RotatedHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    // A few pixels more than the advance: eliding measures the laid-out text, which can come
    // out a pixel wider than horizontalAdvance() rounds it.
    const int length = std::min(fontMetrics().horizontalAdvance(name(logicalIndex)) + 4, maxTextLength());
    return { fontMetrics().height() + 2 * kMargin, length + 2 * kMargin };
}

void RotatedHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid())
        return;
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    style()->drawControl(QStyle::CE_HeaderSection, &option, painter, this);

    painter->save();
    painter->translate(rect.left(), rect.bottom());
    painter->rotate(-90);
    // Turned a quarter to the left: x runs up the section, y across it.
    const QRect area(kMargin, 0, rect.height() - 2 * kMargin, rect.width());
    painter->setPen(palette().color(QPalette::ButtonText));
    painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
        fontMetrics().elidedText(name(logicalIndex), Qt::ElideRight, area.width()));
    painter->restore();
}

} // namespace dyad::ui::analysis
