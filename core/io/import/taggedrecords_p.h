#pragma once

// Private: the record loop the tagged-line readers (RIS, Web of Science, MEDLINE) share.

#include "core/io/import/importreader.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <vector>

namespace dyad::core::importer::detail {

/** One tagged field of a record: its tag and its value, or values for list tags. */
struct TaggedField
{
    QString tag;
    QStringList values; ///< never empty: the value on the tag's line, then continuations
    const QString &value() const { return values.front(); }
};

/** What a tagged-line format looks like to readTaggedRecords(). */
struct TaggedLineFormat
{
    /** The tag of a line ("AU" of "AU  - Smith, J") and its value; empty when it has none. */
    QStringView (*tagOf)(QStringView line, QStringView &value) = nullptr;
    QString startTag;         ///< opens a record: "TY", "PT", "PMID"
    QString endTag;           ///< closes it: "ER"; empty when the next start tag does
    QString fileEndTag;       ///< ends the file: "EF"; empty when the file just ends
    QStringList headerTags;   ///< file header tags ignored outside records ("FN", "VR")
    /** Whether an untagged line continues the last field (indented, or any text). */
    std::function<bool(QStringView line)> continues;
    /** Adds a continuation line (trimmed) to the field it continues; unset: joined with a space. */
    std::function<void(TaggedField &field, QStringView more)> continueField;
    bool reportEveryStrayLine = false; ///< or only the first of the file
    // The messages, translated by the reader (their texts are the reader's own):
    QString strayLine;          ///< a line that is neither a tag nor a continuation (ignored)
    QString notStarted;         ///< a record whose first tag is not the start tag; %1: that tag, if used
    QString closedByNextStart;  ///< %1: the record's line, %2: the next start tag's line
    QString lastRecordOpen;     ///< %1: the record's line; the file ended before its end tag
    QString endOutsideRecord;   ///< an end tag with no record before it; empty: not reported
    QString noFileEnd;          ///< the file end tag is missing
    /** Turns a record's fields into a draft. */
    std::function<void(const std::vector<TaggedField> &fields, RecordDraft &draft)> build;
};

/** What the first 200 non-blank lines of a file say about a tagged-line format. */
struct TagCount
{
    int lines = 0;        ///< non-blank lines looked at
    int tags = 0;         ///< of them, tag lines
    bool start = false;   ///< a start tag was among them
    bool end = false;     ///< an end tag was among them
    double tagShare() const { return lines ? double(tags) / lines : 0.0; }
};

/** Counts the tag lines of @p head as @p tagOf reads them, and whether @p startTag and @p endTag occur. */
TagCount countTags(QStringView head, QStringView (*tagOf)(QStringView, QStringView &), QStringView startTag,
                   QStringView endTag = {});

/** Whether @p line starts with a tag of an upper-case letter and a letter or digit ("AU", "T2"). */
bool startsWithTwoCharacterTag(QStringView line);

/**
 * The loop of a tagged-line reader: splits the text into lines, tags and continuation lines
 * into records, and adds each with its first line and its source text; progress after each
 * record. What is not as expected is reported with its line and record and read anyway where
 * that is safe: a record without its start tag, one closed by the next start tag or by the
 * end of the file instead of its end tag, a stray end tag, text outside any record.
 */
void readTaggedRecords(ReadContext &ctx, const TaggedLineFormat &format);

} // namespace dyad::core::importer::detail
