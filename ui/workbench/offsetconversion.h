#pragma once

#include "core/text/offsets.h"

#include <QString>

namespace dyad::ui {

/**
 * Converts between code-point offsets (how core stores spans, DESIGN invariant 1) and
 * UTF-16 positions (how QString, QTextCursor and QTextLayout count) for one text.
 *
 * The one place in the UI that converts; it delegates to core::text::OffsetMap, and keeps
 * the int positions Qt's text classes use.
 */
class OffsetConversion
{
public:
    OffsetConversion() = default;
    explicit OffsetConversion(const QString &text) : m_map(text) {}

    /** UTF-16 position of code point `offset` (clamped to the text). */
    int toUtf16(core::Offset offset) const { return static_cast<int>(m_map.toUtf16(offset)); }
    /** Code-point offset of UTF-16 position `pos`; a position inside a pair counts as its start. */
    core::Offset toCodePoint(int pos) const { return m_map.toCodePoint(pos); }

    core::Offset codePointLength() const { return m_map.codePointLength(); }
    int utf16Length() const { return static_cast<int>(m_map.utf16Length()); }

private:
    core::text::OffsetMap m_map;
};

} // namespace dyad::ui
