#pragma once

#include "core/agreement/agreementstore.h"

namespace dyad::core::db {

class Database;

/** Lean agreement reads and the snapshot tables in the project's SQLite file. */
class SqliteAgreementStore final : public agreement::AgreementStore
{
public:
    /** `db` must outlive the store (it belongs to the project's SqliteStore). */
    explicit SqliteAgreementStore(Database &db) : m_db(db) {}

    Status forEachCoding(const std::vector<QUuid> &reviewers, const std::optional<QUuid> &roundId,
                         const CodingSink &sink) const override;
    std::vector<agreement::RecordGeometry> recordGeometry() const override;
    Status forEachRecordText(const std::function<void(const QUuid &, const QString &)> &sink) const override;
    std::vector<agreement::AssignedRecord> assignedRecords(const QUuid &roundId) const override;

    Status insertSnapshot(const agreement::Snapshot &snapshot) override;
    std::vector<agreement::SnapshotInfo> snapshots() const override;
    std::optional<agreement::Snapshot> snapshot(const QUuid &id) const override;
    Status deleteSnapshot(const QUuid &id) override;

private:
    Database &m_db;
};

} // namespace dyad::core::db
