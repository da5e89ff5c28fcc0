#pragma once

// Private: the record loop the XML readers (EndNote XML, PubMed XML) share.

#include "core/io/import/importreader.h"

#include <QStringView>

#include <functional>

class QXmlStreamReader;

namespace dyad::core::importer::detail {

/** What an XML format's records look like to readXmlRecords(). */
struct XmlRecordFormat
{
    /** Whether an element of this name starts a record ("record", "PubmedArticle"). */
    std::function<bool(QStringView element)> isRecord;
    /**
     * Reads one record: called just after its start element, it reads up to and including
     * the record's end element and fills the draft's fields.
     */
    std::function<void(QXmlStreamReader &xml, RecordDraft &draft)> readRecord;
    /**
     * Said when the document is not well-formed (translated by the reader): %1 the parser's
     * message, %2 the column; the line is the diagnostic's.
     */
    QString notWellFormed;
};

/**
 * The loop of an XML reader: refuses a document whose entities would expand too far (and
 * warns about external ones), then finds each record element, lets the format read it, and
 * adds it with its line and its source text; progress after each record. A document that is
 * not well-formed keeps the records before the fault and gets one error naming its line and
 * column.
 */
void readXmlRecords(ReadContext &ctx, const XmlRecordFormat &format);

} // namespace dyad::core::importer::detail
