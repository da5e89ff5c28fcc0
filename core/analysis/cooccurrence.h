#pragma once

#include "core/analysis/scope.h"

#include <QJsonObject>

#include <vector>

namespace dyad::core::analysis {

/** When two codes count as occurring together. */
enum class CooccurrenceMode {
    /**
     * The same layer applied both to spans that overlap (share a code point). A cell counts
     * overlapping pairs of segments; the diagonal counts a node's segments.
     */
    OverlappingSpans,
    /**
     * The same layer applied both somewhere in the same record. A cell counts (record, layer)
     * units; the diagonal counts the units where the node was applied.
     */
    SameRecord,
};

/** Which nodes form the rows and columns. */
enum class CooccurrenceLevel {
    /** Every node with its own codings (no roll-up). */
    Codes,
    /** Top-level nodes, each standing for its whole subtree (spans merged per unit). */
    Themes,
};

struct CooccurrenceOptions
{
    CooccurrenceMode mode = CooccurrenceMode::OverlappingSpans;
    CooccurrenceLevel level = CooccurrenceLevel::Codes;
};

/** A symmetric code × code matrix. Counts add up over the scope's layers. */
struct CooccurrenceMatrix
{
    Scope scope;
    CooccurrenceOptions options;
    CodeTree tree;
    std::vector<int> nodes;                 ///< tree indexes of the rows (= columns), in tree order
    std::vector<std::vector<int>> counts;   ///< [row][column], symmetric

    int size() const { return int(nodes.size()); }
    /** Row of a code, or −1 when the code is not a row. */
    int rowOf(const QUuid &codeId) const;
    QString label(int row) const;           ///< the node's path
    QJsonObject toJson() const;
};

/** One place where two codes occur together. */
struct Passage
{
    QUuid recordId;
    QString recordTitle;
    QString reviewer;               ///< the layer's name
    std::vector<Span> spansA;       ///< segments of the first code involved
    std::vector<Span> spansB;       ///< segments of the second code involved
    Span extent;                    ///< OverlappingSpans: union of the two; SameRecord: first start to last end
    QString quote;                  ///< OverlappingSpans: text of the extent; SameRecord: each segment's text joined by " … "
};

/**
 * The co-occurrence matrix of @p scope. Rows are the nodes that occur in scope (at least one
 * segment), so the matrix stays small when the codebook is large.
 */
CooccurrenceMatrix computeCooccurrence(const Project &project, const Scope &scope,
                                       const CooccurrenceOptions &options = {});

/**
 * The passages behind one cell: every overlapping pair (or every shared record) of @p codeA
 * and @p codeB, in layer then record order. With codeA == codeB, the node's own segments
 * (spansB empty). Quotes come from the records' current text.
 */
std::vector<Passage> cooccurrencePassages(const Project &project, const Scope &scope,
                                          const CooccurrenceOptions &options, const QUuid &codeA,
                                          const QUuid &codeB);

QString modeName(CooccurrenceMode mode);   ///< "overlap" or "record"
QString levelName(CooccurrenceLevel level); ///< "codes" or "themes"

} // namespace dyad::core::analysis
