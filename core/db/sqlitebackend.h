#pragma once

#include "core/model/backend.h"

#include <memory>

namespace dyad::core::db {

class Database;
class SqliteStore;
class SqliteAgreementStore;
class SqliteDecisionStore;

/**
 * Backend on one SQLite project file (or an in-memory database for tests): the three
 * stores share one connection, so one transaction covers them all.
 */
class SqliteBackend final : public Backend
{
public:
    /** Creates a new project file with the current schema (no project rows yet). */
    static Result<std::unique_ptr<SqliteBackend>> create(const QString &path);
    /** Opens an existing project file, migrating it forward if it is older. */
    static Result<std::unique_ptr<SqliteBackend>> open(const QString &path, bool readOnly = false);
    /** A throwaway in-memory database (tests). */
    static Result<std::unique_ptr<SqliteBackend>> createInMemory();
    /** Removes a project file with its -wal, -shm and -journal companions. */
    static void removeFiles(const QString &path);

    ~SqliteBackend() override;

    Store &store() override;
    const Store &store() const override;
    agreement::AgreementStore *agreementStore() override;
    reconcile::DecisionStore *decisionStore() override;
    /** SqliteUnpublishedLoad: no journal sync while loading, indexes built after the batch. */
    Result<std::unique_ptr<UnpublishedLoad>> startUnpublishedLoad() override;

    /** The connection the stores share (core/db and benchmarks that tune it). */
    Database &database();

private:
    explicit SqliteBackend(std::unique_ptr<SqliteStore> store);

    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<SqliteAgreementStore> m_agreement;
    std::unique_ptr<SqliteDecisionStore> m_decisions;
};

} // namespace dyad::core::db
