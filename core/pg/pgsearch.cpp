#include "core/pg/pgsearch.h"

#include "core/text/breaks.h"
#include "core/text/offsets.h"
#include "core/text/search.h"
#include "core/text/snippet.h"

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
    QStringList out;
    for (const text::SearchPhrase &phrase : text::searchPhrases(ftsExpression)) {
        QStringList tokens;
        for (const QString &t : phrase.tokens)
            tokens << quoted(t);
        if (phrase.prefix)
            tokens.last() += QLatin1String(":*");
        out << (tokens.size() == 1 ? tokens.front() : QLatin1Char('(') + tokens.join(QLatin1String(" <-> ")) + QLatin1Char(')'));
    }
    return out.join(QLatin1String(" & "));
}

} // namespace dyad::core::pg
