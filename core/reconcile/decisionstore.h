#pragma once

#include "core/reconcile/types.h"
#include "core/result.h"

#include <QSet>

#include <memory>
#include <optional>
#include <vector>

namespace dyad::core {
class Project;
}

namespace dyad::core::reconcile {

/**
 * Storage of the decision log and of escalations. Reconciler talks to this interface only;
 * it is part of the project's Backend (SqliteDecisionStore for files). Writes join the caller's
 * transaction (Project::transact), so a decision and its consensus codings commit together.
 */
class DecisionStore
{
public:
    virtual ~DecisionStore() = default;

    virtual Status insertDecision(const Decision &decision) = 0;
    virtual Status markUndone(const QUuid &decisionId, const QUuid &by, const QDateTime &at) = 0;
    virtual std::optional<Decision> decision(const QUuid &id) const = 0;
    /** Ordered by time of decision. */
    virtual std::vector<Decision> decisions(const DecisionQuery &query) const = 0;

    virtual Status insertEscalation(const Escalation &escalation) = 0;
    virtual Status clearEscalation(const QUuid &escalationId, const QUuid &by, const QDateTime &at) = 0;
    /** Open escalations (or all when includeCleared) of a pair, either order. */
    virtual std::vector<Escalation> escalations(const QUuid &a, const QUuid &b, bool includeCleared = false) const = 0;

    /**
     * Light reads of the codings the queue needs (ids, record, code, reviewer, round, span;
     * no memo or times) of both reviewers, in no particular order. Kept here rather
     * than in Store because building the queue must stay fast on 200,000 codings.
     * With @p recordId, only that record's (the queue of one record, after a decision).
     */
    virtual std::vector<Coding> codingSpans(const QUuid &a, const QUuid &b,
                                            const std::optional<QUuid> &recordId = std::nullopt) const = 0;
    /** Codes the reviewer has applied anywhere in the project. */
    virtual QSet<QUuid> usedCodes(const QUuid &reviewerId) const = 0;
};

/**
 * The project's decision store (owned by the project, valid while it is open), or a clear
 * message when its storage has no decision tables.
 */
Result<DecisionStore *> openDecisionStore(const Project &project);

} // namespace dyad::core::reconcile
