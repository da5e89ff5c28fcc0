#include "core/pg/pgbackend.h"

#include "core/pg/pgagreementstore.h"
#include "core/pg/pgconnection.h"
#include "core/pg/pgdecisionstore.h"
#include "core/pg/pgstore.h"

namespace dyad::core::pg {

PgBackend::PgBackend(std::unique_ptr<PgStore> store)
    : m_store(std::move(store))
    , m_agreement(std::make_unique<PgAgreementStore>(m_store->connection()))
    , m_decisions(std::make_unique<PgDecisionStore>(m_store->connection()))
{
}

PgBackend::~PgBackend() = default;

Result<std::unique_ptr<PgBackend>> PgBackend::open(const QString &location, bool readOnly)
{
    auto store = PgStore::open(location, readOnly);
    if (!store)
        return store.takeError();
    return std::unique_ptr<PgBackend>(new PgBackend(std::move(store).value()));
}

Result<std::unique_ptr<PgBackend>> PgBackend::create(const QString &location)
{
    auto store = PgStore::create(location);
    if (!store)
        return store.takeError();
    return std::unique_ptr<PgBackend>(new PgBackend(std::move(store).value()));
}

Store &PgBackend::store()
{
    return *m_store;
}

const Store &PgBackend::store() const
{
    return *m_store;
}

agreement::AgreementStore *PgBackend::agreementStore()
{
    return m_agreement.get();
}

reconcile::DecisionStore *PgBackend::decisionStore()
{
    return m_decisions.get();
}

bool PgBackend::isOffline() const
{
    // Reading notices (kept for the next refresh) is what notices a connection the server closed.
    m_store->externalDataVersion();
    return !m_store->isConnected();
}

bool PgBackend::startReconnect()
{
    return m_store->connection().startReconnect();
}

ReconnectStep PgBackend::continueReconnect()
{
    switch (m_store->connection().continueReconnect()) {
    case PgConnection::ReconnectStep::Connected:
        return ReconnectStep::Connected;
    case PgConnection::ReconnectStep::Waiting:
        return ReconnectStep::Waiting;
    case PgConnection::ReconnectStep::Failed:
        break;
    }
    return ReconnectStep::Failed;
}

PgConnection &PgBackend::connection()
{
    return m_store->connection();
}

} // namespace dyad::core::pg
