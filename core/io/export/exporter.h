#pragma once

#include "core/io/export/codebookexport.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <optional>
#include <vector>

/**
 * @file
 * The export facade, mirroring the import side (importreader.h): one Exporter per kind of
 * output, a registry of them, and the blinding rule each follows. File › Export in the
 * workbench and `dyad-cli export KIND` are both built from the registry, so they offer the
 * same kinds under the same names and refuse the same things.
 */

namespace dyad::core {
class Project;
}

namespace dyad::core::io {

/**
 * Writes an HTML page as a PDF file. PDF needs Qt Gui, which core does not link: the caller
 * (the workbench, a dyad-cli built with dyad_print) supplies one.
 */
using PdfWriter = std::function<Status(const QString &path, const QString &html, const QString &title)>;

/** What an exporter accepts besides a path; dyad-cli refuses options an exporter does not take. */
enum class ExportOption {
    Format,       ///< a table format (csv, xlsx, md, html, pdf)
    Layer,        ///< whose codings: the Consensus, every reviewer, or one reviewer
    Codes,        ///< only some codes and the codes below them
    Round,        ///< only one round's codings
    Utf16Offsets, ///< offsets in UTF-16 code units (what NVivo reads) instead of code points
};

/** The choices of one export; each exporter reads the ones it accepts. */
struct ExportOptions
{
    std::optional<TableFormat> format; ///< unset: from the path's extension
    bool pdf = false;                  ///< write the HTML page as PDF (also chosen by a .pdf path)
    PdfWriter pdfWriter;               ///< needed for PDF
    LayerChoice layer;
    std::vector<QUuid> codes;
    std::optional<QUuid> round;
    bool utf16Offsets = false;
};

/** What an export wrote, and what it could not write faithfully. */
struct ExportResult
{
    QString summary;          ///< one sentence in English: what was written where
    QJsonObject details;      ///< the counts, for dyad-cli's --json
    QStringList warnings;     ///< what another program may read differently (offset units, renamed sources)
    QStringList dataLoss;     ///< what the format cannot carry (REFI-QDA §7 asks to say so)
    QStringList spanProblems; ///< codings whose span does not fit their text (a damaged file): cut or left out
};

/** How an export keeps blinding (design invariant 5). */
enum class ExportBlinding {
    /**
     * Carries every reviewer's work: refused for a viewer while any record is blinded for
     * them. Without a viewer (dyad-cli, which is for the lead) it is written whole.
     */
    WholeProject,
    /** Holds only what the viewer may see: their own work, others' once unblinded for them. */
    ViewerOnly,
    /** The viewer's own copy: their codings and the codes they may see; needs a viewer. */
    ViewerCopy,
};

/** One entry of File › Export: an exporter with options preset. */
struct ExportMenuEntry
{
    /** The entry's text in English; translated in context "Export". */
    const char *text;
    bool utf16Offsets = false;
};

/** One kind of export. Implementations are stateless and live in the registry. */
class Exporter
{
public:
    virtual ~Exporter() = default;

    /** The kind's name, as dyad-cli takes it: "codebook", "qdpx", "reviewer-copy". */
    virtual QString name() const = 0;
    /** For dyad-cli's help: what the file holds (English, may span lines). */
    virtual QString description() const = 0;
    /** The extensions it writes, without dots; "pdf" only with a PdfWriter. */
    virtual QStringList suffixes() const = 0;
    /** For a file dialog, in English; translated in context "Export". */
    virtual const char *nameFilter() const = 0;
    /** Its entries in File › Export (most have one). */
    virtual std::vector<ExportMenuEntry> menuEntries() const = 0;
    virtual ExportBlinding blinding() const = 0;
    /** True when it may be written only while nothing is blinded for the viewer. */
    bool needsUnblindedProject() const { return blinding() == ExportBlinding::WholeProject; }
    virtual bool accepts(ExportOption option) const = 0;
    /** True when writing also changes the project (a reviewer copy records its merge base). */
    virtual bool changesProject() const { return false; }

    /**
     * Writes @p path. @p viewer is who exports (null: nobody in particular, the lead at the
     * command line); the blinding() rule is applied to it here, whatever the caller checked.
     */
    virtual Result<ExportResult> write(Project &project, const QUuid &viewer, const QString &path,
                                       const ExportOptions &options) const = 0;
};

/** All exporters, in the order File › Export lists them. */
const std::vector<const Exporter *> &exporters();
/** The exporter of a kind, or nullptr. */
const Exporter *exporterFor(const QString &name);
/** The kinds' names, in registry order. */
QStringList exporterNames();

/**
 * How many records are blinded for @p viewer: records where another reviewer's work (or
 * the Consensus) is still hidden from them. Whole-project exports wait until this is 0.
 */
qsizetype blindedRecordCount(const Project &project, const QUuid &viewer);

} // namespace dyad::core::io
