#include "ui/wordsnap.h"

#include "core/text/breaks.h"
#include "core/text/offsets.h"

#include <QTextBoundaryFinder>

namespace dyad::ui {

std::pair<int, int> snapToWordBoundaries(const QString &text, int start, int end)
{
    const core::text::OffsetMap map(text);
    const core::Span snapped = core::text::snapToWords(text, map.toSpan(start, end));
    const auto [from, to] = map.toUtf16(snapped);
    return {static_cast<int>(from), static_cast<int>(to)};
}

int nextWordBoundary(const QString &text, int pos, bool forward)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    finder.setPosition(pos);
    // Skip boundaries that only separate spaces, so one step moves over one word.
    for (;;) {
        const qsizetype next = forward ? finder.toNextBoundary() : finder.toPreviousBoundary();
        if (next < 0)
            return forward ? static_cast<int>(text.size()) : 0;
        const bool wordEdge = (finder.boundaryReasons()
                               & (QTextBoundaryFinder::StartOfItem | QTextBoundaryFinder::EndOfItem));
        if (wordEdge || next == 0 || next == text.size())
            return static_cast<int>(next);
    }
}

} // namespace dyad::ui
