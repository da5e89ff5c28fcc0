#include "ui/offsetconversion.h"

#include <algorithm>

namespace dyad::ui {

OffsetConversion::OffsetConversion(const QString &text) : m_utf16(static_cast<int>(text.size()))
{
    for (int i = 0; i + 1 < m_utf16; ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            m_pairs.push_back(i);
            ++i;
        }
    }
    m_codePoints = m_utf16 - static_cast<core::Offset>(m_pairs.size());
}

int OffsetConversion::toUtf16(core::Offset offset) const
{
    offset = std::clamp<core::Offset>(offset, 0, m_codePoints);
    // Code point k starts at UTF-16 position k + (pairs starting before it). The i-th pair
    // (0-based) occupies code point m_pairs[i] - i.
    size_t lo = 0, hi = m_pairs.size();
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        if (m_pairs[mid] - static_cast<core::Offset>(mid) < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return static_cast<int>(offset + static_cast<core::Offset>(lo));
}

core::Offset OffsetConversion::toCodePoint(int pos) const
{
    pos = std::clamp(pos, 0, m_utf16);
    // Each pair that starts before pos shrinks the count by one. A position in the middle
    // of a pair (pos == pair + 1) then lands on that pair's own code point, as wanted.
    const auto it = std::lower_bound(m_pairs.begin(), m_pairs.end(), pos);
    return pos - static_cast<core::Offset>(it - m_pairs.begin());
}

} // namespace dyad::ui
