#pragma once

#include "core/model/backend.h"

#include <QByteArray>

#include <vector>

namespace dyad::core::db {

class Database;

/**
 * UnpublishedLoad on a project file: while the batch is written nobody else has the file
 * open, so nothing needs to survive a crash (an interrupted import leaves a file that is never
 * published). The load therefore
 * - keeps the rollback journal in memory and does not sync (journal_mode=MEMORY,
 *   synchronous=OFF) with a larger page cache;
 * - drops the secondary indexes of the tables a batch fills and builds each once at the end,
 *   from the definition the schema holds (core/db/migrations.cpp stays their one source),
 *   instead of keeping them sorted row by row;
 * and, after the commit, goes back to WAL with synchronous=FULL (docs/schema.md, Durability)
 * and syncs the file, so it is on the disk before it takes its name.
 */
class SqliteUnpublishedLoad final : public UnpublishedLoad
{
public:
    /** Switches the connection to the load's settings; it must be outside a transaction. */
    static Result<std::unique_ptr<UnpublishedLoad>> begin(Database &db);
    ~SqliteUnpublishedLoad() override;

    Status start() override;
    Status complete() override;
    Status finish() override;

private:
    explicit SqliteUnpublishedLoad(Database &db) : m_db(db) {}
    /** Back to the settings Database::open() gives a project file. */
    Status restoreSettings();

    Database &m_db;
    std::vector<QByteArray> m_indexes; ///< CREATE INDEX statements of the indexes dropped by start()
    bool m_finished = false;
};

} // namespace dyad::core::db
