#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dyad::core {
class Project;
}

namespace dyad::core::io {

/** What a codebook table import did. */
struct CodebookImportReport
{
    int created = 0;        ///< new codes (parents created on the way included)
    int updated = 0;        ///< existing codes whose fields changed
    int unchanged = 0;
    QStringList notes;      ///< per row: what was adjusted or skipped, with the row number
};

/**
 * Imports a codebook for deductive coding from CSV or XLSX (first sheet). Columns are
 * found by header, case-insensitively: name (or "code"), parent (a path "Theme > Sub-theme";
 * or a "path" column holding the full path), definition (or "description"), use when,
 * do not use when, example, colour/color, id (optional UUID). Missing parents are created.
 * Codes that exist at the same path are updated, so importing twice changes nothing.
 * One transaction: a bad table changes nothing.
 */
Result<CodebookImportReport> importCodebookTable(Project &project, const QString &path);

/**
 * The rows of a codebook CSV (comma, semicolon or tab; the formula guard of Dyad's own
 * export undone, so an export and a re-import give back the same text).
 */
Result<std::vector<QStringList>> codebookRows(const QByteArray &bytes, const QString &fileName);

} // namespace dyad::core::io
