#pragma once

#include <QColor>
#include <QSyntaxHighlighter>
#include <QUuid>

#include <functional>
#include <vector>

namespace dyad::ui {

/**
 * Paints codings as per-block layout formats (the QSyntaxHighlighter machinery ends in
 * QTextLayout::setFormats), not as ExtraSelections, which get slow in the hundreds.
 * Overlaps are merged by a boundary sweep (as KateRenderer does for decorations), so no
 * coding hides another. One class for every text that shows codings: the workbench blends
 * the colours of the codings over a stretch (the default); the comparison view says how a
 * stretch covered by some codings of either reviewer is coloured (setPaint).
 */
class CodingHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    /** A highlighted range in UTF-16 positions of the document. */
    struct Range
    {
        int start = 0;
        int end = 0;
        QColor color;
        bool selected = false;  ///< underlined in its colour
        QUuid codeId;           ///< for a paint function that compares codes
        int layer = 0;          ///< whose coding, for a paint function (e.g. 0 left, 1 right)
    };

    /** The colour of a stretch covered by `covering` (never empty; in the order they began). */
    using Paint = std::function<QColor(const std::vector<const Range *> &covering)>;

    explicit CodingHighlighter(QTextDocument *document);

    /** Replaces the default blend of the covering codings' colours. */
    void setPaint(Paint paint) { m_paint = std::move(paint); }

    /** Replaces the ranges and re-highlights. */
    void setRanges(std::vector<Range> ranges, bool darkPalette);
    /** Forgets the ranges without re-highlighting (before the document text is replaced). */
    void clearRanges() { m_ranges.clear(); }

protected:
    void highlightBlock(const QString &text) override;

private:
    std::vector<Range> m_ranges; // sorted by start
    Paint m_paint;
    bool m_dark = false;
};

} // namespace dyad::ui
