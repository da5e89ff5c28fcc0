#include "core/text/offsets.h"

#include <algorithm>

namespace dyad::core::text {

OffsetMap::OffsetMap(const QString &text)
    : m_utf16Length(text.size())
{
    const QChar *data = text.constData();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (data[i].isHighSurrogate() && data[i + 1].isLowSurrogate()) {
            m_pairs.push_back(i);
            ++i;
        }
    }
}

qsizetype OffsetMap::toUtf16(Offset codePoint) const
{
    codePoint = std::clamp<Offset>(codePoint, 0, codePointLength());
    if (m_pairs.empty())
        return static_cast<qsizetype>(codePoint);
    // Pair k starts at code point m_pairs[k] - k; count the pairs that start before codePoint.
    // m_pairs[k] - k is ascending, so binary search on it directly.
    qsizetype lo = 0, hi = static_cast<qsizetype>(m_pairs.size());
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (m_pairs[mid] - mid < codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return static_cast<qsizetype>(codePoint) + lo;
}

Offset OffsetMap::toCodePoint(qsizetype utf16) const
{
    utf16 = std::clamp<qsizetype>(utf16, 0, m_utf16Length);
    if (m_pairs.empty())
        return utf16;
    // Pairs whose high surrogate lies before utf16.
    const auto it = std::lower_bound(m_pairs.begin(), m_pairs.end(), utf16);
    const auto before = static_cast<qsizetype>(it - m_pairs.begin());
    if (before > 0 && m_pairs[before - 1] == utf16 - 1) // inside a pair: snap to its start
        return (utf16 - 1) - (before - 1);
    return utf16 - before;
}

Span OffsetMap::toSpan(qsizetype utf16Start, qsizetype utf16End) const
{
    return Span { toCodePoint(utf16Start), toCodePoint(utf16End) };
}

std::pair<qsizetype, qsizetype> OffsetMap::toUtf16(const Span &span) const
{
    return { toUtf16(span.start), toUtf16(span.end) };
}

Offset codePointLength(const QString &text)
{
    Offset count = 0;
    const QChar *data = text.constData();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i, ++count) {
        if (data[i].isHighSurrogate() && i + 1 < n && data[i + 1].isLowSurrogate())
            ++i;
    }
    return count;
}

QString substringByCodePoints(const QString &text, const Span &span)
{
    if (span.isEmpty())
        return {};
    const OffsetMap map(text);
    const auto [start, end] = map.toUtf16(span);
    return text.mid(start, end - start);
}

} // namespace dyad::core::text
