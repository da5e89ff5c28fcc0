#pragma once

#include "core/model/types.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace dyad::core::io {

/** A source text file as found in an archive, decoded, before line ends and NFC are normalised. */
struct DecodedSource
{
    QString text;                  ///< the file's characters (BOM removed, line ends as in the file)
    QStringList adjustments;       ///< what was done to read it ("removed a UTF-8 byte-order mark", ...)
};

/** Decodes a text source: UTF-8 (BOM removed), UTF-16 with a BOM, or Windows-1252 as a last resort. */
DecodedSource decodeSourceText(const QByteArray &bytes);

/** The text as Dyad stores it: CRLF and lone CR become LF, then NFC. */
QString normaliseSourceText(const QString &fileText);

/** How the offsets in a file were counted. */
struct OffsetModel
{
    bool utf16 = false;            ///< UTF-16 code units (NVivo) instead of code points (the standard)
    bool lineEndsNormalised = false; ///< counted over the text with CRLF already reduced to LF
    friend bool operator==(const OffsetModel &, const OffsetModel &) = default;
};

/** One selection as read from the file, before interpretation. */
struct RawSelection
{
    qint64 start = 0;
    qint64 end = 0;
    QString quote;                 ///< the selection's name, when the writer put the quoted text there
};

/** The offset model chosen for one source, and why. */
struct OffsetDecision
{
    OffsetModel model;
    bool decisive = false;         ///< this source's own selections (quotes, length or word boundaries) chose the unit
    bool clearCut = true;          ///< no reasonable doubt: the import need not warn
    bool ambiguous = false;        ///< the readings place at least one selection differently
    int quoteMatches = 0;          ///< selections whose quote matched under the model
    bool quotesUsable = false;     ///< the file's selection names are quotes of the text
    int selections = 0;            ///< selections considered
    int aligned = 0;               ///< selections that start and end on word boundaries under the model
    int alignedOther = 0;          ///< the same for the best reading of a different unit (-1 when none)
    QString reason;                ///< why this reading, in a sentence fragment for the import report
};

/**
 * The reading an application is known to use, from the REFI-QDA `origin` attribute:
 * NVivo counts UTF-16 units over the file's text (CRLF as two); ATLAS.ti counts code
 * points with a line break as one. nullopt for applications that follow the standard
 * or are unknown.
 */
std::optional<OffsetModel> originOffsetModel(const QString &origin);

/** "UTF-16 code units, CRLF counted as two" and the like, for reports. */
QString describeOffsetModel(const OffsetModel &model);

/**
 * Index over one source's file text that maps selections counted under any OffsetModel
 * onto code points of the stored (LF, NFC) text. Built once per source.
 */
class SourceOffsets
{
public:
    explicit SourceOffsets(const QString &fileText);

    /** Whether [start, end) lies inside the text and does not split a surrogate pair. */
    bool fits(const OffsetModel &model, qint64 start, qint64 end) const;
    /** The covered text under `model`, or a null QString when it does not fit. */
    QString covered(const OffsetModel &model, qint64 start, qint64 end) const;
    /** The span in code points over normaliseSourceText(fileText); nullopt when it does not fit. */
    std::optional<Span> map(const OffsetModel &model, qint64 start, qint64 end) const;
    /** Where [start, end) lies in the LF text, in UTF-16 units (cheap; no NFC); nullopt when it does not fit. */
    std::optional<std::pair<qsizetype, qsizetype>> lfRange(const OffsetModel &model, qint64 start, qint64 end) const;
    /** Whether the file has CR characters (so line-end models differ). */
    bool hasCarriageReturns() const { return m_hasCr; }
    /** Whether the text has characters outside the BMP (so UTF-16 and code points differ). */
    bool hasSupplementary() const { return m_hasSupplementary; }
    const QString &storedText() const { return m_final; }
    /** Whether [start, end) under `model` starts and ends on word boundaries (false when it does not fit). */
    bool onWordBoundaries(const OffsetModel &model, qint64 start, qint64 end) const;

private:
    const QString &textFor(const OffsetModel &model) const { return model.lineEndsNormalised ? m_lf : m_file; }
    /** UTF-16 index in the model's text of a unit offset, or -1 when outside/splitting. */
    qsizetype utf16Index(const OffsetModel &model, qint64 offset) const;
    qint64 finalOffset(qsizetype lfUtf16) const;

    QString m_file, m_lf, m_final;
    std::vector<qsizetype> m_cpToU16File, m_cpToU16Lf;   ///< code point k -> UTF-16 index
    std::vector<qsizetype> m_fileToLf;                   ///< UTF-16 index in file -> in LF text
    std::vector<qint64> m_lfU16ToCp;                     ///< UTF-16 index in LF text -> code point
    std::vector<qsizetype> m_anchorLf;                   ///< when NFC changes the text: LF indices where it never
    std::vector<qint64> m_anchorCp;                      ///< composes across, and the final code point there
    bool m_hasCr = false, m_hasSupplementary = false, m_nfcChanges = false;
};

/**
 * Decides how a writer counted offsets on one source. Readings that place every
 * selection identically are one reading; between the others the evidence is, in order
 * of strength: quotes (selection names equal to the covered text), the text's length
 * (only one reading keeps every selection inside the text and off surrogate halves),
 * and how many selections start and end on word boundaries. When that does not settle
 * it, `fallback` (what the project's other sources showed) and then `origin` (the
 * writer's known habit, see originOffsetModel()) decide, and the decision is not
 * clear-cut; without either, code points over the file's text (the standard) win.
 * A decision against the origin's habit is never clear-cut either.
 */
OffsetDecision decideOffsetModel(const SourceOffsets &offsets, const std::vector<RawSelection> &selections,
                                 const std::optional<OffsetModel> &origin = std::nullopt,
                                 const std::optional<bool> &fallbackUtf16 = std::nullopt);

/** Whether every selection fits the text under `model`. */
bool modelFits(const SourceOffsets &offsets, const std::vector<RawSelection> &selections, const OffsetModel &model);

/** Whether a selection name plausibly quotes `covered` (whitespace-insensitive, truncation allowed). */
bool quoteMatches(const QString &quote, const QString &covered);

/** Code-point length of a string. */
qint64 codePointCount(const QString &text);
/** The substring [start, end) in code points. */
QString codePointSlice(const QString &text, qint64 start, qint64 end);

} // namespace dyad::core::io
