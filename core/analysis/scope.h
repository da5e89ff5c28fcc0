#pragma once

#include "core/analysis/codetree.h"
#include "core/model/types.h"
#include "core/result.h"

#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

namespace dyad::core {
class Project;
}

namespace dyad::core::analysis {

/**
 * Which codings an analysis looks at: the coding layers (reviewers, the Consensus reviewer
 * being one of them) and optionally one round. Every analysis reports per layer or pools
 * the layers as its documentation says; it never mixes in a layer that is not listed.
 *
 * Analyses are for the lead writing up the study: they read all codings without blinding
 * (Project::codings()). A UI must not offer them to a plain reviewer during the
 * independent phase.
 */
struct Scope
{
    std::vector<Reviewer> layers;
    std::optional<QUuid> roundId;   ///< only codings made in that round
};

/**
 * Resolves a layer specification as typed on the command line:
 * - "consensus" → the Consensus layer;
 * - "all" → every reviewer who is a plain reviewer or has coded anything, then Consensus;
 * - "reviewers" → the same without Consensus;
 * - otherwise a reviewer's name or UUID.
 * Fails with a message naming the unknown reviewer.
 */
Result<Scope> resolveScope(const Project &project, const QString &layerSpec);

/**
 * The layer an analysis reads when none is named: Consensus once it holds a coding (in
 * @p roundId when given), before that every reviewer ("reviewers"), so a project that has not
 * been reconciled yet does not report zeros. @p description receives the choice in words,
 * e.g. "Consensus" or "every reviewer (Alice, Bob): the Consensus has no codings yet".
 */
Scope defaultScope(const Project &project, const std::optional<QUuid> &roundId, QString *description);

/** Import order (RecordSummary::seq) of every record, for ordering rows. */
std::unordered_map<QUuid, qint64, UuidHash> recordOrder(const Project &project);

/**
 * The project's codings in @p scope, ordered by layer (as in scope.layers), then record
 * (import order), then span; so the codings of one layer on one record are contiguous.
 */
std::vector<Coding> scopedCodings(const Project &project, const Scope &scope);

/**
 * Calls @p visit(first, last) for every run of codings by one reviewer on one record in
 * @p codings (as ordered by scopedCodings()).
 */
void forEachUnit(const std::vector<Coding> &codings,
                 const std::function<void(std::vector<Coding>::const_iterator, std::vector<Coding>::const_iterator)> &visit);

/** The index of the layer of @p reviewerId in @p scope, or −1. */
int layerIndex(const Scope &scope, const QUuid &reviewerId);

/**
 * Merges overlapping spans (sharing at least one code point) into their union; spans that
 * only touch stay apart. Returns the components in text order. Empty spans are dropped.
 */
std::vector<Span> unionComponents(std::vector<Span> spans);

/** The text of @p span in @p codePoints (clamped), as a QString. */
QString textOf(const std::u32string &codePoints, const Span &span);

/** A record's text as code points (spans index into it directly). */
std::u32string codePointsOf(const QString &text);

} // namespace dyad::core::analysis
