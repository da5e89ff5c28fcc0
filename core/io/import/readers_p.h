#pragma once

// Private: factories of the built-in readers (one .cpp each) and small helpers they share.

#include "core/io/import/importreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <memory>

namespace dyad::core::importer::detail {

std::unique_ptr<ImportReader> makeRisReader();
std::unique_ptr<ImportReader> makeMedlineReader();
std::unique_ptr<ImportReader> makeCsvReader(Format csvOrTsv);
std::unique_ptr<ImportReader> makeBibtexReader();
std::unique_ptr<ImportReader> makeEndnoteXmlReader();
std::unique_ptr<ImportReader> makeWosReader();
std::unique_ptr<ImportReader> makePubmedXmlReader();
std::unique_ptr<ImportReader> makeJsonReader();
std::unique_ptr<ImportReader> makeTextReader();
std::unique_ptr<ImportReader> makePastedReader();

/**
 * How sure it is (0.15..0.95) that text was copied from a record page (PubMed, EBSCO, a
 * publisher or portal page): an author list near the top, a citation line, a DOI/PMID, an
 * "Abstract" heading, EBSCO "- Label :" fields, embedded record JSON, page furniture each
 * add to it; tagged exports score 0.1. The pasted-record reader's detection score.
 */
double recordPageConfidence(QStringView head);

/** Lower-case file suffix ("ris", "nbib", ...), empty if none. */
QString suffixOf(const QString &fileName);

/** Adds a string value to an attribute, turning it into an array on repetition. */
void appendAttribute(QJsonObject &attributes, const QString &key, const QString &value);

/** Semantic fields that CSV columns and JSON keys map to. */
enum class Field { None, Title, Abstract, Authors, Year, Journal, Doi, Pmid, Keywords, Language };

/** Maps a CSV header or JSON key ("Source title", "pubmed_id", "DI"...) to a field. */
Field fieldForKey(const QString &key);

/** Lower case, letters and digits only: "Source title" → "sourcetitle". */
QString normalizeKey(const QString &key);

/** The normalised keys that map to @p field, best first. */
QStringList keysForField(Field field);

/** Fills a draft from a JSON object with common key names (also used for JSON pasted
 *  inside web-page text). Unknown keys go to attributes as found. */
void draftFromJsonObject(const QJsonObject &object, RecordDraft &draft);

/** Authors from one cell: split on ';' (or on ", " for "Smith J., Doe A." lists). */
QStringList splitAuthors(const QString &cell);

/** Fills the field of @p draft that @p field names with @p value (strings only). */
void assignField(RecordDraft &draft, Field field, const QString &value);

} // namespace dyad::core::importer::detail
