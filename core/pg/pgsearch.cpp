#include "core/pg/pgsearch.h"

#include "core/text/breaks.h"
#include "core/text/offsets.h"
#include "core/text/search.h"

#include <QStringList>

namespace dyad::core::pg {

namespace {

QStringList foldedTokens(const QString &text)
{
    QStringList out;
    for (const Span &span : text::wordTokens(text)) {
        const QString token = text::foldForSearch(text::substringByCodePoints(text, span));
        if (!token.isEmpty())
            out << token;
    }
    return out;
}

/** A lexeme quoted for to_tsquery(): inside '...', a quote doubled and a backslash escaped. */
QString quoted(QString token)
{
    token.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    token.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + token + QLatin1Char('\'');
}

} // namespace

QString searchTokens(const QString &title, const QString &text)
{
    return (foldedTokens(title) + foldedTokens(text)).join(QLatin1Char(' '));
}

QString tsQueryFor(const QString &ftsExpression)
{
    QStringList phrases;
    const QString &e = ftsExpression;
    for (qsizetype i = 0; i < e.size(); ++i) {
        if (e[i] != QLatin1Char('"'))
            continue;
        QString phrase;
        qsizetype j = i + 1;
        for (; j < e.size(); ++j) {
            if (e[j] == QLatin1Char('"')) {
                if (j + 1 < e.size() && e[j + 1] == QLatin1Char('"')) { // FTS5 doubles a quote
                    phrase += QLatin1Char('"');
                    ++j;
                    continue;
                }
                break;
            }
            phrase += e[j];
        }
        const bool prefix = j + 1 < e.size() && e[j + 1] == QLatin1Char('*');
        i = prefix ? j + 1 : j;
        QStringList tokens;
        for (const QString &t : foldedTokens(phrase))
            tokens << quoted(t);
        if (tokens.isEmpty())
            continue;
        if (prefix)
            tokens.last() += QLatin1String(":*");
        phrases << (tokens.size() == 1 ? tokens.front() : QLatin1Char('(') + tokens.join(QLatin1String(" <-> ")) + QLatin1Char(')'));
    }
    return phrases.join(QLatin1String(" & "));
}

} // namespace dyad::core::pg
