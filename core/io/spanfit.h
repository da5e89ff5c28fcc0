#pragma once

#include "core/model/types.h"

#include <QString>

#include <optional>

namespace dyad::core::io {

/**
 * A coding's span fitted to its record's text, for exports. A sound project never needs
 * it; a damaged or hand-edited file may hold a negative start, an end past the text or an
 * end at or before the start (see `dyad-cli check`). Exports never write an offset outside
 * the text: the span is cut to [0, length], and a span with nothing left inside is skipped.
 */
struct FittedSpan
{
    std::optional<Span> span; ///< what may be written; nullopt: leave the coding out
    QString problem;          ///< empty when the span fits; otherwise names the coding
};

/** Fits `coding`'s span to a text of `length` code points (see FittedSpan). */
FittedSpan fitCodingSpan(const Coding &coding, Offset length);

} // namespace dyad::core::io
