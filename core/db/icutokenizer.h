#pragma once

struct sqlite3;

namespace dyad::core::db {

/**
 * Registers the FTS5 tokenizer `dyad` on @p db, for tables declared with
 * `USING fts5(..., tokenize='dyad')`.
 *
 * The tokenizer splits text into words with ICU's word break rules and dictionaries (the
 * same segmentation as text::wordTokens(), so Chinese and Japanese words are separate
 * tokens, which unicode61 cannot do), folds each word with text::foldForSearch() (case,
 * accents, full-width forms) and reports the byte offsets of each word in the UTF-8
 * input, so highlight() and snippet() cut at the right characters. Numbers and emoji are
 * tokens; spaces and punctuation are not. Invalid UTF-8 is read as U+FFFD per bad byte.
 * It takes no arguments. Queries should be built with text::ftsQueryFor().
 *
 * Uses the documented way to reach the fts5_api (`SELECT fts5(?1)` with
 * sqlite3_bind_pointer). Returns false if FTS5 is unavailable or registration failed.
 * Registering twice on one connection is harmless (the second replaces the first).
 */
bool registerIcuTokenizer(sqlite3 *db);

} // namespace dyad::core::db
