#include "ui/workbench/codinghighlighter.h"

#include "ui/workbench/codingcolors.h"

#include <QTextCharFormat>

#include <algorithm>

namespace dyad::ui {

CodingHighlighter::CodingHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void CodingHighlighter::setRanges(std::vector<Range> ranges, bool darkPalette)
{
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) { return a.start < b.start; });
    m_ranges = std::move(ranges);
    m_dark = darkPalette;
    rehighlight();
}

void CodingHighlighter::highlightBlock(const QString &text)
{
    if (m_ranges.empty())
        return;
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + static_cast<int>(text.size());

    // Boundary sweep (as KateRenderer does for decorations): +1 at a start, -1 at an end;
    // between two boundaries the running colour sums give the blended highlight.
    struct Event
    {
        int pos;
        int delta;
        const Range *range;
    };
    std::vector<Event> events;
    for (const Range &r : m_ranges) {
        if (r.start >= blockEnd)
            break;
        if (r.end <= blockStart)
            continue;
        events.push_back({std::max(r.start, blockStart) - blockStart, +1, &r});
        events.push_back({std::min(r.end, blockEnd) - blockStart, -1, &r});
    }
    if (events.empty())
        return;
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.pos < b.pos; });

    int red = 0, green = 0, blue = 0, count = 0, selected = 0;
    QColor selectedColor;
    for (size_t i = 0; i < events.size(); ++i) {
        const Event &e = events[i];
        const QColor &c = e.range->color;
        red += e.delta * c.red();
        green += e.delta * c.green();
        blue += e.delta * c.blue();
        count += e.delta;
        if (e.range->selected) {
            selected += e.delta;
            selectedColor = c;
        }
        const int from = e.pos;
        const int to = i + 1 < events.size() ? events[i + 1].pos : from;
        if (to <= from || count <= 0)
            continue;
        QTextCharFormat format;
        format.setBackground(blendedHighlight(red, green, blue, count, m_dark));
        if (selected > 0) {
            format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            format.setUnderlineColor(m_dark ? selectedColor.lighter(140) : selectedColor.darker(140));
        }
        setFormat(from, to - from, format);
    }
}

} // namespace dyad::ui
