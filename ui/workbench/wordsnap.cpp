#include "ui/workbench/wordsnap.h"

#include "core/text/breaks.h"
#include "core/text/offsets.h"

#include <QList>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace dyad::ui {

std::pair<int, int> snapToWordBoundaries(const QString &text, int start, int end)
{
    const core::text::OffsetMap map(text);
    const core::Span snapped = core::text::snapToWords(text, map.toSpan(start, end));
    const auto [from, to] = map.toUtf16(snapped);
    return {static_cast<int>(from), static_cast<int>(to)};
}

std::pair<int, int> trimSpacesAndPunctuation(const QString &text, int start, int end)
{
    auto isTrimmable = [](char32_t c) {
        return QChar::isSpace(c) || QChar::isPunct(c) || c == U'\u00A0';
    };
    auto pairOpens = [](char32_t c) -> char32_t {
        switch (c) {
        case U')': return U'(';
        case U']': return U'[';
        case U'）': return U'（';
        case U'】': return U'【';
        case U'”': return U'“';
        case U'’': return U'‘';
        case U'》': return U'《';
        case U'"': return U'"';
        default: return 0;
        }
    };
    int from = std::clamp(start, 0, static_cast<int>(text.size()));
    int to = std::clamp(end, from, static_cast<int>(text.size()));
    // Step by code point so a surrogate pair is never split.
    auto codePointAt = [&](int i) { return QStringView(text).mid(i).toUcs4().value(0); };
    auto closes = [&](char32_t open) -> char32_t {
        for (char32_t c : {U')', U']', U'）', U'】', U'”', U'’', U'》', U'"'})
            if (pairOpens(c) == open)
                return c;
        return 0;
    };
    while (from < to) {
        const char32_t c = codePointAt(from);
        if (!isTrimmable(c))
            break;
        const int width = QChar::requiresSurrogates(c) ? 2 : 1;
        if (const char32_t close = closes(c)) {
            // An opening bracket stays when the range also holds its closing one.
            const QString rest = text.mid(from + width, to - from - width);
            if (rest.contains(QString::fromUcs4(&close, 1)))
                break;
        }
        from += width;
    }
    while (to > from) {
        const int last = (to - 2 >= from && text.at(to - 1).isLowSurrogate() && text.at(to - 2).isHighSurrogate())
                             ? to - 2
                             : to - 1;
        const char32_t c = codePointAt(last);
        if (!isTrimmable(c))
            break;
        if (const char32_t open = pairOpens(c)) {
            const QString inside = text.mid(from, last - from);
            const QString opener = QString::fromUcs4(&open, 1);
            if (c == U'"' ? inside.count(opener) % 2 == 1 : inside.contains(opener))
                break;
        }
        to = last;
    }
    if (from >= to)
        return {start, end};
    return {from, to};
}

std::pair<int, int> trimSpaces(const QString &text, int start, int end)
{
    int from = std::clamp(start, 0, static_cast<int>(text.size()));
    int to = std::clamp(end, from, static_cast<int>(text.size()));
    while (from < to && text.at(from).isSpace())
        ++from;
    while (to > from && text.at(to - 1).isSpace())
        --to;
    return from < to ? std::pair{from, to} : std::pair{start, end};
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
