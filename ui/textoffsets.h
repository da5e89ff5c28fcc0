#pragma once

#include "core/model/types.h"

#include <QString>

#include <vector>

namespace dyad::ui {

/**
 * The one place where code-point offsets (core's spans, DESIGN invariant 1) and UTF-16
 * positions (QString, QTextCursor) are converted. Built once per text; both directions are
 * O(1) afterwards.
 */
class TextOffsets
{
public:
    TextOffsets() = default;
    explicit TextOffsets(const QString &text);

    /** UTF-16 position of a code-point offset (clamped to the text). */
    int toUtf16(core::Offset codePoint) const;
    /** Code-point offset of a UTF-16 position; a position inside a surrogate pair maps to its character. */
    core::Offset toCodePoint(int utf16) const;
    core::Offset codePointLength() const { return static_cast<core::Offset>(m_utf16Of.size()) - 1; }

private:
    std::vector<int> m_utf16Of;          ///< code point -> UTF-16 position, one extra for the end
    std::vector<core::Offset> m_cpOf;    ///< UTF-16 position -> code point, one extra for the end
};

} // namespace dyad::ui
