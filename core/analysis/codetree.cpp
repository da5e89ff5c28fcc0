#include "core/analysis/codetree.h"

#include <QStringList>

#include <algorithm>

namespace dyad::core::analysis {

CodeTree::CodeTree(std::vector<Code> codes)
{
    std::unordered_map<QUuid, size_t, UuidHash> byId;
    for (size_t i = 0; i < codes.size(); ++i)
        byId.emplace(codes[i].id, i);

    // children lists; unknown parents and cycles fall back to the top level
    std::vector<std::vector<size_t>> children(codes.size());
    std::vector<size_t> roots;
    for (size_t i = 0; i < codes.size(); ++i) {
        auto it = codes[i].parentId.isNull() ? byId.end() : byId.find(codes[i].parentId);
        bool cyclic = false;
        if (it != byId.end()) {
            // walk up at most codes.size() steps looking for i itself
            size_t at = it->second;
            for (size_t steps = 0; steps <= codes.size(); ++steps) {
                if (at == i) {
                    cyclic = true;
                    break;
                }
                auto up = codes[at].parentId.isNull() ? byId.end() : byId.find(codes[at].parentId);
                if (up == byId.end())
                    break;
                at = up->second;
            }
        }
        if (it == byId.end() || cyclic)
            roots.push_back(i);
        else
            children[it->second].push_back(i);
    }
    auto bySortOrder = [&](size_t x, size_t y) {
        const Code &a = codes[x], &b = codes[y];
        if (a.sortOrder != b.sortOrder)
            return a.sortOrder < b.sortOrder;
        const int c = QString::localeAwareCompare(a.name, b.name);
        return c != 0 ? c < 0 : a.id.toString() < b.id.toString();
    };
    std::sort(roots.begin(), roots.end(), bySortOrder);
    for (auto &list : children)
        std::sort(list.begin(), list.end(), bySortOrder);

    // depth-first, iteratively
    std::vector<std::pair<size_t, int>> stack; // (code index, parent node index)
    for (auto it = roots.rbegin(); it != roots.rend(); ++it)
        stack.emplace_back(*it, -1);
    while (!stack.empty()) {
        auto [ci, parentNode] = stack.back();
        stack.pop_back();
        const int node = int(m_nodes.size());
        m_index.emplace(codes[ci].id, node);
        m_nodes.push_back(std::move(codes[ci]));
        m_parent.push_back(parentNode);
        m_depth.push_back(parentNode < 0 ? 0 : m_depth[size_t(parentNode)] + 1);
        m_hasChildren.push_back(!children[ci].empty());
        std::vector<int> lineage{node};
        if (parentNode >= 0) {
            const auto &up = m_lineage[size_t(parentNode)];
            lineage.insert(lineage.end(), up.begin(), up.end());
        }
        m_lineage.push_back(std::move(lineage));
        for (auto it = children[ci].rbegin(); it != children[ci].rend(); ++it)
            stack.emplace_back(*it, node);
    }
}

int CodeTree::indexOf(const QUuid &id) const
{
    auto it = m_index.find(id);
    return it == m_index.end() ? -1 : it->second;
}

bool CodeTree::isWithin(int node, int ancestor) const
{
    const auto &l = m_lineage[size_t(node)];
    return std::find(l.begin(), l.end(), ancestor) != l.end();
}

QString CodeTree::path(int i, const QString &separator) const
{
    QStringList names;
    const auto &l = m_lineage[size_t(i)];
    for (auto it = l.rbegin(); it != l.rend(); ++it)
        names << m_nodes[size_t(*it)].name;
    return names.join(separator);
}

} // namespace dyad::core::analysis
