#pragma once

#include <QString>

namespace dyad::core::text {

/**
 * @p text in Unicode Normalization Form C (ICU Normalizer2). Every record text is stored
 * in NFC, so that "e" + U+0301 and "é" are the same text and code-point offsets agree.
 * Returns @p text itself (no copy) when it is already NFC.
 */
QString toNfc(const QString &text);

/** True when @p text is already in NFC. */
bool isNfc(const QString &text);

/**
 * Cleans text as imported from files, web services or the clipboard. In order:
 * - CRLF and CR become LF; U+0085 and U+2028 become LF, U+2029 a blank line;
 * - control characters other than LF and TAB are removed; unpaired surrogates become U+FFFD;
 * - NBSP, U+3000 and the other Unicode space separators (Zs) become a plain space;
 * - zero-width characters (U+200B, U+2060, U+FEFF, U+180E) and the soft hyphen are
 *   removed; ZWJ is kept only inside emoji sequences (👨‍👩‍👧), and ZWJ/ZWNJ between two
 *   letters of a script that uses them for shaping (Arabic, Indic, ...) are kept too,
 *   since removing them changes the spelling;
 * - runs of two or more spaces/tabs become one space; a single tab is kept;
 * - each line is trimmed; three or more consecutive newlines become one blank line;
 *   leading and trailing blank lines are removed;
 * - the result is NFC.
 */
QString tidyText(const QString &text);

/**
 * Turns an abstract that carries HTML or JATS markup (as PubMed, Crossref and publishers
 * deliver them) into plain text, then applies tidyText().
 *
 * Tags are removed; block elements (p, div, jats:p, jats:sec, jats:title, h1-h6, ...)
 * become paragraphs separated by a blank line, br a line break, li a line of its own;
 * inline elements (i, b, sup, sub, jats:italic, mml:*, ...) leave just their text.
 * Comments, processing instructions and the content of script/style are dropped; CDATA
 * is kept as text. Character references (`&amp;`, `&#x4e2d;`, `&#20013;`) and the
 * common named entities (`&nbsp;`, `&ndash;`, `&alpha;`, ...) are decoded; unknown
 * ones are left as written. When the input contains block markup, its raw line breaks
 * are layout and become spaces, as in HTML; otherwise they are kept.
 * A `<` that does not start a well-formed tag (`p < 0.05`) is kept as text.
 */
QString stripMarkup(const QString &markup);

} // namespace dyad::core::text
