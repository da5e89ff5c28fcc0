#include "codemapping.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <limits>
#include <map>

namespace dyad::core::agreement {

std::vector<int> hungarianAssignment(const std::vector<double> &cost, int rows, int cols)
{
    // Shortest augmenting paths with potentials, O(n²m); needs n ≤ m, so transpose if not.
    const bool transposed = rows > cols;
    const int n = transposed ? cols : rows, m = transposed ? rows : cols;
    auto c = [&](int i, int j) { // 1-based
        return transposed ? cost[size_t(j - 1) * size_t(cols) + size_t(i - 1)] : cost[size_t(i - 1) * size_t(cols) + size_t(j - 1)];
    };
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> u(size_t(n) + 1, 0), v(size_t(m) + 1, 0);
    std::vector<int> p(size_t(m) + 1, 0), way(size_t(m) + 1, 0);
    for (int i = 1; i <= n; ++i) {
        p[0] = i;
        int j0 = 0;
        std::vector<double> minv(size_t(m) + 1, inf);
        std::vector<char> used(size_t(m) + 1, 0);
        do {
            used[size_t(j0)] = 1;
            const int i0 = p[size_t(j0)];
            double delta = inf;
            int j1 = 0;
            for (int j = 1; j <= m; ++j)
                if (!used[size_t(j)]) {
                    const double cur = c(i0, j) - u[size_t(i0)] - v[size_t(j)];
                    if (cur < minv[size_t(j)]) {
                        minv[size_t(j)] = cur;
                        way[size_t(j)] = j0;
                    }
                    if (minv[size_t(j)] < delta) {
                        delta = minv[size_t(j)];
                        j1 = j;
                    }
                }
            for (int j = 0; j <= m; ++j)
                if (used[size_t(j)]) {
                    u[size_t(p[size_t(j)])] += delta;
                    v[size_t(j)] -= delta;
                } else {
                    minv[size_t(j)] -= delta;
                }
            j0 = j1;
        } while (p[size_t(j0)] != 0);
        do {
            const int j1 = way[size_t(j0)];
            p[size_t(j0)] = p[size_t(j1)];
            j0 = j1;
        } while (j0);
    }
    std::vector<int> result(size_t(rows), -1);
    for (int j = 1; j <= m; ++j)
        if (p[size_t(j)] != 0) {
            if (transposed)
                result[size_t(j - 1)] = p[size_t(j)] - 1;
            else
                result[size_t(p[size_t(j)] - 1)] = j - 1;
        }
    return result;
}

CodeMapping suggestCodeMapping(const std::vector<RecordInput> &records, double minJaccard)
{
    QStringList codesA, codesB;
    QHash<QString, int> indexA, indexB;
    auto indexOf = [](QStringList &list, QHash<QString, int> &index, const QString &key) {
        auto it = index.constFind(key);
        if (it != index.constEnd())
            return *it;
        const int i = int(list.size());
        list << key;
        index.insert(key, i);
        return i;
    };
    std::vector<Offset> coverA, coverB;
    std::map<std::pair<int, int>, Offset> inter;

    for (const RecordInput &rec : records) {
        std::map<int, std::vector<Span>> a, b;
        for (const CodedSpan &c : rec.a)
            a[indexOf(codesA, indexA, c.codeKey)].push_back(c.span);
        for (const CodedSpan &c : rec.b)
            b[indexOf(codesB, indexB, c.codeKey)].push_back(c.span);
        coverA.resize(size_t(codesA.size()), 0);
        coverB.resize(size_t(codesB.size()), 0);
        std::vector<std::pair<int, std::vector<Span>>> na, nb;
        for (auto &[code, spans] : a) {
            na.emplace_back(code, normalizeSpans(spans, rec.textLength));
            coverA[size_t(code)] += coveredLength(na.back().second);
        }
        for (auto &[code, spans] : b) {
            nb.emplace_back(code, normalizeSpans(spans, rec.textLength));
            coverB[size_t(code)] += coveredLength(nb.back().second);
        }
        for (const auto &[ca, sa] : na)
            for (const auto &[cb, sb] : nb)
                if (const Offset o = intersectionLength(sa, sb); o > 0)
                    inter[{ca, cb}] += o;
    }

    const int ra = int(codesA.size()), rb = int(codesB.size());
    std::vector<double> jac(size_t(ra) * size_t(rb), 0.0);
    for (const auto &[key, o] : inter) {
        const Offset uni = coverA[size_t(key.first)] + coverB[size_t(key.second)] - o;
        jac[size_t(key.first) * size_t(rb) + size_t(key.second)] = uni > 0 ? double(o) / double(uni) : 0;
    }
    CodeMapping out;
    std::vector<char> usedB(size_t(rb), 0);
    std::vector<int> assignment;
    if (ra > 0 && rb > 0) {
        std::vector<double> cost(jac.size());
        std::transform(jac.begin(), jac.end(), cost.begin(), [](double x) { return -x; });
        assignment = hungarianAssignment(cost, ra, rb);
    } else {
        assignment.assign(size_t(ra), -1);
    }
    for (int i = 0; i < ra; ++i) {
        const int j = assignment[size_t(i)];
        const double jx = j >= 0 ? jac[size_t(i) * size_t(rb) + size_t(j)] : 0;
        if (j < 0 || jx <= 0 || jx < minJaccard) {
            out.unmappedA << codesA[i];
            continue;
        }
        usedB[size_t(j)] = 1;
        const auto it = inter.find({i, j});
        const Offset o = it != inter.end() ? it->second : 0;
        out.pairs.push_back({codesA[i], codesB[j], jx, o, coverA[size_t(i)] + coverB[size_t(j)] - o});
    }
    for (int j = 0; j < rb; ++j)
        if (!usedB[size_t(j)])
            out.unmappedB << codesB[j];
    std::stable_sort(out.pairs.begin(), out.pairs.end(), [](const CodePair &x, const CodePair &y) { return x.jaccard > y.jaccard; });
    return out;
}

QJsonObject CodeMapping::toJson() const
{
    QJsonArray p;
    for (const CodePair &c : pairs)
        p.append(QJsonObject{{QStringLiteral("codeA"), c.codeA},
                             {QStringLiteral("codeB"), c.codeB},
                             {QStringLiteral("jaccard"), c.jaccard},
                             {QStringLiteral("intersection"), double(c.intersection)},
                             {QStringLiteral("union"), double(c.unionLength)}});
    return QJsonObject{{QStringLiteral("pairs"), p},
                       {QStringLiteral("unmappedA"), QJsonArray::fromStringList(unmappedA)},
                       {QStringLiteral("unmappedB"), QJsonArray::fromStringList(unmappedB)}};
}

} // namespace dyad::core::agreement
