#pragma once

#include "core/model/types.h"
#include "core/result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace dyad::core {
class Project;
}

namespace dyad::core::agreement {

/** What one saved snapshot is about (a row of agreement_snapshots). */
struct SnapshotInfo
{
    QUuid id;
    QUuid roundId;                 ///< null: not restricted to a round
    std::vector<QUuid> reviewers;  ///< in report order (A, B, ...)
    QString unit;                  ///< the unit the team reads first (unitName()), e.g. "character"
    QJsonObject settings;          ///< everything needed to compute it again (ProjectAgreementOptions::toJson)
    QDateTime created;             ///< UTC
    QUuid createdBy;               ///< the actor who saved it
    QJsonObject summary;           ///< pooled figures, counts, round and reviewer names
};

/** One stored figure row: one code, theme, or the pooled scope of one snapshot. */
struct SnapshotRow
{
    QString scopeKind;             ///< "code", "theme" or "pooled" (scopeName())
    QString codeKey;               ///< the code's UUID text; empty for the pooled row
    QJsonObject figures;           ///< name and, per unit, counts and coefficients
};

/** A whole snapshot. */
struct Snapshot
{
    SnapshotInfo info;
    std::vector<SnapshotRow> rows;
};

/** Light read of the round membership of records. */
struct AssignedRecord
{
    QUuid recordId;
    QUuid reviewerId;
    RecordStatus status = RecordStatus::NotStarted;
};

/** Geometry of a record's current text. */
struct RecordGeometry
{
    QUuid id;
    Offset length = 0;             ///< code points
    int textVersion = 1;
};

/**
 * Storage the project-level agreement needs beyond Store: lean reads for large projects
 * and the snapshot tables. It is part of the project's Backend (SqliteAgreementStore for
 * files); writes join the caller's transaction (Project::transact).
 */
class AgreementStore
{
public:
    virtual ~AgreementStore() = default;

    /**
     * Calls @p sink once per coding of one of @p reviewers (in no particular order) with the
     * reviewer's index in @p reviewers, the record's and the code's UUID in canonical text
     * form (lowercase, no braces; the views are valid during the call only) and the span —
     * no memo, times or coding id. With @p roundId, only codings made in that round or
     * outside any round. Kept apart from Store::codings() because agreement on 400,000
     * codings must stay well under a second: parsing UUIDs alone would cost a fifth of it.
     */
    using CodingSink = std::function<void(int reviewer, QByteArrayView recordId, QByteArrayView codeId, Span span)>;
    virtual Status forEachCoding(const std::vector<QUuid> &reviewers, const std::optional<QUuid> &roundId,
                                 const CodingSink &sink) const = 0;
    /** Every record's id, text length and text version, in import order. */
    virtual std::vector<RecordGeometry> recordGeometry() const = 0;
    /** Calls @p sink with every record's current text, in import order. */
    virtual Status forEachRecordText(const std::function<void(const QUuid &recordId, const QString &text)> &sink) const = 0;
    /** Assignments of a round (no times). */
    virtual std::vector<AssignedRecord> assignedRecords(const QUuid &roundId) const = 0;

    virtual Status insertSnapshot(const Snapshot &snapshot) = 0;
    /** Newest first. */
    virtual std::vector<SnapshotInfo> snapshots() const = 0;
    virtual std::optional<Snapshot> snapshot(const QUuid &id) const = 0;
    virtual Status deleteSnapshot(const QUuid &id) = 0;
};

/**
 * The project's agreement store (owned by the project, valid while it is open), or a clear
 * message when its storage keeps no snapshots. Writes join the project's transaction.
 */
Result<AgreementStore *> openAgreementStore(const Project &project);

} // namespace dyad::core::agreement
