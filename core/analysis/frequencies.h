#pragma once

#include "core/analysis/scope.h"
#include "core/model/store.h"

#include <QJsonObject>

#include <vector>

namespace dyad::core::analysis {

/**
 * How often one codebook node was applied in one layer.
 *
 * A theme (a node with children) rolls up its descendants: it counts a record when the node
 * itself or any code below it was applied there. Its *segments* are the passages its subtree
 * covers: per record and layer, the spans of all codings of the node and its descendants are
 * merged where they overlap (share a code point; spans that merely touch stay apart), and
 * each merged stretch counts once. A code without children counts each application as one
 * segment. *Codings* is the raw number of applications in the subtree.
 */
struct FrequencyCell
{
    int records = 0;   ///< records where the node (or a descendant) was applied
    int segments = 0;  ///< passages, as defined above
    int codings = 0;   ///< applications of the node and its descendants
    friend bool operator==(const FrequencyCell &, const FrequencyCell &) = default;
};

/** One codebook node with its counts per layer. */
struct FrequencyRow
{
    int node = 0;                     ///< index in FrequencyTable::tree
    QUuid codeId;
    QString name;
    QString path;                     ///< "Theme > Sub-theme > Code"
    QString color;
    int depth = 0;                    ///< 0 for a top-level node
    bool isTheme = false;             ///< has children, so its counts are roll-ups
    std::vector<FrequencyCell> cells; ///< per layer, in Scope::layers order
};

/** Code (and theme) frequencies for every node of the codebook × every layer. */
struct FrequencyTable
{
    Scope scope;
    CodeTree tree;
    std::vector<FrequencyRow> rows;   ///< every node, in tree order
    int recordTotal = 0;              ///< records in the project (the denominator of shares)
    int codedRecords = 0;             ///< records with at least one coding in any layer of the scope

    /** The row of a code, or nullptr. */
    const FrequencyRow *row(const QUuid &codeId) const;
    QJsonObject toJson() const;
};

/**
 * A code-by-record matrix: cell (record, node) = segments of the node (rolled up as in
 * FrequencyCell) in that record, summed over the scope's layers. Only records with at least
 * one coding in scope are rows, in import order.
 */
struct CodeRecordMatrix
{
    Scope scope;
    CodeTree tree;                      ///< columns: every node in tree order
    std::vector<RecordSummary> records; ///< rows
    std::vector<std::vector<int>> counts; ///< [row][node]

    QJsonObject toJson() const;
};

/** Counts every node of the codebook in every layer of @p scope. */
FrequencyTable computeFrequencies(const Project &project, const Scope &scope);

/** The code-by-record matrix of @p scope. */
CodeRecordMatrix computeCodeRecordMatrix(const Project &project, const Scope &scope);

} // namespace dyad::core::analysis
