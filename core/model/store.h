#pragma once

#include "core/model/types.h"
#include "core/result.h"

#include <memory>
#include <optional>
#include <vector>

namespace dyad::core {

/** A light row for record lists: everything but the text and raw source. */
struct RecordSummary
{
    QUuid id;
    qint64 seq = 0;               ///< import order, stable
    QString title;
    QString firstAuthor;
    std::optional<int> year;
    QString journal;
    QString language;
    QString doi;
    QString pmid;
};

/** Keys that identify a record for duplicate detection. */
struct RecordKey
{
    QUuid id;
    QString doi;
    QString pmid;
    QString title;
    std::optional<int> year;
    bool hasCodings = false;
};

/** One full-text search result. */
struct SearchHit
{
    QUuid recordId;
    QString title;
    QString snippet;              ///< with the matched words wrapped in [ and ]
    double rank = 0;              ///< bm25, lower is better
};

/** Filter for coding queries; unset members do not filter. */
struct CodingQuery
{
    std::optional<QUuid> recordId;
    std::optional<QUuid> reviewerId;
    std::optional<QUuid> codeId;
    std::optional<QUuid> roundId;
};

struct Assignment
{
    QUuid roundId;
    QUuid recordId;
    QUuid reviewerId;
    RecordStatus status = RecordStatus::NotStarted;
    QDateTime changed;
};

/** A reviewer's memo on a record, with its row version (0 when there is no memo yet). */
struct RecordMemo
{
    QString text;
    qint64 version = 0;           ///< goes up by one with every change
    QDateTime modified;           ///< UTC; invalid when there is no memo
};

/** A transaction handle; rolls back when destroyed uncommitted. */
class StoreTransaction
{
public:
    virtual ~StoreTransaction() = default;
    virtual Status commit() = 0;
};

/**
 * The storage interface the domain (Project) talks to. It stores and fetches; it does not
 * validate, blind or audit — that is Project's job. SQLite implements it today
 * (core/db/sqlitestore.h); a PostgreSQL team server can implement it later.
 */
class Store
{
public:
    virtual ~Store() = default;

    virtual Result<std::unique_ptr<StoreTransaction>> begin() = 0;
    virtual bool isReadOnly() const = 0;
    virtual QString location() const = 0;
    /**
     * A number that changes when another connection (another process, usually) has
     * committed a change since it was last read; this connection's own commits leave it
     * alone. A store that cannot tell returns 0.
     */
    virtual qint64 externalDataVersion() const { return 0; }

    virtual QString meta(const QString &key) const = 0;
    virtual Status setMeta(const QString &key, const QString &value) = 0;

    // Reviewers
    virtual Status insertReviewer(const Reviewer &reviewer) = 0;
    virtual Status updateReviewer(const Reviewer &reviewer) = 0;
    virtual std::vector<Reviewer> reviewers() const = 0;

    // Records
    virtual Status insertRecord(const Record &record) = 0;
    virtual Status updateRecord(const Record &record) = 0;
    virtual Status insertTextVersion(const QUuid &recordId, int version, const QString &text) = 0;
    virtual std::optional<Record> record(const QUuid &id) const = 0;
    virtual std::vector<RecordSummary> recordSummaries() const = 0;
    virtual qint64 recordCount() const = 0;
    virtual std::vector<RecordKey> recordKeys() const = 0;
    virtual QString recordText(const QUuid &id) const = 0;
    /** Code-point lengths of every record's current text. */
    virtual std::vector<std::pair<QUuid, qint64>> recordLengths() const = 0;
    virtual Result<std::vector<SearchHit>> search(const QString &ftsExpression, int limit) const = 0;

    // Codes
    virtual Status insertCode(const Code &code) = 0;
    virtual Status updateCode(const Code &code) = 0;
    virtual Status deleteCode(const QUuid &id) = 0;
    virtual std::vector<Code> codes() const = 0;
    virtual std::optional<Code> code(const QUuid &id) const = 0;

    // Codings
    virtual Status insertCoding(const Coding &coding) = 0;
    /**
     * Writes every field and raises the row version by one. When `coding.version` is not 0
     * the storage writes only if the stored row still has that version, checked in the
     * UPDATE itself, and fails with ErrorKind::Conflict otherwise.
     */
    virtual Status updateCoding(const Coding &coding) = 0;
    virtual Status deleteCoding(const QUuid &id) = 0;
    virtual std::optional<Coding> coding(const QUuid &id) const = 0;
    virtual std::vector<Coding> codings(const CodingQuery &query) const = 0;
    virtual qint64 codingCount(const CodingQuery &query) const = 0;
    /** Per record: number of codings by the given reviewer. */
    virtual std::vector<std::pair<QUuid, int>> codingCountsByRecord(const QUuid &reviewerId) const = 0;
    /** Per code: number of codings by the given reviewer (codes never applied are absent). */
    virtual std::vector<std::pair<QUuid, int>> codingCountsByCode(const QUuid &reviewerId) const = 0;

    // Rounds and assignments
    virtual Status insertRound(const Round &round) = 0;
    virtual Status updateRound(const Round &round) = 0;
    virtual std::vector<Round> rounds() const = 0;
    virtual Status upsertAssignment(const Assignment &assignment) = 0;
    virtual std::vector<Assignment> assignments(const std::optional<QUuid> &roundId,
                                                const std::optional<QUuid> &recordId,
                                                const std::optional<QUuid> &reviewerId) const = 0;

    // Memos on records and the project (codings and codes carry their own)
    virtual Status setRecordMemo(const QUuid &recordId, const QUuid &authorId, const QString &text) = 0;
    virtual QString recordMemo(const QUuid &recordId, const QUuid &authorId) const = 0;
    /** The memo with its version (version 0 and empty text when there is none). */
    virtual RecordMemo recordMemoWithVersion(const QUuid &recordId, const QUuid &authorId) const = 0;
    /**
     * Writes the memo (an empty text removes it) only if its stored version is still
     * `expectedVersion` (0: there must be no memo yet), checked by the storage in the same
     * statement; ErrorKind::Conflict, with nothing written, otherwise. Returns the new version.
     */
    virtual Result<qint64> setRecordMemoIfVersion(const QUuid &recordId, const QUuid &authorId, const QString &text,
                                                  qint64 expectedVersion) = 0;

    // Audit
    virtual Status appendAudit(const AuditEntry &entry) = 0;
    virtual std::vector<AuditEntry> auditLog(qint64 afterSeq, int limit) const = 0;
    /** The seq of the newest audit entry (0 when there is none). */
    virtual qint64 lastAuditSeq() const = 0;
    /**
     * The newest audit entry this connection may read about one entity, optionally only of
     * one action (who changed it last, for conflict messages).
     */
    virtual std::optional<AuditEntry> lastAuditEntry(const QString &entityType, const QUuid &entityId,
                                                     const QString &action = QString()) const = 0;

    // Maintenance
    virtual QStringList integrityProblems() const = 0;
    virtual Status backupTo(const QString &path) const = 0;
};

} // namespace dyad::core
