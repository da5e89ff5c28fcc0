#pragma once

#include "core/model/store.h"
#include "core/model/types.h"
#include "core/result.h"

#include <QJsonObject>
#include <QSet>

#include <unordered_map>
#include <unordered_set>

namespace dyad::core {

class Project;

/** What one bulk write put in. */
struct BulkCounts
{
    int reviewers = 0;
    int records = 0;
    int codes = 0;
    int rounds = 0;
    int assignments = 0;
    int codings = 0;
    int memos = 0;

    int total() const { return reviewers + records + codes + rounds + assignments + codings + memos; }
    /** The non-zero counts by name ("records", "codes", "codings", "memos", ...). */
    QJsonObject toJson() const;
};

/** Whom a bulk write's project is visible to while the batch is written (Project::bulkWrite). */
enum class BulkTarget {
    Shared,        ///< a project others may have open: the usual transaction
    Unpublished,   ///< a new project nobody sees until the batch is complete (an import's file)
};

/** The audit row a bulk write ends with (Project::bulkWrite). */
struct BulkAudit
{
    QString action;          ///< e.g. "reviewercopy.create", "project.import"
    QString entityType;      ///< e.g. "reviewer", "project"
    QUuid entityId;
    /**
     * Completed with BulkCounts::toJson() for keys not given here. Read when the body has
     * returned, so a body that learns its figures as it writes (a streaming import) may add them.
     */
    QJsonObject details;
};

/**
 * Writes existing work as it is (ids, times, text versions kept) inside Project::bulkWrite().
 * It checks what storage cannot: a coding's span lies inside its record's text, its record,
 * code and reviewer exist, and a passage does not carry the same code twice. It does not
 * audit each item (Project::bulkWrite writes one row for the batch) and is made only by
 * Project, so nothing writes around the audit.
 */
class BulkWriter
{
public:
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    /** Adds a reviewer with its id and role; audited as reviewer.add (name, source: the batch's action). */
    Status addReviewer(const Reviewer &reviewer);
    /**
     * Adds a record: the id is kept (made when null), text and title NFC-normalised, an empty
     * text takes the title; a record with neither is refused.
     */
    Status addRecord(Record record);
    Status addCode(const Code &code);
    /** Sets the memo of a code written earlier in the batch (a .qdpx keeps code notes after the sources). */
    Status setCodeMemo(const QUuid &codeId, const QString &memo);
    Status addRound(const Round &round);
    Status setAssignment(const Assignment &assignment);
    /** Adds a coding with its id; created/modified default to now, the text version is the record's. */
    Status addCoding(Coding coding);
    Status setRecordMemo(const QUuid &recordId, const QUuid &authorId, const QString &text);
    /** Bookkeeping of the batch (e.g. where a copy came from); the project's own keys are refused. */
    Status setMeta(const QString &key, const QString &value);

    const BulkCounts &counts() const { return m_counts; }

private:
    friend class Project;
    BulkWriter(Project &project, Store &store, const QString &source);
    qint64 recordLength(const QUuid &recordId, int *textVersion);

    Project &m_project;
    Store &m_store;
    QString m_source;
    BulkCounts m_counts;
    std::unordered_map<QUuid, std::pair<qint64, int>, UuidHash> m_records; ///< code points, text version
    QSet<QUuid> m_codes;
    QSet<QUuid> m_reviewers;
    /** A passage one reviewer coded with one code: written once. */
    struct Passage
    {
        QUuid record, reviewer, code;
        Span span;
        bool operator==(const Passage &) const = default;
    };
    struct PassageHash
    {
        size_t operator()(const Passage &p) const noexcept;
    };
    std::unordered_set<Passage, PassageHash> m_passages;
    QSet<QUuid> m_recordsWithPassages; ///< records whose codings are all in m_passages
};

} // namespace dyad::core
