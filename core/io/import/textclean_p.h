#pragma once

// Private helpers of core/io/import. Not installed, not for other modules.
//
// tidyText()/stripMarkup() are minimal stand-ins for core/text/normalize.h, which a
// colleague is writing. Every reader goes through cleanField() only, so swapping the
// implementation later is a one-function change.

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

namespace dyad::core::importer::detail {

/** Control characters dropped, CR/CRLF → LF, runs of blanks → one space, at most one
 *  empty line in a row, lines trimmed, NFC. */
QString tidyText(QStringView in);

/** HTML/JATS/MathML tags removed (block tags become line breaks), entities decoded.
 *  Only known tag names are treated as markup, so "p <0.05" survives. */
QString stripMarkup(QStringView in);

/** The one entry point readers use for a text field: markup → text, then tidy + NFC. */
QString cleanField(QStringView in);

/** cleanField() plus abstract noise: a leading "Abstract" label, trailing copyright
 *  lines such as "Copyright © 2020 Elsevier" or "(© 2024. The Author(s).)". */
QString cleanAbstract(QStringView in);

/** Emerald-style structured abstracts paste their labels glued to the text
 *  ("PurposeThere is…approachA qualitative…"); put each label on its own line. Only
 *  acts when at least two known labels are found glued. */
QString splitGluedStructuredLabels(const QString &in);

/** Language from a tag as found ("English", "eng", "en", "Chinese", "chi"...), or empty. */
QString languageFromName(const QString &name);

/** Language guessed from the script (Han → zh, kana → ja, Hangul → ko, Cyrillic → ru,
 *  ...) and, for Latin script, a small stop-word vote; "und" when unsure. */
QString guessLanguage(QStringView text);

/** Share of letters in @p text that are Han/kana/Hangul (0..1); 0 for no letters. */
double cjkShare(QStringView text);

/** First plausible publication year (1500..2100) in text like "2024 Jul 04" or "c2019". */
std::optional<int> extractYear(QStringView text);

/** Splits a list of names/keywords on ';' (or on a custom separator), trimmed, no empties. */
QStringList splitList(const QString &text, QChar separator = u';');

/** Maps offsets in a text to 1-based line numbers (LF, CRLF and lone CR all count). */
class LineIndex
{
public:
    explicit LineIndex(QStringView text);
    qint64 lineOf(qsizetype offset) const;
    qint64 lineCount() const { return qint64(m_starts.size()); }

private:
    std::vector<qsizetype> m_starts;
};

/** Walks the lines of a text without copying. */
class LineCursor
{
public:
    explicit LineCursor(QStringView text) : m_text(text) {}
    /** Next line: [start, end) without its terminator; next is where the following
     *  line starts. Returns false at the end. */
    bool next(qsizetype &start, qsizetype &end);
    qsizetype position() const { return m_pos; }
    qint64 lineNumber() const { return m_line; }   ///< of the line last returned

private:
    QStringView m_text;
    qsizetype m_pos = 0;
    qint64 m_line = 0;
};

} // namespace dyad::core::importer::detail
