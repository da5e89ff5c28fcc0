#pragma once

#include "core/model/types.h"

#include <QString>

#include <vector>

namespace dyad::ui {

/**
 * Converts between code-point offsets (how core stores spans, DESIGN invariant 1) and
 * UTF-16 positions (how QString, QTextCursor and QTextLayout count) for one text.
 *
 * This is the only place in the UI that knows about surrogate pairs; it is meant to be
 * replaced by core/text's OffsetMap once that lands, without touching any caller.
 */
class OffsetConversion
{
public:
    OffsetConversion() = default;
    explicit OffsetConversion(const QString &text);

    /** UTF-16 position of code point `offset` (clamped to the text). */
    int toUtf16(core::Offset offset) const;
    /** Code-point offset of UTF-16 position `pos`; a position inside a pair counts as its start. */
    core::Offset toCodePoint(int pos) const;

    core::Offset codePointLength() const { return m_codePoints; }
    int utf16Length() const { return m_utf16; }

private:
    // UTF-16 positions of the high surrogates, ascending: usually empty, so both
    // conversions are then the identity.
    std::vector<int> m_pairs;
    int m_utf16 = 0;
    core::Offset m_codePoints = 0;
};

} // namespace dyad::ui
