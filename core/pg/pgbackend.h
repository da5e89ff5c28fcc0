#pragma once

#include "core/model/backend.h"

#include <memory>

namespace dyad::core::pg {

class PgConnection;
class PgStore;
class PgAgreementStore;
class PgDecisionStore;

/**
 * Backend on a PostgreSQL team server (docs/team.md): the three stores share the one
 * connection of the signed-in role, so one transaction covers them all and the server's
 * row-level security applies to every read and write. core/open picks it for postgresql://
 * locations.
 */
class PgBackend final : public Backend
{
public:
    /** Connects to a database that already holds a Dyad team project. */
    static Result<std::unique_ptr<PgBackend>> open(const QString &location, bool readOnly = false);
    /** Connects to an empty database and creates the team schema in it (no project rows yet). */
    static Result<std::unique_ptr<PgBackend>> create(const QString &location);

    ~PgBackend() override;

    Store &store() override;
    const Store &store() const override;
    agreement::AgreementStore *agreementStore() override;
    reconcile::DecisionStore *decisionStore() override;
    /** Also reads what the server sent, so a closed connection shows at once. */
    bool isOffline() const override;
    bool startReconnect() override;
    ReconnectStep continueReconnect() override;

    /** The signed-in session the stores share (moving a file in, team membership). */
    PgConnection &connection();

private:
    explicit PgBackend(std::unique_ptr<PgStore> store);

    std::unique_ptr<PgStore> m_store;
    std::unique_ptr<PgAgreementStore> m_agreement;
    std::unique_ptr<PgDecisionStore> m_decisions;
};

} // namespace dyad::core::pg
