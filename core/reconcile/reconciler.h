#pragma once

#include "core/reconcile/decisionstore.h"
#include "core/reconcile/grouping.h"
#include "core/reconcile/types.h"
#include "core/result.h"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace dyad::core {
class Project;
}

namespace dyad::core::reconcile {

/** Which reviewers, and optionally which round and record, a queue covers. */
struct Scope
{
    QUuid reviewerA;
    QUuid reviewerB;
    std::optional<QUuid> roundId;   ///< only records assigned to both in that round, and that round's codings
    std::optional<QUuid> recordId;
};

enum class ItemState {
    Open,        ///< not decided yet
    Decided,     ///< a standing decision refers to the group as it is now
    Escalated,   ///< handed to an adjudicator, not decided yet
};
QString stateName(ItemState state);

/** One group in the queue with what has been done about it. */
struct QueueItem
{
    Group group;
    ItemState state = ItemState::Open;
    std::shared_ptr<const Decision> decision;       ///< set when Decided
    std::shared_ptr<const Escalation> escalation;   ///< set when Escalated
    QUuid roundId;                        ///< the round of the members (null outside rounds)
};

/** Counts for one group kind. */
struct KindCount
{
    int total = 0;
    int decided = 0;
};

/** How far reconciliation has come for one scope. */
struct Progress
{
    int records = 0;               ///< records in scope
    int recordsReconciled = 0;     ///< every group decided (records without groups count)
    int blindedRecords = 0;        ///< left out: still in independent coding for the pair
    int groups = 0;
    int decided = 0;
    int escalated = 0;
    int stale = 0;                 ///< standing decisions whose group has changed since
    std::map<GroupKind, KindCount> byKind;
    double fraction() const { return groups == 0 ? 1.0 : double(decided) / double(groups); }
};

/** A filter for the queue (the reconciliation screen and `dyad-cli reconcile queue`). */
struct QueueFilter
{
    std::set<GroupKind> kinds;              ///< empty: every kind
    std::optional<QUuid> codeId;            ///< groups with a member of this code
    std::optional<QUuid> recordId;
    enum class States { Open, Decided, Escalated, All } states = States::All;
    bool matches(const QueueItem &item) const;
};

/** The groups of one scope, in record order then text order. */
struct Queue
{
    Scope scope;
    std::vector<QueueItem> items;
    std::vector<Decision> stale;            ///< standing decisions whose group no longer exists
    std::vector<QUuid> records;             ///< in import order
    int blindedRecords = 0;

    Progress progress() const;
    /** The item whose key is `keyOrPrefix` or starts with it (unique prefixes, as in git). */
    const QueueItem *find(const QString &keyOrPrefix, QString *error = nullptr) const;
};

/** What the user decided about one group. */
struct DecisionInput
{
    Outcome outcome = Outcome::AcceptNeither;
    std::vector<Span> spans;   ///< edit (required) and merge (optional: default the union of the members)
    QUuid codeId;              ///< edit (required) and merge (the code consensus uses; default A's)
    QString rationale;
};

/**
 * Reconciliation of two reviewers' codings (DESIGN, "Reconciliation"): builds the queue of
 * groups, writes decisions into the Consensus layer through Project (validated and audited)
 * together with a decision-log entry in one transaction, undoes them, tracks staleness,
 * escalations and progress.
 *
 * Changes are made on behalf of Project::actor(), who must be a lead, an adjudicator or one
 * of the two reviewers.
 */
class Reconciler
{
public:
    Reconciler(Project &project, DecisionStore &store);

    /**
     * Builds the queue. Records on which the pair is still blinded from each other
     * (Project::isBlindedBetween()) are left out for everybody, a lead included, and counted
     * in Queue::blindedRecords.
     */
    Result<Queue> buildQueue(const Scope &scope) const;
    /**
     * The current groups of one record (after an edit, without rebuilding the whole queue);
     * an error while the pair is still blinded from each other on that record.
     */
    Result<std::vector<Group>> groupsForRecord(const Scope &scope, const QUuid &recordId) const;

    /**
     * Decides one group (as found in a queue). Refuses a group that changed since (stale) or
     * that is already decided. Writes the consensus codings and the log entry in one
     * transaction.
     */
    Result<Decision> decide(const Scope &scope, const Group &group, const DecisionInput &input);
    /**
     * Accepts every open exact agreement in scope (read afresh) in one transaction, as one
     * batch: a single undo step.
     */
    Result<std::vector<Decision>> acceptAllExact(const Scope &scope, const QString &rationale = QString());
    /**
     * Undoes a decision and every decision taken with it (a bulk accept is one step): removes
     * their consensus codings and marks them undone, audited, in one transaction.
     */
    Result<std::vector<Decision>> undo(const QUuid &decisionId);

    /** Hands a group to an adjudicator with a note. */
    Result<Escalation> escalate(const Scope &scope, const Group &group, const QString &note);
    /** Withdraws an open escalation. */
    Status withdrawEscalation(const QUuid &escalationId);

    /** The whole decision log, undone entries included, in order. */
    std::vector<Decision> decisionLog() const;
    /** The decision log as filtered. */
    std::vector<Decision> decisionLog(const DecisionQuery &query) const;

    /**
     * Blind adjudication: whether "Reviewer 1" is B on this record. Looks random across
     * records but is stable for a record and pair (a hash of their ids), so the adjudicator
     * cannot learn who is who from the order.
     */
    static bool blindSwapped(const Scope &scope, const QUuid &recordId);
    /** "Reviewer 1"/"Reviewer 2" for a side in blind mode. */
    static QString blindLabel(const Scope &scope, const QUuid &recordId, Side side);

    /**
     * The kind as shown in blind mode: "A only"/"B only" would tell which reviewer is which,
     * so they become "Reviewer 1 only"/"Reviewer 2 only".
     */
    static QString blindKindLabel(const Scope &scope, const Group &group);

    DecisionStore &store() { return m_store; }

private:
    Result<Codebooks> codebooks(const Scope &scope) const;
    Status checkDecider(const Scope &scope) const;
    Status checkCurrent(const Scope &scope, const Group &group) const;
    std::vector<Coding> consensusCodings(const Group &group, const DecisionInput &input, QString *error) const;
    Status writeDecision(const Scope &scope, const Group &group, const DecisionInput &input, const QUuid &batchId,
                         Decision *written);

    Project &m_project;
    DecisionStore &m_store;
};

} // namespace dyad::core::reconcile
