#pragma once

#include "core/io/import/importtypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <vector>

/**
 * @file
 * The import facade: one ImportReader per format (in the spirit of Tiled's FileFormat),
 * a registry of them, format detection, and parseBytes()/parseFile()/parseText(), which
 * run encoding detection, format detection and the reader, and return a ParseReport.
 *
 * Parsing is pure: nothing here touches a project. Writing the records (transaction,
 * duplicates against existing records, see dedupe.h) is the caller's job.
 */

namespace dyad::core::importer {

namespace detail {
class LineIndex;
}

/**
 * A record as a reader found it, before cleaning. ReadContext::addRecord() turns it into
 * a Record: markup stripped, whitespace tidied, NFC, DOI/PMID/year normalised, language
 * decided, text = title + "\n\n" + abstract.
 */
struct RecordDraft
{
    qint64 line = 0;          ///< first line of the record in the input (1-based)
    QString title;
    QString abstract;
    QStringList authors;
    QString year;             ///< as found ("2024 Jul 04", "c2019", "2020-05-01")
    QString journal;
    QString doi;              ///< as found; normalised on addRecord()
    QString pmid;
    QStringList keywords;
    QString language;         ///< as found ("English", "eng", "zh"); empty → guessed
    QJsonObject attributes;   ///< extra tags/columns, kept as found
    QString rawSource;        ///< the record's input text, exactly
};

/** What a reader works with: the decoded input, the options, and the report to fill. */
class ReadContext
{
public:
    ReadContext(QStringView text, const ImportOptions &options, ParseReport &report,
                Format format);
    ~ReadContext();
    ReadContext(const ReadContext &) = delete;
    ReadContext &operator=(const ReadContext &) = delete;

    QStringView text() const { return m_text; }
    const ImportOptions &options() const { return m_options; }
    const QString &sourceName() const { return m_sourceName; }
    Format format() const { return m_format; }

    /** 1-based line number of a character offset in text(). */
    qint64 lineOf(qsizetype offset) const;

    /** Adds a diagnostic naming the input, the line and the record. */
    void report(Severity severity, qint64 line, int recordNo, const QString &message);

    /** Number that the next record will get (1-based, counts refused records too). */
    int nextRecordNo() const { return m_recordNo + 1; }

    /** Counts a record the reader itself refused (after reporting why). */
    void skipRecord() { ++m_recordNo; }

    /** Validates and cleans @p draft; appends a Record or refuses it with a diagnostic. */
    void addRecord(RecordDraft draft);

    /** CSV/TSV readers: the header columns and the roles they were read with. */
    void setColumns(std::vector<CsvColumn> columns);

    /** Reports progress (throttled). Returns false once the caller has cancelled. */
    bool progress(qsizetype done);
    bool isCancelled() const { return m_report.cancelled; }

private:
    QStringView m_text;
    const ImportOptions &m_options;
    ParseReport &m_report;
    Format m_format;
    QString m_sourceName;
    QDateTime m_now;
    int m_recordNo = 0;
    qsizetype m_lastProgress = 0;
    std::unique_ptr<detail::LineIndex> m_lines;
};

/** One input format. Implementations are stateless and live in the registry. */
class ImportReader
{
public:
    virtual ~ImportReader() = default;

    virtual Format format() const = 0;
    /** CLI name, e.g. "ris". */
    QString name() const { return formatName(format()); }
    /** For menus: "RIS (EndNote, Zotero, …)". */
    virtual QString description() const = 0;
    /** For file dialogs: "RIS files (*.ris *.txt)". */
    virtual QString nameFilter() const = 0;
    /**
     * How well the start of an input (@p head, decoded, at most 64 Ki characters) and
     * its file name fit this format: 0 = not at all, 1 = certain.
     */
    virtual double score(QStringView head, const QString &fileName) const = 0;
    /** Reads the whole input into ctx. Must be linear in the input size. */
    virtual void read(ReadContext &ctx) const = 0;
};

/** All readers, in Format order. */
const std::vector<const ImportReader *> &importReaders();
/** The reader of a format, or nullptr for Unknown. */
const ImportReader *readerFor(Format format);
/** All name filters joined with ";;" for a file dialog. */
QString importNameFilters();

/** A detected format and how sure the detector is (0..1). */
struct FormatGuess
{
    Format format = Format::Unknown;
    double confidence = 0.0;
};

/** Detects the format of raw bytes (decoded with the detected encoding first). */
FormatGuess detectFormat(const QByteArray &bytes, const QString &fileName = QString());
/** Detects the format of decoded text. */
FormatGuess detectFormatText(QStringView text, const QString &fileName = QString());

/**
 * Decodes @p bytes (encoding detected or options.encoding), detects the format (or uses
 * options.format) and reads all records. Refuses binary data, empty input and unknown
 * encodings with a clear diagnostic; never throws.
 */
ParseReport parseBytes(const QByteArray &bytes, const ImportOptions &options = {});

/** parseBytes() on a file's contents; sourceName defaults to the file name. */
ParseReport parseFile(const QString &path, const ImportOptions &options = {});

/**
 * Text that is already Unicode (the clipboard). Format defaults to detection among the
 * tagged formats, falling back to Format::Pasted; sourceName defaults to "pasted".
 */
ParseReport parseText(const QString &text, const ImportOptions &options = {});

} // namespace dyad::core::importer
