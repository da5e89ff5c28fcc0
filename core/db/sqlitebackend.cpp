#include "core/db/sqlitebackend.h"

#include "core/db/sqliteagreementstore.h"
#include "core/db/sqlitedecisionstore.h"
#include "core/db/sqlitestore.h"
#include "core/db/sqliteunpublishedload.h"

#include <QFile>

namespace dyad::core::db {

SqliteBackend::SqliteBackend(std::unique_ptr<SqliteStore> store)
    : m_store(std::move(store))
    , m_agreement(std::make_unique<SqliteAgreementStore>(m_store->database()))
    , m_decisions(std::make_unique<SqliteDecisionStore>(m_store->database()))
{
}

SqliteBackend::~SqliteBackend() = default;

Result<std::unique_ptr<SqliteBackend>> SqliteBackend::create(const QString &path)
{
    auto store = SqliteStore::create(path);
    if (!store)
        return store.takeError();
    return std::unique_ptr<SqliteBackend>(new SqliteBackend(std::move(store).value()));
}

Result<std::unique_ptr<SqliteBackend>> SqliteBackend::open(const QString &path, bool readOnly)
{
    auto store = SqliteStore::open(path, readOnly);
    if (!store)
        return store.takeError();
    return std::unique_ptr<SqliteBackend>(new SqliteBackend(std::move(store).value()));
}

Result<std::unique_ptr<SqliteBackend>> SqliteBackend::createInMemory()
{
    auto store = SqliteStore::createInMemory();
    if (!store)
        return store.takeError();
    return std::unique_ptr<SqliteBackend>(new SqliteBackend(std::move(store).value()));
}

void SqliteBackend::removeFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Store &SqliteBackend::store()
{
    return *m_store;
}

const Store &SqliteBackend::store() const
{
    return *m_store;
}

agreement::AgreementStore *SqliteBackend::agreementStore()
{
    return m_agreement.get();
}

reconcile::DecisionStore *SqliteBackend::decisionStore()
{
    return m_decisions.get();
}

Result<std::unique_ptr<UnpublishedLoad>> SqliteBackend::startUnpublishedLoad()
{
    return SqliteUnpublishedLoad::begin(m_store->database());
}

Database &SqliteBackend::database()
{
    return m_store->database();
}

} // namespace dyad::core::db
