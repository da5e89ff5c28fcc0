#pragma once

#include "core/base/span.h"
#include "core/result.h"

#include <QCoreApplication>

namespace dyad::core {

/**
 * The span check every coding passes, whether it comes one at a time (Project) or in a batch
 * (BulkWriter): inside the record's text of @p length code points, and not empty.
 */
inline Status checkCodingSpan(const Span &span, qint64 length)
{
    if (span.start < 0 || span.end > length)
        return makeError(QCoreApplication::translate("Project", "The span [%1, %2) lies outside the record's text (%3 characters).")
                             .arg(span.start)
                             .arg(span.end)
                             .arg(length));
    if (span.isEmpty())
        return makeError(QCoreApplication::translate("Project", "Select some text to code: the span [%1, %2) is empty.")
                             .arg(span.start)
                             .arg(span.end));
    return {};
}

} // namespace dyad::core
