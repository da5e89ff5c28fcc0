#pragma once

#include "core/model/batchread.h"
#include "core/model/batchstore.h"
#include "core/model/store.h"
#include "core/pg/pgerror.h"

#include <QHash>

#include <memory>

namespace dyad::core::pg {

class PgConnection;
class PgResult;

/**
 * Store on a PostgreSQL team server (schema in core/pg/schema.sql). Every reviewer signs in
 * as their own role, and the server's row-level security decides what that role may read
 * and write, so blinding holds for any client; Project's own rules run on top, unchanged.
 * Other sessions' changes arrive by LISTEN/NOTIFY and show in externalDataVersion().
 */
class PgStore final : public Store, public BatchStore, public BatchReadStore
{
public:
    ~PgStore() override;

    /**
     * Connects to a database that already holds a Dyad team project. A clear error when the
     * server cannot be reached or the database is not a Dyad team project (or a newer one).
     */
    static Result<std::unique_ptr<PgStore>> open(const QString &location, bool readOnly = false);
    /** Connects to an empty database and creates the team schema in it (one transaction). */
    static Result<std::unique_ptr<PgStore>> create(const QString &location);
    /** The server schema version this build creates and reads. */
    static int schemaVersion();

    Result<std::unique_ptr<StoreTransaction>> begin() override;
    bool isReadOnly() const override { return m_readOnly; }
    QString location() const override;
    qint64 externalDataVersion() const override;

    QString meta(const QString &key) const override;
    Status setMeta(const QString &key, const QString &value) override;

    Status insertReviewer(const Reviewer &reviewer) override;
    Status updateReviewer(const Reviewer &reviewer) override;
    std::vector<Reviewer> reviewers() const override;

    Status insertRecord(const Record &record) override;
    Status updateRecord(const Record &record) override;
    Status insertTextVersion(const QUuid &recordId, int version, const QString &text) override;
    std::optional<Record> record(const QUuid &id) const override;
    std::vector<RecordSummary> recordSummaries() const override;
    qint64 recordCount() const override;
    std::vector<RecordKey> recordKeys() const override;
    QString recordText(const QUuid &id) const override;
    std::vector<std::pair<QUuid, qint64>> recordLengths() const override;
    Result<std::vector<SearchHit>> search(const QString &ftsExpression, int limit) const override;

    Status insertCode(const Code &code) override;
    Status updateCode(const Code &code) override;
    Status deleteCode(const QUuid &id) override;
    std::vector<Code> codes() const override;
    std::optional<Code> code(const QUuid &id) const override;

    Status insertCoding(const Coding &coding) override;
    Status updateCoding(const Coding &coding) override;
    Status deleteCoding(const QUuid &id) override;
    std::optional<Coding> coding(const QUuid &id) const override;
    std::vector<Coding> codings(const CodingQuery &query) const override;
    qint64 codingCount(const CodingQuery &query) const override;
    std::vector<std::pair<QUuid, int>> codingCountsByRecord(const QUuid &reviewerId) const override;
    std::vector<std::pair<QUuid, int>> codingCountsByCode(const QUuid &reviewerId) const override;

    Status insertRound(const Round &round) override;
    Status updateRound(const Round &round) override;
    std::vector<Round> rounds() const override;
    Status upsertAssignment(const Assignment &assignment) override;
    std::vector<Assignment> assignments(const std::optional<QUuid> &roundId, const std::optional<QUuid> &recordId,
                                        const std::optional<QUuid> &reviewerId) const override;

    Status setRecordMemo(const QUuid &recordId, const QUuid &authorId, const QString &text) override;
    QString recordMemo(const QUuid &recordId, const QUuid &authorId) const override;
    RecordMemo recordMemoWithVersion(const QUuid &recordId, const QUuid &authorId) const override;
    Result<qint64> setRecordMemoIfVersion(const QUuid &recordId, const QUuid &authorId, const QString &text,
                                          qint64 expectedVersion) override;

    Status appendAudit(const AuditEntry &entry) override;
    std::vector<AuditEntry> auditLog(qint64 afterSeq, int limit) const override;
    qint64 lastAuditSeq() const override;
    std::optional<AuditEntry> lastAuditEntry(const QString &entityType, const QUuid &entityId,
                                             const QString &action) const override;

    /** Batches go to the server in pipeline mode (PgConnection::execBatch()). */
    Status insertRecords(std::span<const Record> records, size_t &failedAt) override;
    Status insertCodings(std::span<const Coding> codings, size_t &failedAt) override;
    Status insertAssignments(std::span<const Assignment> assignments, size_t &failedAt) override;
    /** Reads by many ids in one statement (a few for very many ids): merges and reviewer copies. */
    std::vector<Record> recordsWithIds(std::span<const QUuid> ids) const override;
    std::vector<Coding> codingsWithIds(std::span<const QUuid> ids) const override;
    QHash<QUuid, QString> recordMemos(std::span<const QUuid> recordIds, const QUuid &authorId) const override;

    QStringList integrityProblems() const override;
    /** Writes a consistent file copy of what this role may read (dyad-cli team snapshot). */
    Status backupTo(const QString &path) const override;

    PgConnection &connection() { return *m_conn; }
    /** False once the server is found gone (a failed statement or notice check). */
    bool isConnected() const;

private:
    explicit PgStore(std::unique_ptr<PgConnection> conn);
    void readSignedIn();
    /** A failed statement as a message for the user (see serverError()). */
    Status saved(const PgResult &r, const char *what) const;
    /** As saved(), and a write that touched no row (filtered out by the server's policies). */
    Status savedOne(const PgResult &r, const char *what) const;

    std::unique_ptr<PgConnection> m_conn;
    mutable qint64 m_foreignChanges = 0;
    /** Row version (xmin) of each code as this client last listed it (see updateCode()). */
    mutable QHash<QUuid, QByteArray> m_codeVersions;
    bool m_readOnly = false;
    SignedIn m_signedIn;
};

} // namespace dyad::core::pg
