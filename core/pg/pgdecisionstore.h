#pragma once

#include "core/reconcile/decisionstore.h"

namespace dyad::core::pg {

class PgConnection;

/** The decision log and escalations on a team server (see SqliteDecisionStore). */
class PgDecisionStore final : public reconcile::DecisionStore
{
public:
    explicit PgDecisionStore(PgConnection &conn) : m_conn(conn) {}

    Status insertDecision(const reconcile::Decision &decision) override;
    Status markUndone(const QUuid &decisionId, const QUuid &by, const QDateTime &at) override;
    std::optional<reconcile::Decision> decision(const QUuid &id) const override;
    std::vector<reconcile::Decision> decisions(const reconcile::DecisionQuery &query) const override;

    Status insertEscalation(const reconcile::Escalation &escalation) override;
    Status clearEscalation(const QUuid &escalationId, const QUuid &by, const QDateTime &at) override;
    std::vector<reconcile::Escalation> escalations(const QUuid &a, const QUuid &b,
                                                   bool includeCleared = false) const override;

    std::vector<Coding> codingSpans(const QUuid &a, const QUuid &b,
                                    const std::optional<QUuid> &recordId = std::nullopt) const override;
    QSet<QUuid> usedCodes(const QUuid &reviewerId) const override;

private:
    PgConnection &m_conn;
};

} // namespace dyad::core::pg
