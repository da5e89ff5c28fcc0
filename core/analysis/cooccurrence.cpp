#include "core/analysis/cooccurrence.h"

#include "core/model/project.h"

#include <QJsonArray>

#include <algorithm>
#include <map>

namespace dyad::core::analysis {

namespace {

/** The node a coding counts for at this level, or −1. */
int nodeFor(const CodeTree &tree, CooccurrenceLevel level, const QUuid &codeId)
{
    const int node = tree.indexOf(codeId);
    if (node < 0)
        return -1;
    return level == CooccurrenceLevel::Themes ? tree.topLevel(node) : node;
}

/**
 * Segments per node in one unit (one layer on one record), in node order. At the Codes
 * level each coding is a segment; at the Themes level a theme's spans are merged where they
 * overlap (a theme's own overlapping children must not pair with each other).
 */
std::map<int, std::vector<Span>> unitSegments(const CodeTree &tree, const CooccurrenceOptions &options,
                                              std::vector<Coding>::const_iterator first,
                                              std::vector<Coding>::const_iterator last)
{
    std::map<int, std::vector<Span>> byNode;
    for (auto it = first; it != last; ++it) {
        const int node = nodeFor(tree, options.level, it->codeId);
        if (node >= 0 && !it->span.isEmpty())
            byNode[node].push_back(it->span);
    }
    for (auto &[node, spans] : byNode) {
        if (options.level == CooccurrenceLevel::Themes)
            spans = unionComponents(std::move(spans));
        else
            std::sort(spans.begin(), spans.end());
    }
    return byNode;
}

/** Calls pair(i, j) for every overlapping pair of segments of two nodes (both sorted). */
template<typename F>
void overlappingPairs(const std::vector<Span> &x, const std::vector<Span> &y, F pair)
{
    // Segments of one code may overlap each other, so a plain merge is not enough; the lists
    // are short (one record), so test each x against the y that start before it ends.
    for (size_t i = 0; i < x.size(); ++i)
        for (size_t j = 0; j < y.size() && y[j].start < x[i].end; ++j)
            if (x[i].overlaps(y[j]))
                pair(i, j);
}

} // namespace

QString modeName(CooccurrenceMode mode)
{
    return mode == CooccurrenceMode::OverlappingSpans ? QStringLiteral("overlap") : QStringLiteral("record");
}

QString levelName(CooccurrenceLevel level)
{
    return level == CooccurrenceLevel::Codes ? QStringLiteral("codes") : QStringLiteral("themes");
}

int CooccurrenceMatrix::rowOf(const QUuid &codeId) const
{
    const int node = tree.indexOf(codeId);
    auto it = std::lower_bound(nodes.begin(), nodes.end(), node);
    return node >= 0 && it != nodes.end() && *it == node ? int(it - nodes.begin()) : -1;
}

QString CooccurrenceMatrix::label(int row) const
{
    return tree.path(nodes[size_t(row)]);
}

CooccurrenceMatrix computeCooccurrence(const Project &project, const Scope &scope, const CooccurrenceOptions &options)
{
    CooccurrenceMatrix m;
    m.scope = scope;
    m.options = options;
    m.tree = CodeTree(project.allCodes());
    const int n = m.tree.size();
    std::vector<std::vector<int>> full(size_t(n), std::vector<int>(size_t(n), 0));
    const std::vector<Coding> codings = scopedCodings(project, scope);
    forEachUnit(codings, [&](auto first, auto last) {
        const auto byNode = unitSegments(m.tree, options, first, last);
        for (auto a = byNode.begin(); a != byNode.end(); ++a) {
            const size_t i = size_t(a->first);
            full[i][i] += options.mode == CooccurrenceMode::SameRecord ? 1 : int(a->second.size());
            for (auto b = std::next(a); b != byNode.end(); ++b) {
                const size_t j = size_t(b->first);
                int add = 0;
                if (options.mode == CooccurrenceMode::SameRecord)
                    add = 1;
                else
                    overlappingPairs(a->second, b->second, [&](size_t, size_t) { ++add; });
                full[i][j] += add;
                full[j][i] += add;
            }
        }
    });
    for (int i = 0; i < n; ++i)
        if (full[size_t(i)][size_t(i)] > 0)
            m.nodes.push_back(i);
    m.counts.assign(m.nodes.size(), std::vector<int>(m.nodes.size(), 0));
    for (size_t r = 0; r < m.nodes.size(); ++r)
        for (size_t c = 0; c < m.nodes.size(); ++c)
            m.counts[r][c] = full[size_t(m.nodes[r])][size_t(m.nodes[c])];
    return m;
}

std::vector<Passage> cooccurrencePassages(const Project &project, const Scope &scope,
                                          const CooccurrenceOptions &options, const QUuid &codeA, const QUuid &codeB)
{
    std::vector<Passage> out;
    const CodeTree tree(project.allCodes());
    const int nodeA = nodeFor(tree, options.level, codeA), nodeB = nodeFor(tree, options.level, codeB);
    if (nodeA < 0 || nodeB < 0)
        return out;
    const std::vector<Coding> codings = scopedCodings(project, scope);
    QUuid cachedId;
    std::u32string text;
    QString title;
    auto load = [&](const QUuid &recordId) {
        if (recordId == cachedId)
            return;
        cachedId = recordId;
        const auto record = project.record(recordId);
        text = record ? codePointsOf(record->text) : std::u32string();
        title = record ? record->title : QString();
    };
    forEachUnit(codings, [&](auto first, auto last) {
        const auto byNode = unitSegments(tree, options, first, last);
        auto a = byNode.find(nodeA), b = byNode.find(nodeB);
        if (a == byNode.end() || b == byNode.end())
            return;
        const int layer = layerIndex(scope, first->reviewerId);
        const QString reviewer = layer >= 0 ? scope.layers[size_t(layer)].name : QString();
        load(first->recordId);
        auto base = [&] {
            Passage p;
            p.recordId = first->recordId;
            p.recordTitle = title;
            p.reviewer = reviewer;
            return p;
        };
        if (nodeA == nodeB) {
            for (const Span &s : a->second) {
                Passage p = base();
                p.spansA = {s};
                p.extent = s;
                p.quote = textOf(text, s);
                out.push_back(std::move(p));
            }
            return;
        }
        if (options.mode == CooccurrenceMode::SameRecord) {
            Passage p = base();
            p.spansA = a->second;
            p.spansB = b->second;
            std::vector<Span> all = p.spansA;
            all.insert(all.end(), p.spansB.begin(), p.spansB.end());
            std::sort(all.begin(), all.end());
            p.extent = {all.front().start, 0};
            QStringList parts;
            for (const Span &s : all) {
                p.extent.end = std::max(p.extent.end, s.end);
                parts << textOf(text, s);
            }
            p.quote = parts.join(QStringLiteral(" … "));
            out.push_back(std::move(p));
            return;
        }
        overlappingPairs(a->second, b->second, [&](size_t i, size_t j) {
            Passage p = base();
            p.spansA = {a->second[i]};
            p.spansB = {b->second[j]};
            p.extent = {std::min(a->second[i].start, b->second[j].start), std::max(a->second[i].end, b->second[j].end)};
            p.quote = textOf(text, p.extent);
            out.push_back(std::move(p));
        });
    });
    return out;
}

QJsonObject CooccurrenceMatrix::toJson() const
{
    QJsonArray labels, ids, rows;
    for (int r = 0; r < size(); ++r) {
        labels.append(label(r));
        ids.append(uuidText(tree.node(nodes[size_t(r)]).id));
        QJsonArray cells;
        for (int v : counts[size_t(r)])
            cells.append(v);
        rows.append(cells);
    }
    QJsonArray layers;
    for (const Reviewer &l : scope.layers)
        layers.append(l.name);
    return QJsonObject{{QStringLiteral("mode"), modeName(options.mode)},
                       {QStringLiteral("level"), levelName(options.level)},
                       {QStringLiteral("layers"), layers},
                       {QStringLiteral("codes"), labels},
                       {QStringLiteral("ids"), ids},
                       {QStringLiteral("counts"), rows}};
}

} // namespace dyad::core::analysis
