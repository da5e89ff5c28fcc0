#pragma once

#include "core/base/time.h"
#include "core/db/database.h"
#include "core/model/store.h"

#include <memory>

namespace dyad::core::db {

/** Store implemented on one SQLite project file. All of Dyad's SQL lives in core/db. */
class SqliteStore final : public Store
{
public:
    /** Creates a new project file with the current schema. */
    static Result<std::unique_ptr<SqliteStore>> create(const QString &path);
    /** Opens an existing project file, migrating it forward if it is older. */
    static Result<std::unique_ptr<SqliteStore>> open(const QString &path, bool readOnly = false);
    /** A throwaway in-memory project (tests). */
    static Result<std::unique_ptr<SqliteStore>> createInMemory();

    Result<std::unique_ptr<StoreTransaction>> begin() override;
    bool isReadOnly() const override { return m_db.isReadOnly(); }
    QString location() const override { return m_db.path(); }
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

    QStringList integrityProblems() const override;
    Status backupTo(const QString &path) const override;

    /** The connection, for other core/db classes (e.g. reconciliation or snapshot tables). */
    Database &database() { return m_db; }
    const Database &database() const { return m_db; }

private:
    explicit SqliteStore(Database db) : m_db(std::move(db)) {}
    /** A prepared statement for `sql`, reset again when the returned guard goes. */
    ScopedStatement cached(const char *sql) const;

    Database m_db;
    mutable std::vector<std::pair<const char *, std::unique_ptr<Statement>>> m_cache;
};

} // namespace dyad::core::db
