#pragma once

#include "core/io/export/sheet.h"
#include "core/result.h"

#include <QString>
#include <QUuid>

#include <optional>
#include <vector>

namespace dyad::core {
class Project;
}

namespace dyad::core::io {

/** Output formats for publication tables. */
enum class TableFormat { Csv, Xlsx, Markdown, Html };
/** Parses "csv", "xlsx", "md"/"markdown", "html"; nullopt otherwise. */
std::optional<TableFormat> tableFormatFromName(const QString &name);
/** The format implied by a file name's extension. */
std::optional<TableFormat> tableFormatFromPath(const QString &path);

/** Which codings an export counts: the Consensus layer, every reviewer, or one reviewer. */
struct LayerChoice
{
    enum class Kind {
        Auto,       ///< Consensus when it has codings, else all reviewers
        Consensus,
        All,        ///< every reviewer (Consensus included)
        Reviewer,
    };
    Kind kind = Kind::Auto;
    QUuid reviewer;                 ///< for Kind::Reviewer
};

/** The reviewers whose codings a choice selects (resolves Auto against the project). */
std::vector<QUuid> layerReviewers(const Project &project, const LayerChoice &choice);

// --- codebook for publication -----------------------------------------------------------

/**
 * The codebook as a table: one row per node (theme → sub-theme → code, depth-first in
 * codebook order) with path, level, definition, use when / do not use when, example quote
 * (the code's example, else its first coded quote, Consensus first), colour and counts of
 * its own codings: records, codings, per reviewer and Consensus.
 */
Sheet codebookSheet(const Project &project);
/** The codebook as Markdown (headings by depth). */
QString codebookMarkdown(const Project &project);
/** The codebook as a self-contained HTML page; the UI prints it to PDF (QTextDocument). */
QString codebookHtml(const Project &project);
/** Writes the codebook in the given format. */
Status exportCodebook(const Project &project, const QString &path, TableFormat format);

// --- theme summary ----------------------------------------------------------------------

struct ThemeSummaryRow
{
    QUuid id;
    QString theme;
    QString subTheme;               ///< empty on a theme's own row
    int segments = 0;               ///< codings on the node and everything below it
    int records = 0;                ///< distinct records with such codings
    bool major = false;             ///< above the average of its level (themes, or sub-themes)
};

/** Per theme and sub-theme, rolled up over their codes; "major" = above its level's average. */
std::vector<ThemeSummaryRow> themeSummary(const Project &project, const LayerChoice &layer = {});
Sheet themeSummarySheet(const Project &project, const LayerChoice &layer = {});
QString themeSummaryHtml(const Project &project, const LayerChoice &layer = {});
Status exportThemeSummary(const Project &project, const QString &path, TableFormat format,
                          const LayerChoice &layer = {});

// --- coded segments ---------------------------------------------------------------------

struct SegmentFilter
{
    std::vector<QUuid> codes;       ///< these codes and everything below them; empty = all
    std::optional<QUuid> round;
    LayerChoice layer;              ///< Kind::Reviewer selects one reviewer
    /**
     * Who asks (null: nobody in particular). Others' codings, the Consensus included, enter
     * only where the viewer may see them (Project::recordsHiddenFrom), as in the workbench.
     */
    QUuid viewer;
};

/**
 * One row per coding: record metadata, code path, quote, reviewer, layer, round, memo.
 * A span that does not fit its text (a damaged file) is cut to the text, or left out when
 * nothing of it lies inside; `warnings` then gets one line naming each such coding.
 */
Sheet segmentsSheet(const Project &project, const SegmentFilter &filter = {}, QStringList *warnings = nullptr);
/**
 * The segments as an HTML page that reads and prints on A4: one section per record (title,
 * then authors, year, journal and DOI once) with a four-column table (code path, quote,
 * reviewer with layer and round, memo) whose widths add up to the page. The CSV/XLSX keep
 * every column.
 */
QString segmentsHtml(const Project &project, const SegmentFilter &filter = {}, QStringList *warnings = nullptr);
Status exportSegments(const Project &project, const QString &path, TableFormat format,
                      const SegmentFilter &filter = {}, QStringList *warnings = nullptr);

/** Writes a sheet as CSV, XLSX, Markdown or HTML table. */
Status writeSheet(const Sheet &sheet, const QString &path, TableFormat format, const QString &title = QString());

} // namespace dyad::core::io
