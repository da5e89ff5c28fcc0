#pragma once

#include <QtGlobal>

#include <algorithm>
#include <compare>

namespace dyad::core {

/** Code-point offset into a record's NFC-normalised text (DESIGN invariant 1). */
using Offset = qint64;

/** A half-open span [start, end) in code points. */
struct Span
{
    Offset start = 0;
    Offset end = 0;

    Offset length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    bool overlaps(const Span &o) const { return start < o.end && o.start < end; }
    Offset overlapLength(const Span &o) const
    {
        const Offset s = std::max(start, o.start), e = std::min(end, o.end);
        return e > s ? e - s : 0;
    }
    friend bool operator==(const Span &, const Span &) = default;
    friend auto operator<=>(const Span &, const Span &) = default;
};

} // namespace dyad::core
