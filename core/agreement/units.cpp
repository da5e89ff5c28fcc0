#include "units.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace dyad::core::agreement {

std::vector<Span> normalizeSpans(std::vector<Span> spans, Offset length)
{
    for (Span &s : spans) {
        s.start = std::max<Offset>(0, s.start);
        s.end = std::min(length, s.end);
    }
    std::sort(spans.begin(), spans.end());
    std::vector<Span> out;
    out.reserve(spans.size());
    for (const Span &s : spans) {
        if (s.isEmpty())
            continue;
        if (!out.empty() && s.start <= out.back().end)
            out.back().end = std::max(out.back().end, s.end);
        else
            out.push_back(s);
    }
    return out;
}

Offset coveredLength(const std::vector<Span> &normalized)
{
    Offset sum = 0;
    for (const Span &s : normalized)
        sum += s.length();
    return sum;
}

Offset intersectionLength(const std::vector<Span> &x, const std::vector<Span> &y)
{
    Offset sum = 0;
    size_t i = 0, j = 0;
    while (i < x.size() && j < y.size()) {
        sum += x[i].overlapLength(y[j]);
        if (x[i].end < y[j].end)
            ++i;
        else
            ++j;
    }
    return sum;
}

std::vector<Span> unionSpans(const std::vector<Span> &x, const std::vector<Span> &y)
{
    std::vector<Span> out;
    out.reserve(x.size() + y.size());
    size_t i = 0, j = 0;
    while (i < x.size() || j < y.size()) {
        const Span &s = (j >= y.size() || (i < x.size() && x[i].start <= y[j].start)) ? x[i++] : y[j++];
        if (!out.empty() && s.start <= out.back().end)
            out.back().end = std::max(out.back().end, s.end);
        else
            out.push_back(s);
    }
    return out;
}

Table2x2 characterTable(const std::vector<Span> &a, const std::vector<Span> &b, Offset universe)
{
    const Offset both = intersectionLength(a, b);
    const Offset la = coveredLength(a), lb = coveredLength(b);
    Table2x2 t;
    t.a = both;
    t.b = la - both;
    t.c = lb - both;
    t.d = std::max<Offset>(0, universe - (la + lb - both));
    return t;
}

std::vector<int> coveredTokens(const std::vector<Span> &tokens, const std::vector<Span> &normalized)
{
    std::vector<int> out;
    if (tokens.empty() || normalized.empty())
        return out;
    int next = 0; // first token not yet evaluated
    const int count = int(tokens.size());
    for (size_t si = 0; si < normalized.size(); ++si) {
        const Span &s = normalized[si];
        // first token ending after s.start (token ends ascend because tokens don't overlap)
        auto it = std::upper_bound(tokens.begin() + next, tokens.end(), s.start,
                                   [](Offset pos, const Span &t) { return pos < t.end; });
        int t = int(it - tokens.begin());
        for (; t < count && tokens[size_t(t)].start < s.end; ++t) {
            const Span &tok = tokens[size_t(t)];
            if (tok.isEmpty())
                continue;
            // a token is evaluated once, at the first span touching it, with the coverage
            // of that span and the following ones
            Offset covered = 0;
            for (size_t k = si; k < normalized.size() && normalized[k].start < tok.end; ++k)
                covered += tok.overlapLength(normalized[k]);
            if (2 * covered >= tok.length())
                out.push_back(t);
        }
        next = std::max(next, t);
    }
    return out;
}

Table2x2 tokenTable(const std::vector<int> &a, const std::vector<int> &b, std::int64_t universe)
{
    std::int64_t both = 0;
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j])
            ++i;
        else if (b[j] < a[i])
            ++j;
        else {
            ++both;
            ++i;
            ++j;
        }
    }
    Table2x2 t;
    t.a = both;
    t.b = std::int64_t(a.size()) - both;
    t.c = std::int64_t(b.size()) - both;
    t.d = std::max<std::int64_t>(0, universe - (t.a + t.b + t.c));
    return t;
}

double SegmentCounts::score() const
{
    const std::int64_t den = 2 * matched + aOnly + bOnly;
    return den > 0 ? 2.0 * double(matched) / double(den) : std::numeric_limits<double>::quiet_NaN();
}

namespace {

struct Candidate
{
    Offset overlap;
    Offset longer;
    int i;
    int j;
};

std::vector<Candidate> candidates(const std::vector<Span> &a, const std::vector<Span> &b)
{
    std::vector<Candidate> out;
    for (int i = 0; i < int(a.size()); ++i) {
        if (a[size_t(i)].isEmpty())
            continue;
        for (int j = 0; j < int(b.size()); ++j) {
            const Offset o = a[size_t(i)].overlapLength(b[size_t(j)]);
            if (o > 0)
                out.push_back({o, std::max(a[size_t(i)].length(), b[size_t(j)].length()), i, j});
        }
    }
    // largest overlap first; then larger share of the longer span; then document order
    std::sort(out.begin(), out.end(), [&](const Candidate &x, const Candidate &y) {
        if (x.overlap != y.overlap)
            return x.overlap > y.overlap;
        // x.overlap / x.longer > y.overlap / y.longer without division
        const auto lhs = x.overlap * y.longer, rhs = y.overlap * x.longer;
        if (lhs != rhs)
            return lhs > rhs;
        return std::tie(a[size_t(x.i)], b[size_t(x.j)]) < std::tie(a[size_t(y.i)], b[size_t(y.j)]);
    });
    return out;
}

std::int64_t nonEmpty(const std::vector<Span> &s)
{
    return std::int64_t(std::count_if(s.begin(), s.end(), [](const Span &x) { return !x.isEmpty(); }));
}

SegmentCounts greedy(const std::vector<Candidate> &cands, size_t na, size_t nb, std::int64_t totalA,
                     std::int64_t totalB, std::int64_t permille, std::vector<char> &usedA, std::vector<char> &usedB)
{
    usedA.assign(na, 0);
    usedB.assign(nb, 0);
    SegmentCounts r;
    for (const Candidate &c : cands) {
        // overlap ≥ θ·longer, in integers (θ in thousandths) so 0.9 × 10 is exactly 9
        if (c.overlap * 1000 < permille * c.longer || usedA[size_t(c.i)] || usedB[size_t(c.j)])
            continue;
        usedA[size_t(c.i)] = usedB[size_t(c.j)] = 1;
        ++r.matched;
    }
    r.aOnly = totalA - r.matched;
    r.bOnly = totalB - r.matched;
    return r;
}

} // namespace

