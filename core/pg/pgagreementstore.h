#pragma once

#include "core/agreement/agreementstore.h"

namespace dyad::core::pg {

class PgConnection;

/** The agreement reads and snapshot tables on a team server (see SqliteAgreementStore). */
class PgAgreementStore final : public agreement::AgreementStore
{
public:
    explicit PgAgreementStore(PgConnection &conn) : m_conn(conn) {}

    Status forEachCoding(const std::vector<QUuid> &reviewers, const std::optional<QUuid> &roundId,
                         const CodingSink &sink) const override;
    std::vector<agreement::RecordGeometry> recordGeometry() const override;
    Status forEachRecordText(const std::function<void(const QUuid &recordId, const QString &text)> &sink) const override;
    std::vector<agreement::AssignedRecord> assignedRecords(const QUuid &roundId) const override;

    Status insertSnapshot(const agreement::Snapshot &snapshot) override;
    std::vector<agreement::SnapshotInfo> snapshots() const override;
    std::optional<agreement::Snapshot> snapshot(const QUuid &id) const override;
    Status deleteSnapshot(const QUuid &id) override;

private:
    PgConnection &m_conn;
};

} // namespace dyad::core::pg
