#include "ui/workbench/codinghighlighter.h"

#include "ui/workbench/codingcolors.h"

#include <QTextCharFormat>

#include <algorithm>

namespace dyad::ui {

CodingHighlighter::CodingHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void CodingHighlighter::setRanges(std::vector<Range> ranges, bool darkPalette)
{
    std::stable_sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) { return a.start < b.start; });
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

    // Boundary sweep: a range enters the covering set at its start and leaves at its end;
    // each stretch between two boundaries gets the colour of the set covering it.
    struct Event
    {
        int pos;
        bool enters;
        const Range *range;
    };
    std::vector<Event> events;
    for (const Range &r : m_ranges) {
        if (r.start >= blockEnd)
            break;
        if (r.end <= blockStart || r.end <= r.start)
            continue;
        events.push_back({std::max(r.start, blockStart) - blockStart, true, &r});
        events.push_back({std::min(r.end, blockEnd) - blockStart, false, &r});
    }
    if (events.empty())
        return;
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.pos < b.pos; });

    std::vector<const Range *> covering;
    int red = 0, green = 0, blue = 0, selected = 0;
    QColor selectedColor;
    for (size_t i = 0; i < events.size(); ++i) {
        const Event &e = events[i];
        const QColor &c = e.range->color;
        const int delta = e.enters ? 1 : -1;
        if (e.enters)
            covering.push_back(e.range);
        else
            covering.erase(std::find(covering.begin(), covering.end(), e.range));
        red += delta * c.red();
        green += delta * c.green();
        blue += delta * c.blue();
        if (e.range->selected) {
            selected += delta;
            selectedColor = c;
        }
        const int from = e.pos;
        const int to = i + 1 < events.size() ? events[i + 1].pos : from;
        if (to <= from || covering.empty())
            continue;
        QTextCharFormat format;
        format.setBackground(m_paint ? m_paint(covering)
                                     : blendedHighlight(red, green, blue, static_cast<int>(covering.size()), m_dark));
        if (selected > 0) {
            format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            format.setUnderlineColor(m_dark ? selectedColor.lighter(140) : selectedColor.darker(140));
        }
        setFormat(from, to - from, format);
    }
}

} // namespace dyad::ui
