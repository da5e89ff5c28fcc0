#pragma once

// GoogleTest printers for the text-layer tests, so failures show text, not bytes.

#include "core/model/types.h"
#include "core/text/breaks.h"
#include "core/text/script.h"

#include <QString>
#include <QStringList>

#include <ostream>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QStringList &list, std::ostream *os)
{
    *os << '{';
    for (const QString &s : list)
        *os << " \"" << s.toStdString() << '"';
    *os << " }";
}
QT_END_NAMESPACE

namespace dyad::core {
inline void PrintTo(const Span &s, std::ostream *os)
{
    *os << '[' << s.start << ',' << s.end << ')';
}
} // namespace dyad::core

namespace dyad::core::text {
inline void PrintTo(const LanguageRange &r, std::ostream *os)
{
    *os << '[' << r.span.start << ',' << r.span.end << ")=" << r.language.toStdString();
}
inline void PrintTo(const Token &t, std::ostream *os)
{
    *os << '[' << t.span.start << ',' << t.span.end << ")#" << static_cast<int>(t.kind);
}
} // namespace dyad::core::text
