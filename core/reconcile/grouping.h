#pragma once

#include "core/reconcile/types.h"

#include <QSet>

#include <vector>

namespace dyad::core::reconcile {

/**
 * Which codes each reviewer's codebook contains. A code is in a reviewer's codebook when it
 * is shared, was created by them, or was used by them anywhere in the project.
 */
struct Codebooks
{
    QSet<QUuid> a;
    QSet<QUuid> b;
};

/**
 * Groups the codings of reviewers A and B on one record (pure; no storage).
 *
 * 1. An A coding and a B coding with the same code and the same span are an exact agreement.
 * 2. Of the rest, codings with the same code whose spans overlap across reviewers are joined,
 *    transitively (A1 ~ B1 ~ A2 is one group): boundary differences.
 * 3. Of the rest, codings whose spans overlap across reviewers are joined the same way: a
 *    codebook mismatch when some member's code is absent from the other reviewer's
 *    codebook, else a code conflict. What is left alone is A only or B only.
 * Spans that merely touch ([0,5) and [5,9)) do not overlap. Codings of one reviewer are
 * joined only through the other reviewer's codings, so a reviewer's nested codes on the
 * same passage stay separate groups.
 *
 * Groups come back ordered by their extent, then key.
 */
std::vector<Group> groupRecord(const QUuid &recordId, const QUuid &reviewerA, const QUuid &reviewerB,
                               const std::vector<Coding> &a, const std::vector<Coding> &b, const Codebooks &codebooks);

/** The key of a group: a hash of the (unordered) pair and the members' ids, codes and spans. */
QString groupKey(const QUuid &reviewerA, const QUuid &reviewerB, const std::vector<const Coding *> &members);

} // namespace dyad::core::reconcile
