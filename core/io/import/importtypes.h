#pragma once

#include "core/model/types.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

/**
 * @file
 * Value types shared by every import reader: the Format enum with its CLI names, the
 * options a caller passes in, and the ParseReport that comes back (records + diagnostics).
 */

namespace dyad::core::importer {

/** Input formats. The CLI names are returned by formatName(). */
enum class Format {
    Unknown,
    Ris,        ///< "ris": RIS (EndNote, Zotero, Mendeley, Covidence, Rayyan, Scopus, Ovid...)
    Pubmed,     ///< "pubmed": PubMed/MEDLINE tagged text (.nbib, .txt)
    Csv,        ///< "csv": comma/semicolon/pipe separated with a header row
    Tsv,        ///< "tsv": tab separated with a header row (WoS tab-delimited too)
    Bibtex,     ///< "bibtex"
    EndnoteXml, ///< "endnote-xml"
    Wos,        ///< "wos": Web of Science plain text (FN/PT ... ER/EF)
    PubmedXml,  ///< "pubmed-xml"
    Json,       ///< "json": an array of objects, one object, or JSON Lines
    Text,       ///< "text": one record per file, first line is the title
    Pasted,     ///< "pasted": text copied from a publisher or database web page
};

/** The CLI name of a format ("ris", "endnote-xml", ...); "unknown" for Unknown. */
QString formatName(Format format);
/** Parses a CLI name (case-insensitive; "nbib"/"medline" → Pubmed, "bib" → Bibtex...). */
std::optional<Format> formatFromName(const QString &name);
/** All CLI names, in enum order, without "unknown". */
QStringList formatNames();

enum class Severity {
    Info,    ///< something worth knowing (e.g. a field was repaired)
    Warning, ///< the record was kept but something looked wrong
    Error,   ///< the record was skipped, or the whole input refused
};

QString severityName(Severity severity);

/** One problem found while reading. line and recordNo are 1-based; 0 means "not known". */
struct Diagnostic
{
    QString file;
    qint64 line = 0;
    int recordNo = 0;
    Severity severity = Severity::Warning;
    QString message;

    /** "file:line: record 3: error: message" — what a CLI prints. */
    QString toString() const;
    /** The same in the user's language ("file, line 12, record 3: error: message"), for windows. */
    QString displayText() const;
};

/**
 * Progress and cancellation: called now and then with the number of input characters
 * consumed so far and the total. Return false to cancel the import.
 */
using ProgressFn = std::function<bool(qint64 done, qint64 total)>;

/**
 * What a column of a CSV/TSV file is read as: one of the record's fields, an attribute
 * kept under the column's header name, or nothing at all.
 */
enum class ColumnRole {
    Title, Abstract, Authors, Year, Journal, Doi, Pmid, Keywords, Language,
    Attribute, ///< kept in Record::attributes under the header name
    Ignore,    ///< dropped
};

/** Stable English name of a role ("title", "attribute", "ignore"...), for CLIs and logs. */
QString columnRoleName(ColumnRole role);

/** One column of a CSV/TSV header as the reader saw it. */
struct CsvColumn
{
    QString header;                          ///< trimmed header text
    ColumnRole guessed = ColumnRole::Attribute; ///< what the header name suggests
    ColumnRole used = ColumnRole::Attribute;    ///< what was applied (guess or user mapping)
};

/** What the caller wants. Every member has a sensible default. */
struct ImportOptions
{
    /** Force a format instead of auto-detection. */
    std::optional<Format> format;
    /** Force an input encoding (any ICU converter name: "GB18030", "windows-1252"...). */
    QString encoding;
    /** File name used in diagnostics and Record::sourceName; also a detection hint. */
    QString sourceName;
    /**
     * Strict: any Error diagnostic refuses the whole input (no records returned).
     * Lenient (default): a malformed record is skipped with its reason.
     */
    bool strict = false;
    /**
     * A record with any single field longer than this (in UTF-16 units, after decoding)
     * is refused with a message; it is never silently truncated. 1 Mi by default.
     */
    qsizetype maxFieldLength = 1 << 20;
    /**
     * CSV/TSV only: the user's column mapping, header name (trimmed, as in
     * CsvColumn::header) → role. Columns not named here keep the reader's guess; a field
     * claimed here is taken away from any column that was guessed for it (that column is
     * kept as an attribute instead).
     */
    QHash<QString, ColumnRole> columnMapping;
    ProgressFn progress;
};

/** What the encoding detector decided. */
struct EncodingGuess
{
    QString name;          ///< ICU converter name, e.g. "UTF-8", "UTF-16LE", "GB18030"
    int confidence = 0;    ///< 0..100
    bool hasBom = false;
    QString method;        ///< "bom", "utf8-valid", "ascii", "icu", "override", "utf16-nul-pattern"
};

/** Everything a read produced. */
struct ParseReport
{
    std::vector<Record> records;
    std::vector<Diagnostic> diagnostics;
    Format format = Format::Unknown;
    double formatConfidence = 0.0;   ///< 0..1; 1 when forced
    EncodingGuess encoding;
    bool cancelled = false;
    /** True when the input as a whole was refused (binary, empty, strict mode...). */
    bool refused = false;
    /** CSV/TSV: the header columns with their guessed and applied roles (else empty). */
    std::vector<CsvColumn> columns;

    int count(Severity severity) const;
    bool hasErrors() const { return count(Severity::Error) > 0; }
};

} // namespace dyad::core::importer
