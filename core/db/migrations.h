#pragma once

#include "core/result.h"

#include <cstdint>

namespace dyad::core::db {

class Database;

/** "DYAD" in ASCII: PRAGMA application_id of every Dyad project file. */
constexpr std::int32_t kApplicationId = 0x44594144;
/** Schema version this build writes (PRAGMA user_version). */
int currentSchemaVersion();

enum class MigrationResult {
    UpToDate,        ///< nothing to do
    Migrated,        ///< forward migrations applied
    NotADyadFile,    ///< application_id differs (or an unrelated SQLite file)
    TooNew,          ///< written by a newer Dyad
    Failed,          ///< a migration step failed; rolled back
};

/**
 * Creates the schema in an empty database, or brings an older project up to date in one
 * transaction. Never touches a file that is not a Dyad project or is too new.
 */
MigrationResult migrate(Database &db, QString *error);

/** Checks application_id and user_version without modifying anything. */
MigrationResult inspect(const Database &db, QString *error);

} // namespace dyad::core::db
