#pragma once

#include "agreementstore.h"
#include "projectagreement.h"

namespace dyad::core::agreement {

/**
 * The snapshot of a computed report: per code and theme and pooled, the figures of every
 * unit (counts and coefficients) for the first pair of reviewers. Per-record scopes are
 * not kept (they are recomputed on demand). @p unit is the one the team reads first.
 */
Snapshot makeSnapshot(const ProjectAgreement &result, Unit unit, const QString &label = QString());

/** Saves a snapshot in one transaction with an audit entry ("agreement.snapshot"). */
Result<SnapshotInfo> saveSnapshot(Project &project, const ProjectAgreement &result, Unit unit,
                                  const QString &label = QString());
/** Newest first. */
Result<std::vector<SnapshotInfo>> listSnapshots(const Project &project);
Result<Snapshot> loadSnapshot(const Project &project, const QUuid &id);
/** Removes a snapshot; audited with its summary so the removal leaves a trace. */
Status deleteSnapshot(Project &project, const QUuid &id);

/** A snapshot's label (from its summary), or its round and time when it has none. */
QString snapshotTitle(const SnapshotInfo &info);

/** The figures of one row in one unit (NaN where the snapshot has none). */
Figures snapshotFigures(const SnapshotRow &row, Unit unit);

/** One scope in two snapshots. */
struct SnapshotDelta
{
    QString scopeKind;        ///< "code", "theme" or "pooled"
    QString codeKey;          ///< empty for pooled
    QString name;             ///< path of the code when the snapshot was taken (newer one preferred)
    bool inBefore = false;
    bool inAfter = false;
    Figures before;
    Figures after;
    double valueBefore = 0;   ///< the compared figure (NaN when absent or undefined)
    double valueAfter = 0;
    double delta = 0;         ///< after − before (NaN when either is)
};

struct SnapshotComparison
{
    SnapshotInfo before;
    SnapshotInfo after;
    Unit unit = Unit::Character;
    QString figure;           ///< e.g. "kappa" (Figures::value())
    std::vector<SnapshotDelta> rows; ///< pooled first, then codes and themes in the newer snapshot's order, then codes only in the older
};

/** Compares two snapshots per code, theme and pooled for one unit and figure. */
SnapshotComparison compareSnapshots(const Snapshot &before, const Snapshot &after, Unit unit,
                                    const QString &figure = QStringLiteral("kappa"));

} // namespace dyad::core::agreement