SegmentCounts matchSegments(const std::vector<Span> &a, const std::vector<Span> &b, double threshold)
{
    const auto cands = candidates(a, b);
    std::vector<char> ua, ub;
    const std::int64_t permille = std::max<std::int64_t>(1, std::llround(threshold * 1000));
    return greedy(cands, a.size(), b.size(), nonEmpty(a), nonEmpty(b), permille, ua, ub);
}

SegmentCurve segmentCurve(const std::vector<Span> &a, const std::vector<Span> &b)
{
    const auto cands = candidates(a, b);
    std::vector<char> ua, ub;
    const std::int64_t na = nonEmpty(a), nb = nonEmpty(b);
    SegmentCurve curve;
    for (int i = 0; i < kCurvePoints; ++i)
        curve[size_t(i)] = greedy(cands, a.size(), b.size(), na, nb, 100 * (i + 1), ua, ub);
    return curve;
}

UnitCounts unitCounts(const std::vector<Span> &aNormalized, const std::vector<Span> &bNormalized,
                      const std::vector<Span> &aSegments, const std::vector<Span> &bSegments, Offset textLength,
                      const std::vector<Span> &tokens, const std::vector<Span> &codedByAnyone,
                      std::int64_t tokensCodedByAnyone, double segmentThreshold)
{
    UnitCounts u;
    const bool inA = !aNormalized.empty(), inB = !bNormalized.empty();
    u.record = Table2x2{inA && inB, inA && !inB, !inA && inB, !inA && !inB};
    u.recordCoded = codedByAnyone.empty() ? Table2x2{} : u.record;
    u.characters = characterTable(aNormalized, bNormalized, textLength);
    u.charactersCoded = characterTable(aNormalized, bNormalized, coveredLength(codedByAnyone));
    if (!tokens.empty()) {
        const auto ta = coveredTokens(tokens, aNormalized);
        const auto tb = coveredTokens(tokens, bNormalized);
        u.tokens = tokenTable(ta, tb, std::int64_t(tokens.size()));
        u.tokensCoded = tokenTable(ta, tb, tokensCodedByAnyone);
    }
    const auto cands = candidates(aSegments, bSegments);
    std::vector<char> ua, ub;
    const std::int64_t na = nonEmpty(aSegments), nb = nonEmpty(bSegments);
    const std::int64_t permille = std::max<std::int64_t>(1, std::llround(segmentThreshold * 1000));
    u.segments = greedy(cands, aSegments.size(), bSegments.size(), na, nb, permille, ua, ub);
    for (int i = 0; i < kCurvePoints; ++i)
        u.curve[size_t(i)] = greedy(cands, aSegments.size(), bSegments.size(), na, nb, 100 * (i + 1), ua, ub);
    return u;
}

std::vector<CodeUnitCounts> recordUnits(const RecordInput &record, const UnitOptions &options)
{
    const Offset L = record.textLength;
    auto byKey = [](const CodedSpan &x, const CodedSpan &y) { return x.codeKey < y.codeKey; };
    std::vector<CodedSpan> a = record.a, b = record.b;
    std::stable_sort(a.begin(), a.end(), byKey);
    std::stable_sort(b.begin(), b.end(), byKey);

    std::vector<Span> all;
    for (const auto &c : a)
        all.push_back(c.span);
    for (const auto &c : b)
        all.push_back(c.span);
    const std::vector<Span> anyone = normalizeSpans(all, L);
    const std::int64_t anyoneTokens = std::int64_t(coveredTokens(record.tokens, anyone).size());

    std::vector<CodeUnitCounts> out;
    size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        QString key;
        if (j >= b.size() || (i < a.size() && a[i].codeKey <= b[j].codeKey))
            key = a[i].codeKey;
        else
            key = b[j].codeKey;
        std::vector<Span> sa, sb;
        for (; i < a.size() && a[i].codeKey == key; ++i)
            sa.push_back(a[i].span);
        for (; j < b.size() && b[j].codeKey == key; ++j)
            sb.push_back(b[j].span);
        const auto na = normalizeSpans(sa, L), nb = normalizeSpans(sb, L);
        out.push_back({key, unitCounts(na, nb, sa, sb, L, record.tokens, anyone, anyoneTokens, options.segmentThreshold)});
    }
    return out;
}

QJsonObject toJson(const SegmentCounts &s)
{
    return QJsonObject{{QStringLiteral("matched"), double(s.matched)},
                       {QStringLiteral("aOnly"), double(s.aOnly)},
                       {QStringLiteral("bOnly"), double(s.bOnly)},
                       {QStringLiteral("score"), jsonNumber(s.score())}};
}

QJsonArray curveJson(const SegmentCurve &curve)
{
    QJsonArray out;
    for (int i = 0; i < kCurvePoints; ++i) {
        QJsonObject point = toJson(curve[size_t(i)]);
        point.insert(QStringLiteral("threshold"), (i + 1) / 10.0);
        out.append(point);
    }
    return out;
}

} // namespace dyad::core::agreement
