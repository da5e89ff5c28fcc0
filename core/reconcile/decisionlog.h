#pragma once

#include "core/reconcile/types.h"

#include <QJsonArray>
#include <QSet>

#include <vector>

namespace dyad::core {
class Project;
}

namespace dyad::core::reconcile {

class DecisionStore;

/** Status of a log entry as shown in the log: "active", "stale" or "undone". */
QString decisionStatus(const Decision &decision, const QSet<QUuid> &staleIds);

/**
 * Ids of the standing decisions whose group has changed since they were taken, over every
 * reviewer pair in the log.
 */
QSet<QUuid> staleDecisionIds(Project &project, DecisionStore &store, const std::vector<Decision> &log);

/**
 * The decision log as CSV (RFC 4180, UTF-8, one header row) for a methods appendix: when,
 * who, which record and pair, the kind of disagreement, the outcome, the rationale, the
 * codings before and after, the codes' names and definitions at the time, and the status.
 */
QString decisionLogCsv(const Project &project, const std::vector<Decision> &log, const QSet<QUuid> &staleIds);

/**
 * The decision log for people to read: one block per decision naming who decided, the
 * record by its title, the pair, the round and the codes by name (no UUIDs), then a count.
 */
QString decisionLogText(const Project &project, const std::vector<Decision> &log, const QSet<QUuid> &staleIds);

/**
 * The same as JSON, with the full before/after/codebook detail: names for people and the
 * ids (record, reviewers, round, codes, codings) for scripts.
 */
QJsonArray decisionLogJson(const Project &project, const std::vector<Decision> &log, const QSet<QUuid> &staleIds);

} // namespace dyad::core::reconcile
