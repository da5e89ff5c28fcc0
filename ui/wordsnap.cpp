#include "ui/wordsnap.h"

#include <QTextBoundaryFinder>

namespace dyad::ui {

std::pair<int, int> snapToWordBoundaries(const QString &text, int start, int end)
{
    const int n = static_cast<int>(text.size());
    start = std::clamp(start, 0, n);
    end = std::clamp(end, start, n);
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (start == end)
        return {start, end};

    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    finder.setPosition(start);
    if (!finder.isAtBoundary())
        start = static_cast<int>(finder.toPreviousBoundary());
    finder.setPosition(end);
    if (!finder.isAtBoundary())
        end = static_cast<int>(finder.toNextBoundary());
    return {std::max(start, 0), end < 0 ? n : end};
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
