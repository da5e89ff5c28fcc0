#include "core/text/searchhits.h"

#include "core/text/search.h"

#include <QStringList>

#include <algorithm>

namespace dyad::core::text {

namespace {

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool writtenWithoutSpaces(const QString &unit)
{
    for (char32_t c : unit.toUcs4()) {
        switch (QChar::script(c)) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Thai:
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace

QStringList searchUnits(const QString &userQuery)
{
    QStringList units;
    QString current;
    bool quoted = false;
    auto flush = [&] {
        QString unit = current.trimmed();
        while (unit.endsWith(QLatin1Char('*')))
            unit.chop(1);
        if (!unit.trimmed().isEmpty())
            units << unit.trimmed();
        current.clear();
    };
    for (QChar c : userQuery) {
        if (c == QLatin1Char('"')) {
            flush();
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return units;
}

std::vector<Span> searchHitSpans(const QString &text, const QString &userQuery)
{
    const QList<uint> ucs4 = text.toUcs4();
    const Offset n = Offset(ucs4.size());
    std::vector<Span> spans;
    for (const QString &unit : searchUnits(userQuery)) {
        const bool anywhere = writtenWithoutSpaces(unit);
        for (Span s : findAll(text, unit)) {
            if (!anywhere) {
                if (s.start > 0 && isWordChar(char32_t(ucs4[s.start - 1])) && isWordChar(char32_t(ucs4[s.start])))
                    continue; // inside a word: not a prefix
                while (s.end < n && s.end > 0 && isWordChar(char32_t(ucs4[s.end - 1])) && isWordChar(char32_t(ucs4[s.end])))
                    ++s.end;
            }
            spans.push_back(s);
        }
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    std::vector<Span> merged;
    for (const Span &s : spans) {
        if (!merged.empty() && s.start < merged.back().end)
            merged.back().end = std::max(merged.back().end, s.end);
        else
            merged.push_back(s);
    }
    return merged;
}

} // namespace dyad::core::text
