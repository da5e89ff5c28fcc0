#pragma once

#include "core/io/import/dedupe.h"
#include "core/io/import/importinputs.h"
#include "core/io/import/importtypes.h"
#include "core/result.h"

#include <QStringList>

#include <vector>

namespace dyad::core {
class Project;
}

namespace dyad::core::importer {

/** One input (a file, or pasted text) parsed and ready to be classified. */
struct ImportSource
{
    QString name;              ///< file path, or "pasted"
    ParseReport report;        ///< its records are moved into ImportPlan::records
    qsizetype recordCount = 0; ///< records parsed from this source
};

/**
 * What an import would do, computed without touching the project: every parsed record with
 * its duplicate decision. Show it to the user (dry run), then apply it.
 */
struct ImportPlan
{
    std::vector<ImportSource> sources;
    std::vector<Record> records;               ///< all parsed records, in input order
    std::vector<DuplicateDecision> decisions;  ///< decisions[i] belongs to records[i]

    int count(DuplicateAction action) const;
    /** Records refused by the parsers (malformed), counted from their Error diagnostics. */
    int malformed() const;
    bool refusedAny() const;
    bool cancelled() const;
};

/** What an applied import did. */
struct ImportSummary
{
    int added = 0;
    int updated = 0;
    int skippedExisting = 0;
    int skippedWithinInput = 0;
    int malformed = 0;
};

/**
 * What duplicate classification needs to know about the records already in @p project.
 * Read it on the thread that owns the project, then hand it to a worker thread: the
 * planning overloads that take keys never touch the project.
 */
std::vector<ExistingRecordKey> existingRecordKeys(const Project &project);

/**
 * Moves the records of parsed sources into a plan (in source order) and classifies them
 * against @p existing. For callers that parse each input with its own options.
 */
ImportPlan buildImportPlan(std::vector<ImportSource> sources, const std::vector<ExistingRecordKey> &existing);

/**
 * Completes a plan against the stored records it matches, on the thread that owns the
 * project: a record without DOI or PMID whose text equals a stored record's (notes read
 * again) is skipped; and a skip as "the same" whose stored metadataFingerprint() differs
 * (a corrected export: fixed abstract, journal or authors under the same DOI and title)
 * becomes an update when the stored record has no codings. Reads only matched records.
 * The planImport()/planPastedImport() overloads that take a Project call it, and so do
 * the import and paste dialogs after buildImportPlan().
 */
void compareWithStoredRecords(const Project &project, ImportPlan &plan);
/** The same for decisions made apart from a plan (applyImport() decides again under the write lock). */
void compareWithStoredRecords(const Project &project, const std::vector<Record> &records,
                              std::vector<DuplicateDecision> &decisions);

/**
 * Parses every file (format auto-detected unless forced; files in parallel on all cores)
 * and classifies duplicates.
 */
ImportPlan planImport(const Project &project, const QStringList &files, const ImportOptions &options);
/** planImport() against keys read earlier with existingRecordKeys(); safe on any thread. */
ImportPlan planImport(const std::vector<ExistingRecordKey> &existing, const QStringList &files,
                      const ImportOptions &options);
/**
 * planImport() over expanded inputs (see importinputs.h): files marked plainText are read
 * as plain text, one record per file, unless options.format forces a format.
 */
ImportPlan planImport(const std::vector<ExistingRecordKey> &existing, const ImportInputs &inputs,
                      const ImportOptions &options);
ImportPlan planImport(const Project &project, const ImportInputs &inputs, const ImportOptions &options);
/** The same for text a user pasted. */
ImportPlan planPastedImport(const Project &project, const QString &text, const ImportOptions &options);
/** planPastedImport() against keys read earlier; safe on any thread. */
ImportPlan planPastedImport(const std::vector<ExistingRecordKey> &existing, const QString &text,
                            const ImportOptions &options);

/** applyImport() writes this many records between two calls of its progress function. */
inline constexpr int kApplyChunkSize = 250;

/**
 * Writes a plan in one transaction: new records added, uncoded records whose metadata
 * changed updated, duplicates skipped. A record that carries codings is never changed.
 * On failure nothing is written. Refuses a plan whose inputs were cancelled, or (strict)
 * refused.
 *
 * @p progress, when set, is called with (records written, records to write) after every
 * kApplyChunkSize records; returning false cancels: the transaction is rolled back, the
 * project is exactly as before (no records, no audit entry) and the error is
 * importCancelledError().
 */
Result<ImportSummary> applyImport(Project &project, const ImportPlan &plan, const ProgressFn &progress = {});

/** The error text of an applyImport() that its progress function cancelled. */
QString importCancelledError();

} // namespace dyad::core::importer
