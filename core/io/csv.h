#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QStringList>
#include <QVariantList>

#include <type_traits>
#include <vector>

namespace dyad::core::io {

/**
 * The formula guard: a text cell that a spreadsheet would run as a formula (it starts with
 * = + - @ tab or CR, CSV injection) gets a leading apostrophe. A cell that is nothing but a
 * decimal number ("-0.25", "+3", "1e-5") runs nothing and stays a number, so negative
 * figures are not turned into text. Apostrophes in front of a guarded start are guarded too
 * ("'=x" becomes "''=x"), which makes the guard exactly reversible by restoreFormula().
 */
QString neutraliseFormula(const QString &cell);
/** True when @p cell is a plain decimal number: optional sign, digits, point, exponent. */
bool isPlainNumber(const QString &cell);
/** Whether a table value is a number (written as a number cell, never guarded). */
bool isNumericValue(const QVariant &value);
/** Undoes neutraliseFormula(): restoreFormula(neutraliseFormula(s)) == s for every s. */
QString restoreFormula(const QString &cell);

/** One cell of a CSV row: text (guarded) or a number (written as is). */
class CsvCell
{
public:
    CsvCell(const QString &text) : m_text(text) {}
    CsvCell(const char16_t *text) : m_text(QString::fromUtf16(text)) {}
    template<typename T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
    CsvCell(T value) : m_text(QString::number(value)), m_number(true)
    {
    }
    /** A double with @p precision significant digits; NaN and infinities are an empty cell. */
    CsvCell(double value, int precision = 12);
    /** A number the caller formatted already ("0.8125", "-0.25"); never guarded. */
    static CsvCell number(const QString &formatted);

    const QString &text() const { return m_text; }
    bool isNumber() const { return m_number; }

private:
    CsvCell() = default;
    QString m_text;
    bool m_number = false;
};

/**
 * The one CSV writer: RFC 4180 quoting (fields holding a comma, semicolon, quote, CR or
 * LF are quoted, quotes doubled), CRLF line ends, every text cell through the formula
 * guard. bytes() starts with a UTF-8 byte-order mark so that spreadsheet programs read
 * Chinese and other non-Latin text; text() has none (for standard output and pipes).
 */
class CsvWriter
{
public:
    CsvWriter() = default;
    explicit CsvWriter(const QStringList &header) { addRow(header); }

    /** A row of text cells, each through the formula guard. */
    void addRow(const QStringList &cells);
    /** A row of text and number cells. */
    void addCells(const std::vector<CsvCell> &cells);
    /** A row of QVariants: int, qint64 and double are numbers, everything else text. */
    void addValues(const QVariantList &cells);

    /** The rows without a byte-order mark. */
    const QString &text() const { return m_text; }
    /** UTF-8 with a byte-order mark: what a .csv file gets. */
    QByteArray bytes() const;
    int rowCount() const { return m_rows; }

    /** One text field as it appears in a row: guarded and quoted where needed. */
    static QString field(const QString &cell);
    /** One row (no line end) as it appears in the file. */
    static QString line(const std::vector<CsvCell> &cells);

private:
    QString m_text;
    int m_rows = 0;
};

/** CSV text as a file's bytes: UTF-8 with a byte-order mark (the rule for every .csv Dyad writes). */
QByteArray csvFileBytes(const QString &csvText);
/** Writes CSV text to @p path with csvFileBytes() through AtomicFile. */
Status writeCsvFile(const QString &path, const QString &csvText);

/** Limits that keep a hostile CSV from taking minutes or gigabytes. */
struct CsvLimits
{
    int maxColumns = 4096;                  ///< columns in one row
    qsizetype maxFieldChars = 1 << 20;      ///< characters in one field (1 Mi)
};

/** How to read a CSV file. */
struct CsvReadOptions
{
    /** Field separator; a null QChar sniffs , ; or tab from the first line. */
    QChar delimiter = QLatin1Char(',');
    /** Unquoted fields lose their surrounding white space. */
    bool trimUnquoted = false;
    /** A quote inside an unquoted field, or text after a closing quote, is an error (else kept). */
    bool strictQuotes = false;
    /** Undo Dyad's formula guard (restoreFormula) on every field: for re-reading Dyad's own CSV. */
    bool restoreFormulas = false;
    CsvLimits limits;
};

/** One row and the line it starts on (1-based, counting lines inside quoted fields). */
struct CsvRow
{
    int line = 0;
    QStringList fields;
};

/**
 * The one CSV reader: UTF-8 (a byte-order mark is dropped), RFC 4180 quoting, CRLF, LF or
 * CR line ends. Rows whose fields are all blank are skipped. Errors name @p fileName and the
 * line: a quote never closed, too many columns, a field too long, and (strict) stray quotes.
 */
Result<std::vector<CsvRow>> readCsv(const QByteArray &bytes, const QString &fileName, const CsvReadOptions &options = {});

} // namespace dyad::core::io
