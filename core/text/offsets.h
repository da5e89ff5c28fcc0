#pragma once

#include "core/base/span.h"

#include <QString>

#include <utility>
#include <vector>

namespace dyad::core::text {

/**
 * Converts between code-point offsets (the unit of every Span, DESIGN invariant 1) and
 * the UTF-16 offsets that QString and QTextCursor use, for one fixed string.
 *
 * This is the single place where UI positions are converted. Build one map per text
 * (O(n)); conversions are then O(1) when the text has no surrogate pairs and O(log p)
 * otherwise, p being the number of surrogate pairs. Only the positions of surrogate pairs
 * are stored, so a map over text without supplementary-plane characters costs nothing.
 *
 * A lone (unpaired) surrogate counts as one code point, as it does in QStringIterator.
 * Offsets outside the text are clamped to [0, length].
 */
class OffsetMap
{
public:
    /** An empty map (for the empty string). */
    OffsetMap() = default;
    /** Scans @p text once; the map does not keep a reference to it. */
    explicit OffsetMap(const QString &text);

    /** Length of the text in UTF-16 code units (QString::size()). */
    qsizetype utf16Length() const { return m_utf16Length; }
    /** Length of the text in code points. */
    Offset codePointLength() const { return m_utf16Length - static_cast<Offset>(m_pairs.size()); }
    /** True when the text has no surrogate pairs, i.e. both units coincide. */
    bool isIdentity() const { return m_pairs.empty(); }

    /** UTF-16 offset of code point @p codePoint (clamped to [0, codePointLength()]). */
    qsizetype toUtf16(Offset codePoint) const;
    /**
     * Code-point offset of UTF-16 offset @p utf16 (clamped to [0, utf16Length()]).
     * An offset that falls between the two halves of a surrogate pair snaps back to the
     * start of the pair, so the character is never split.
     */
    Offset toCodePoint(qsizetype utf16) const;

    /** Converts a UTF-16 range [start, end) to a code-point Span (each end as toCodePoint()). */
    Span toSpan(qsizetype utf16Start, qsizetype utf16End) const;
    /** Converts a code-point Span to a UTF-16 range [first, second). */
    std::pair<qsizetype, qsizetype> toUtf16(const Span &span) const;

private:
    /** UTF-16 index of the high surrogate of each valid surrogate pair, ascending. */
    std::vector<qsizetype> m_pairs;
    qsizetype m_utf16Length = 0;
};

/** Number of code points in @p text (a lone surrogate counts as one). */
Offset codePointLength(const QString &text);

/**
 * The part of @p text covered by the code-point @p span (clamped to the text).
 * An empty or inverted span gives an empty string.
 */
QString substringByCodePoints(const QString &text, const Span &span);

} // namespace dyad::core::text
