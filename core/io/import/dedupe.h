#pragma once

#include "core/model/types.h"

#include <QString>
#include <QUuid>

#include <optional>
#include <vector>

/**
 * @file
 * Pure duplicate matching for import: no database access. The caller (the project store's
 * import step) loads the keys of the existing records, calls classifyDuplicates(), and
 * writes the outcome in one transaction.
 *
 * Matching keys, strongest first:
 *  1. DOI (normalised: lowercase, no resolver prefix);
 *  2. PMID;
 *  3. normalised title (NFKD, diacritics removed, case-folded, only letters and digits
 *     kept) plus year; when either year is missing the title alone must be at least
 *     kMinTitleKeyLength characters;
 *  4. for records with neither DOI nor PMID (notes, minutes, interview excerpts): the
 *     same text (textDigest()).
 * Two records whose DOIs (or PMIDs) are both present and differ are never matched by
 * title: errata, preprints and replies often share a title.
 */

namespace dyad::core::importer {

/** Minimum length of a title key that may match without a year. */
inline constexpr int kMinTitleKeyLength = 30;

/** What the store knows about a record already in the project. */
struct ExistingRecordKey
{
    QUuid id;
    QString doi;
    QString pmid;
    QString title;
    std::optional<int> year;
    bool hasCodings = false;
    /** metadataFingerprint() of the stored record; empty → compare doi/pmid/title/year. */
    QString fingerprint;
    /** textDigest() of the stored record (records without DOI and PMID only). */
    QString textDigest;
};

enum class DuplicateAction {
    Add,                   ///< new record
    UpdateExisting,        ///< same record as an existing one, not yet coded, metadata differ
    SkipExisting,          ///< same as an existing one: identical, or the existing is coded
    SkipWithinFile,        ///< repeats an earlier record of the same input
};

enum class MatchKey { None, Doi, Pmid, TitleYear, Title, Text };

/** The decision for one incoming record, with a reason a user can read. */
struct DuplicateDecision
{
    DuplicateAction action = DuplicateAction::Add;
    MatchKey matchedBy = MatchKey::None;
    QUuid existingId;            ///< for UpdateExisting / SkipExisting
    int firstIndex = -1;         ///< for SkipWithinFile: index of the earlier incoming record
    QString reason;
};

/** Title key: NFKD, combining marks removed, case-folded, letters and digits only. */
QString normalizeTitleKey(const QString &title);

/**
 * A stable digest of a record's metadata and text (title, authors, year, journal, DOI,
 * PMID, keywords, language, text). Store it with the record to detect changed metadata.
 */
QString metadataFingerprint(const Record &record);

/** A digest of the text (blanks collapsed, case-folded) of a record without DOI and PMID; empty otherwise. */
QString textDigest(const Record &record);
/** The digest of a text (blanks collapsed, case-folded); empty for blank text. */
QString textDigest(const QString &text);

/**
 * Classifies each incoming record (result[i] belongs to incoming[i]). Within the input,
 * the first occurrence is the one kept. Linear in the number of records (hash lookups).
 */
std::vector<DuplicateDecision> classifyDuplicates(const std::vector<Record> &incoming,
                                                  const std::vector<ExistingRecordKey> &existing);

QString actionName(DuplicateAction action);

} // namespace dyad::core::importer
