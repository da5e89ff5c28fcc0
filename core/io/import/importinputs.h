#pragma once

#include <QString>
#include <QStringList>

/**
 * @file
 * What the user named as import inputs (files and folders) turned into the list of files
 * to parse. A folder stands for its files, one record per plain-text file, as a team
 * exports interview notes or abstracts one per file.
 */

namespace dyad::core::importer {

/** The files to parse, and what could not be used (with the reason). */
struct ImportInputs
{
    QStringList files;
    QStringList problems; ///< "notes/: no files to import", "x.ris: no such file"
};

/**
 * Expands folders into their regular files (recursively, in name order; hidden files and
 * Dyad projects skipped), keeps files as given, and reports paths that do not exist or
 * cannot be read. Duplicates (a file named twice, or also inside a named folder) are kept
 * once, in the first position.
 */
ImportInputs expandImportInputs(const QStringList &paths);

} // namespace dyad::core::importer
