#pragma once

#include "core/result.h"

#include <QString>

namespace dyad::core::pg {

class PgConnection;

/**
 * Moving a project between a file and a team server. Both copy every table row for row
 * (records, codebook, codings, rounds and assignments, memos, decisions, escalations,
 * agreement snapshots and the audit log) in one transaction, keeping every UUID, time and
 * sequence number, so agreement and codings read the same before and after.
 */

/**
 * Copies the project file at `filePath` into the (new, empty) team project on `server`,
 * which must be signed in as the database's owner. All or nothing.
 */
Status moveFileToServer(const QString &filePath, PgConnection &server);

/**
 * Writes a new project file at `filePath` with what the signed-in role may read on the
 * server, read in one consistent snapshot (REPEATABLE READ). A lead's or the owner's
 * snapshot is complete; a reviewer's holds only what blinding lets them see. An older file
 * at `filePath` is replaced once the new one is complete.
 */
Status snapshotToFile(PgConnection &server, const QString &filePath);

} // namespace dyad::core::pg
