#pragma once

#include <QString>
#include <QStringList>

#include <vector>

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
    /**
     * plainText[i]: files[i] came from a folder and is neither a recognised bibliographic
     * export nor a copied record page, so it is read as plain text, one record per file,
     * first line the title (detection alone could take a note for a pasted web page).
     */
    std::vector<bool> plainText;
    QStringList problems; ///< "notes/: no files to import", "x.ris: no such file"
};

/**
 * True when a file found in a folder should be read as plain text: its start is not
 * confidently one of the tagged or structured formats (RIS, PubMed, CSV/TSV, BibTeX,
 * EndNote XML, Web of Science, PubMed XML, JSON), nor a copied record page detected with
 * a confidence of at least 0.5 (which the pasted-record reader reads, as Paste Record does).
 */
bool readAsPlainText(const QString &path);

/**
 * Expands folders into their regular files (recursively, in name order; hidden files and
 * Dyad projects skipped), keeps files as given, and reports paths that do not exist or
 * cannot be read. Duplicates (a file named twice, or also inside a named folder) are kept
 * once, in the first position. Files named directly are detected as usual; files found in
 * a folder are marked plainText when readAsPlainText() says so.
 */
ImportInputs expandImportInputs(const QStringList &paths);

} // namespace dyad::core::importer
