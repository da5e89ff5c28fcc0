#pragma once

#include "core/model/types.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace dyad::core::reconcile {

/** What two reviewers did with one stretch of a record's text (DESIGN, "Reconciliation"). */
enum class GroupKind {
    ExactAgreement,      ///< same code, same span
    BoundaryDifference,  ///< same code, overlapping but different spans
    AOnly,               ///< only reviewer A coded here (with this code)
    BOnly,               ///< only reviewer B coded here (with this code)
    CodeConflict,        ///< overlapping text, different codes both reviewers' codebooks contain
    CodebookMismatch,    ///< overlapping text, a code absent from the other reviewer's codebook
};

QString kindName(GroupKind kind);                        ///< "exact", "boundary", "a-only", ...
std::optional<GroupKind> kindFromName(const QString &name);
QString kindLabel(GroupKind kind);                       ///< "Exact agreement", ... for people

/** The reviewer side of a pair. */
enum class Side { A, B };

/**
 * One group of codings by reviewers A and B on one record. The key is a hash of the pair and
 * of the members' ids, codes and spans: it stays the same across runs while those codings
 * are unchanged, so decisions can refer to it and notice when it went stale.
 */
struct Group
{
    QString key;
    QUuid recordId;
    GroupKind kind = GroupKind::ExactAgreement;
    std::vector<Coding> a;        ///< A's members, by start
    std::vector<Coding> b;        ///< B's members, by start
    Span extent;                  ///< from the first start to the last end
    /** A-only/B-only: the code is not in the other reviewer's codebook (they could not have used it). */
    bool codeMissingFromOther = false;

    const std::vector<Coding> &side(Side s) const { return s == Side::A ? a : b; }
    /** Code points covered by some member but not by all: how much the decision changes. */
    Offset impact() const;
    std::vector<QUuid> codeIds() const;   ///< distinct codes of the members, A's first
};

enum class Outcome {
    AcceptA,        ///< consensus = A's codings
    AcceptB,        ///< consensus = B's codings
    AcceptBoth,     ///< consensus = both sides' codings (identical ones once)
    AcceptNeither,  ///< nothing goes into the consensus
    EditedSpan,     ///< consensus = the span(s) and code the user gave
    CodesMerged,    ///< A's and B's codes declared equivalent; consensus uses the chosen code
};

QString outcomeName(Outcome outcome);                    ///< "a", "b", "both", "neither", "edit", "merge"
std::optional<Outcome> outcomeFromName(const QString &name);
QString outcomeLabel(Outcome outcome);                   ///< "Accept A", ... for people

/** One coding a decision wrote into the Consensus layer. */
struct ConsensusCoding
{
    QUuid codingId;
    QUuid codeId;
    QString codeName;
    Span span;
};

/** One entry of the decision log. */
struct Decision
{
    QUuid id;
    QUuid batchId;                ///< decisions taken together (bulk accept) share it; undone together
    QString groupKey;
    QUuid recordId;
    QUuid roundId;                ///< null outside rounds
    QUuid reviewerA;
    QUuid reviewerB;
    GroupKind kind = GroupKind::ExactAgreement;
    Outcome outcome = Outcome::AcceptNeither;
    QString rationale;
    QUuid decidedBy;
    QDateTime decidedAt;          ///< UTC
    QJsonArray before;            ///< the member codings as they were
    std::vector<ConsensusCoding> after;
    QJsonArray codebook;          ///< name, definition, creator of each code involved, at decision time
    QDateTime undoneAt;           ///< invalid while the decision stands
    QUuid undoneBy;

    bool isUndone() const { return undoneAt.isValid(); }
};

/** An item the pair could not settle, handed to an adjudicator. */
struct Escalation
{
    QUuid id;
    QString groupKey;
    QUuid recordId;
    QUuid roundId;
    QUuid reviewerA;
    QUuid reviewerB;
    QString note;
    QUuid escalatedBy;
    QDateTime escalatedAt;
    QDateTime clearedAt;          ///< invalid while open (cleared by a decision or withdrawn)
    QUuid clearedBy;

    bool isOpen() const { return !clearedAt.isValid(); }
};

/** Filter for the decision log; unset members do not filter. */
struct DecisionQuery
{
    std::optional<QUuid> recordId;
    std::optional<std::pair<QUuid, QUuid>> pair;   ///< either order
    std::optional<QUuid> roundId;
    std::optional<QUuid> batchId;
    bool includeUndone = false;
};

} // namespace dyad::core::reconcile
