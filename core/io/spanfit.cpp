#include "core/io/spanfit.h"

#include <algorithm>

#include <QCoreApplication>

namespace dyad::core::io {

FittedSpan fitCodingSpan(const Coding &coding, Offset length)
{
    const Span s = coding.span;
    if (s.start >= 0 && s.end <= length && s.start < s.end)
        return {s, {}};
    const Span cut{std::clamp<Offset>(s.start, 0, length), std::clamp<Offset>(s.end, 0, length)};
    const QString what = QCoreApplication::translate("Export", "coding %1 has the span [%2, %3), which does not fit the text of its record "
                                        "%4 (%5 characters)")
                             .arg(coding.id.toString(QUuid::WithoutBraces))
                             .arg(s.start)
                             .arg(s.end)
                             .arg(coding.recordId.toString(QUuid::WithoutBraces))
                             .arg(length);
    if (cut.isEmpty())
        return {std::nullopt, what + QCoreApplication::translate("Export", "; nothing of it lies in the text, so it is left out.")};
    return {cut, what + QCoreApplication::translate("Export", "; exported as [%1, %2).").arg(cut.start).arg(cut.end)};
}

} // namespace dyad::core::io
