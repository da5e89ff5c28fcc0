#pragma once

#include "core/result.h"

#include <QString>

namespace dyad::ui {

class Document;

/**
 * Imports a codebook file into the document's project, as `dyad-cli import-qdpx --codebook`
 * does: REFI-QDA .qdc (codes matched by GUID, then by name under the same parent) or a
 * table in CSV, TSV or XLSX (columns found by header; see core/io/import/codebookimport.h).
 * One transaction: a bad file changes nothing. Returns what happened, in words for the
 * reviewer (counts, then every adjustment or skipped row), or the error.
 */
core::Result<QString> importCodebookFile(Document *document, const QString &path);

} // namespace dyad::ui
