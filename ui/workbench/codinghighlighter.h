#pragma once

#include <QColor>
#include <QSyntaxHighlighter>

#include <vector>

namespace dyad::ui {

/**
 * Paints codings as per-block layout formats (the QSyntaxHighlighter machinery ends in
 * QTextLayout::setFormats), not as ExtraSelections, which get slow in the hundreds.
 * Overlaps are merged by a boundary sweep and blended, so no coding hides another.
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
        bool selected = false;
    };

    explicit CodingHighlighter(QTextDocument *document);

    /** Replaces the ranges and re-highlights. */
    void setRanges(std::vector<Range> ranges, bool darkPalette);
    /** Forgets the ranges without re-highlighting (before the document text is replaced). */
    void clearRanges() { m_ranges.clear(); }

protected:
    void highlightBlock(const QString &text) override;

private:
    std::vector<Range> m_ranges; // sorted by start
    bool m_dark = false;
};

} // namespace dyad::ui
