#pragma once

#include "core/model/types.h"

#include <QString>
#include <QUuid>

#include <unordered_map>
#include <vector>

namespace dyad::core::analysis {

/**
 * The codebook as a tree, for roll-ups (code → sub-theme → theme). Nodes are kept in
 * depth-first order (siblings by sort order, then name), the order every analysis table
 * uses, and addressed by their index in that order.
 *
 * A node is a *theme* when it has children; it then stands for itself and all its
 * descendants. A parent id that names no code makes the node top-level (defensive: the
 * store refuses such parents, but an analysis must not loop or crash on a damaged file).
 */
class CodeTree
{
public:
    CodeTree() = default;
    explicit CodeTree(std::vector<Code> codes);

    int size() const { return int(m_nodes.size()); }
    const std::vector<Code> &nodes() const { return m_nodes; }
    const Code &node(int i) const { return m_nodes[size_t(i)]; }
    /** Index of a code, or −1 when the codebook has no such code. */
    int indexOf(const QUuid &id) const;
    /** Parent index, or −1 for a top-level node. */
    int parent(int i) const { return m_parent[size_t(i)]; }
    /** 0 for a top-level node. */
    int depth(int i) const { return m_depth[size_t(i)]; }
    bool hasChildren(int i) const { return m_hasChildren[size_t(i)]; }
    /** The node itself, then its parent, ... up to its top-level node. */
    const std::vector<int> &selfAndAncestors(int i) const { return m_lineage[size_t(i)]; }
    /** The top-level node above (or equal to) @p i. */
    int topLevel(int i) const { return m_lineage[size_t(i)].back(); }
    /** True when @p node is @p ancestor or lies below it. */
    bool isWithin(int node, int ancestor) const;
    /** Names from the top-level node down, joined by @p separator. */
    QString path(int i, const QString &separator = QStringLiteral(" > ")) const;

private:
    std::vector<Code> m_nodes;
    std::vector<int> m_parent;
    std::vector<int> m_depth;
    std::vector<bool> m_hasChildren;
    std::vector<std::vector<int>> m_lineage;
    std::unordered_map<QUuid, int, UuidHash> m_index;
};

} // namespace dyad::core::analysis
