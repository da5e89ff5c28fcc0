#pragma once

#include "core/reconcile/decisionstore.h"

namespace dyad::core::db {

class Database;

/** The decision log and escalations in the project's SQLite file (schema step 1 -> 2). */
class SqliteDecisionStore final : public reconcile::DecisionStore
{
public:
    /** `db` must outlive the store (it belongs to the project's SqliteStore). */
    explicit SqliteDecisionStore(Database &db) : m_db(db) {}

    Status insertDecision(const reconcile::Decision &decision) override;
    Status markUndone(const QUuid &decisionId, const QUuid &by, const QDateTime &at) override;
    std::optional<reconcile::Decision> decision(const QUuid &id) const override;
    std::vector<reconcile::Decision> decisions(const reconcile::DecisionQuery &query) const override;

    Status insertEscalation(const reconcile::Escalation &escalation) override;
    Status clearEscalation(const QUuid &escalationId, const QUuid &by, const QDateTime &at) override;
    std::vector<reconcile::Escalation> escalations(const QUuid &a, const QUuid &b,
                                                   bool includeCleared) const override;

    std::vector<Coding> codingSpans(const QUuid &a, const QUuid &b,
                                    const std::optional<QUuid> &recordId = std::nullopt) const override;
    QSet<QUuid> usedCodes(const QUuid &reviewerId) const override;

private:
    Database &m_db;
};

} // namespace dyad::core::db
