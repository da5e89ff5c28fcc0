#pragma once

#include <QString>

namespace dyad::core::pg {

/**
 * The words of a record as the team server indexes them: ICU word tokens of the title and
 * the text (text::wordTokens(), so Chinese and Japanese are split into words), folded with
 * text::foldForSearch(), joined by single spaces — what the file's FTS5 tokenizer indexes.
 */
QString searchTokens(const QString &title, const QString &text);

/**
 * PostgreSQL tsquery text for an FTS5 expression made by text::ftsQueryFor(): each quoted
 * phrase becomes its folded tokens joined by <-> (followed by), a `*` after a phrase a prefix
 * match of its last token, phrases joined by &. Empty when nothing is searchable.
 */
QString tsQueryFor(const QString &ftsExpression);

} // namespace dyad::core::pg
