#include "core/analysis/frequencies.h"

#include "core/model/project.h"

#include <QJsonArray>

#include <unordered_map>

namespace dyad::core::analysis {

namespace {

/**
 * Per node, the segments of one unit (one layer on one record), with roll-up.
 * Calls @p sink(node, segments, codings) for every node that occurs in the unit.
 */
template<typename Sink>
void countUnit(const CodeTree &tree, std::vector<Coding>::const_iterator first,
               std::vector<Coding>::const_iterator last, std::unordered_map<int, std::vector<Span>> &scratch, Sink sink)
{
    scratch.clear();
    for (auto it = first; it != last; ++it) {
        const int node = tree.indexOf(it->codeId);
        if (node < 0)
            continue;
        for (int up : tree.selfAndAncestors(node))
            scratch[up].push_back(it->span);
    }
    for (auto &[node, spans] : scratch) {
        const int codings = int(spans.size());
        const int segments = tree.hasChildren(node) ? int(unionComponents(std::move(spans)).size()) : codings;
        sink(node, segments, codings);
    }
}

} // namespace

const FrequencyRow *FrequencyTable::row(const QUuid &codeId) const
{
    const int i = tree.indexOf(codeId);
    return i < 0 ? nullptr : &rows[size_t(i)];
}

FrequencyTable computeFrequencies(const Project &project, const Scope &scope)
{
    FrequencyTable table;
    table.scope = scope;
    table.tree = CodeTree(project.allCodes());
    table.recordTotal = int(project.recordCount());
    const CodeTree &tree = table.tree;
    table.rows.resize(size_t(tree.size()));
    for (int i = 0; i < tree.size(); ++i) {
        FrequencyRow &row = table.rows[size_t(i)];
        const Code &c = tree.node(i);
        row.node = i;
        row.codeId = c.id;
        row.name = c.name;
        row.path = tree.path(i);
        row.color = c.color;
        row.depth = tree.depth(i);
        row.isTheme = tree.hasChildren(i);
        row.cells.resize(scope.layers.size());
    }

    const std::vector<Coding> codings = scopedCodings(project, scope);
    std::unordered_map<QUuid, bool, UuidHash> coded;
    std::unordered_map<int, std::vector<Span>> scratch;
    forEachUnit(codings, [&](auto first, auto last) {
        const int layer = layerIndex(scope, first->reviewerId);
        if (layer < 0)
            return;
        coded[first->recordId] = true;
        countUnit(tree, first, last, scratch, [&](int node, int segments, int n) {
            FrequencyCell &cell = table.rows[size_t(node)].cells[size_t(layer)];
            ++cell.records;
            cell.segments += segments;
            cell.codings += n;
        });
    });
    table.codedRecords = int(coded.size());
    return table;
}

CodeRecordMatrix computeCodeRecordMatrix(const Project &project, const Scope &scope)
{
    CodeRecordMatrix m;
    m.scope = scope;
    m.tree = CodeTree(project.allCodes());
    const std::vector<Coding> codings = scopedCodings(project, scope);
    std::unordered_map<QUuid, size_t, UuidHash> rowOf;
    std::vector<std::vector<int>> counts;
    std::vector<QUuid> ids;
    std::unordered_map<int, std::vector<Span>> scratch;
    forEachUnit(codings, [&](auto first, auto last) {
        auto [it, added] = rowOf.emplace(first->recordId, counts.size());
        if (added) {
            counts.emplace_back(size_t(m.tree.size()), 0);
            ids.push_back(first->recordId);
        }
        std::vector<int> &row = counts[it->second];
        countUnit(m.tree, first, last, scratch, [&](int node, int segments, int) { row[size_t(node)] += segments; });
    });
    // rows in import order
    for (const RecordSummary &r : project.recordSummaries()) {
        auto it = rowOf.find(r.id);
        if (it == rowOf.end())
            continue;
        m.records.push_back(r);
        m.counts.push_back(std::move(counts[it->second]));
    }
    return m;
}

QJsonObject FrequencyTable::toJson() const
{
    QJsonArray layers;
    for (const Reviewer &r : scope.layers)
        layers.append(r.name);
    QJsonArray out;
    for (const FrequencyRow &row : rows) {
        QJsonArray cells;
        for (size_t l = 0; l < row.cells.size(); ++l)
            cells.append(QJsonObject{{QStringLiteral("layer"), scope.layers[l].name},
                                     {QStringLiteral("records"), row.cells[l].records},
                                     {QStringLiteral("segments"), row.cells[l].segments},
                                     {QStringLiteral("codings"), row.cells[l].codings}});
        out.append(QJsonObject{{QStringLiteral("id"), uuidText(row.codeId)},
                               {QStringLiteral("name"), row.name},
                               {QStringLiteral("path"), row.path},
                               {QStringLiteral("depth"), row.depth},
                               {QStringLiteral("theme"), row.isTheme},
                               {QStringLiteral("counts"), cells}});
    }
    return QJsonObject{{QStringLiteral("layers"), layers},
                       {QStringLiteral("records"), recordTotal},
                       {QStringLiteral("codedRecords"), codedRecords},
                       {QStringLiteral("codes"), out}};
}

QJsonObject CodeRecordMatrix::toJson() const
{
    QJsonArray columns;
    for (int i = 0; i < tree.size(); ++i)
        columns.append(QJsonObject{{QStringLiteral("id"), uuidText(tree.node(i).id)},
                                   {QStringLiteral("path"), tree.path(i)}});
    QJsonArray rows;
    for (size_t r = 0; r < records.size(); ++r) {
        QJsonArray cells;
        for (int v : counts[r])
            cells.append(v);
        rows.append(QJsonObject{{QStringLiteral("id"), uuidText(records[r].id)},
                                {QStringLiteral("title"), records[r].title},
                                {QStringLiteral("counts"), cells}});
    }
    return QJsonObject{{QStringLiteral("codes"), columns}, {QStringLiteral("records"), rows}};
}

} // namespace dyad::core::analysis
