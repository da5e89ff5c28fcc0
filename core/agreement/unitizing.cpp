#include "unitizing.h"

#include "coefficients.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dyad::core::agreement {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/**
 * Sorted segments clipped to [0, length), overlapping ones merged. Touching segments stay
 * separate units, as in Krippendorff's examples (a coder may mark adjacent units).
 */
void mergeOverlapping(const std::vector<Span> &spans, Offset length, std::vector<Span> &out)
{
    out.clear();
    for (const Span &x : spans) {
        const Span s{std::max<Offset>(0, x.start), std::min(length, x.end)};
        if (!s.isEmpty())
            out.push_back(s);
    }
    std::sort(out.begin(), out.end());
    size_t w = 0;
    for (size_t r = 0; r < out.size(); ++r) {
        if (w > 0 && out[r].start < out[w - 1].end)
            out[w - 1].end = std::max(out[w - 1].end, out[r].end);
        else
            out[w++] = out[r];
    }
    out.resize(w);
}

/** One section of a coder's continuum: a unit of the category, or a gap between units. */
struct Section
{
    Offset begin;
    Offset length;
    bool unit;
};

void sections(const std::vector<Span> &units, Offset length, std::vector<Section> &out)
{
    out.clear();
    Offset pos = 0;
    for (const Span &s : units) {
        if (s.start > pos)
            out.push_back({pos, s.start - pos, false});
        out.push_back({s.start, s.length(), true});
        pos = s.end;
    }
    if (pos < length)
        out.push_back({pos, length - pos, false});
}

/** Buffers reused across calls: α_U runs once per code and record, so allocation dominates. */
struct Workspace
{
    std::vector<std::vector<Span>> merged;
    std::vector<std::vector<Section>> sections;
    std::vector<Offset> gaps, unitLengths;
    std::vector<double> suffix;
};

Workspace &workspace()
{
    thread_local Workspace w;
    return w;
}

/**
 * δ² between section g of one coder and h of another (Krippendorff 2004, §12.4):
 * two overlapping units: squared differences of their begins plus of their ends;
 * a unit lying inside the other's gap: the unit's length squared; otherwise 0.
 */
double delta2(const Section &g, const Section &h)
{
    const double bd = double(g.begin - h.begin);
    if (g.unit && h.unit) {
        if (-g.length < g.begin - h.begin && g.begin - h.begin < h.length) {
            const double ed = double((g.begin + g.length) - (h.begin + h.length));
            return bd * bd + ed * ed;
        }
        return 0;
    }
    if (g.unit && !h.unit) {
        if (g.begin >= h.begin && g.begin + g.length <= h.begin + h.length)
            return double(g.length) * double(g.length);
        return 0;
    }
    if (!g.unit && h.unit) {
        if (h.begin >= g.begin && h.begin + h.length <= g.begin + g.length)
            return double(h.length) * double(h.length);
        return 0;
    }
    return 0;
}

/** Σ_g Σ_h δ² over the overlapping section pairs of two coders (a sweep: δ² = 0 otherwise). */
double pairDisagreement(const std::vector<Section> &x, const std::vector<Section> &y)
{
    double sum = 0;
    size_t i = 0, j = 0;
    while (i < x.size() && j < y.size()) {
        sum += delta2(x[i], y[j]);
        const Offset endX = x[i].begin + x[i].length, endY = y[j].begin + y[j].length;
        if (endX < endY)
            ++i;
        else if (endY < endX)
            ++j;
        else {
            ++i;
            ++j;
        }
    }
    return sum;
}

UnitizingResult compute(const std::vector<std::vector<Span>> &merged, size_t coders, Offset L)
{
    Workspace &w = workspace();
    UnitizingResult r;
    r.continuumLength = L;
    r.coders = int(coders);
    const int m = r.coders;
    if (m < 2 || L <= 0) {
        r.alpha = r.observedDisagreement = r.expectedDisagreement = kNaN;
        return r;
    }
    auto &secs = w.sections;
    if (secs.size() < size_t(m))
        secs.resize(size_t(m));
    for (size_t c = 0; c < size_t(m); ++c)
        sections(merged[c], L, secs[c]);

    double dObs = 0;
    for (int i = 0; i < m; ++i)
        for (int j = i + 1; j < m; ++j)
            dObs += 2 * pairDisagreement(secs[size_t(i)], secs[size_t(j)]); // Σ_i Σ_{j≠i}
    const double Ld = double(L);
    r.observedDisagreement = dObs / (double(m) * (m - 1) * Ld * Ld);

    // Expected: every unit against every possible placement in every gap of any coder.
    auto &gaps = w.gaps;
    auto &unitLengths = w.unitLengths;
    gaps.clear();
    unitLengths.clear();
    for (size_t c = 0; c < size_t(m); ++c)
        for (const Section &x : secs[c])
            (x.unit ? unitLengths : gaps).push_back(x.length);
    std::sort(gaps.begin(), gaps.end());
    // suffix sums over ascending gaps: count and Σ length of gaps ≥ l
    auto &suffix = w.suffix;
    suffix.assign(gaps.size() + 1, 0.0);
    for (size_t k = gaps.size(); k-- > 0;)
        suffix[k] = suffix[k + 1] + double(gaps[k]);
    const double Nc = double(unitLengths.size());
    r.units = std::int64_t(unitLengths.size());
    double num = 0, selfPairs = 0;
    for (Offset l : unitLengths) {
        r.unitLength += l;
        const double ld = double(l);
        num += (Nc - 1) * (2 * ld * ld * ld - 3 * ld * ld + ld) / 3;
        const size_t first = size_t(std::lower_bound(gaps.begin(), gaps.end(), l) - gaps.begin());
        const double count = double(gaps.size() - first);
        // Σ_{gaps h, l_h ≥ l} (l_h − l + 1)
        num += ld * ld * (suffix[first] - (ld - 1) * count);
        selfPairs += ld * (ld - 1);
    }
    const double mL = double(m) * Ld;
    const double den = mL * (mL - 1) - selfPairs;
    r.expectedDisagreement = den > 0 ? (2 / Ld) * num / den : kNaN;
    if (r.expectedDisagreement > 0)
        r.alpha = 1 - r.observedDisagreement / r.expectedDisagreement;
    else
        r.alpha = kNaN;
    return r;
}

} // namespace

UnitizingResult unitizingAlpha(const std::vector<std::vector<Span>> &coderSegments, Offset continuumLength)
{
    Workspace &w = workspace();
    std::vector<std::vector<Span>> merged = std::move(w.merged); // compute() reuses the rest
    if (merged.size() < coderSegments.size())
        merged.resize(coderSegments.size());
    for (size_t c = 0; c < coderSegments.size(); ++c)
        mergeOverlapping(coderSegments[c], continuumLength, merged[c]);
    UnitizingResult r = compute(merged, coderSegments.size(), continuumLength);
    w.merged = std::move(merged);
    return r;
}

UnitizingResult unitizingAlpha(const std::vector<Span> &a, const std::vector<Span> &b, Offset continuumLength)
{
    Workspace &w = workspace();
    std::vector<std::vector<Span>> merged = std::move(w.merged);
    if (merged.size() < 2)
        merged.resize(2);
    mergeOverlapping(a, continuumLength, merged[0]);
    mergeOverlapping(b, continuumLength, merged[1]);
    UnitizingResult r = compute(merged, 2, continuumLength);
    w.merged = std::move(merged);
    return r;
}

UnitizingResult combineUnitizing(const std::vector<UnitizingResult> &perCategory)
{
    UnitizingResult r;
    double dObs = 0, dExp = 0;
    for (const UnitizingResult &u : perCategory) {
        if (!std::isfinite(u.observedDisagreement) || !std::isfinite(u.expectedDisagreement))
            continue;
        dObs += u.observedDisagreement;
        dExp += u.expectedDisagreement;
        r.continuumLength = std::max(r.continuumLength, u.continuumLength);
        r.coders = std::max(r.coders, u.coders);
        r.units += u.units;
        r.unitLength += u.unitLength;
    }
    r.observedDisagreement = dObs;
    r.expectedDisagreement = dExp;
    r.alpha = dExp > 0 ? 1 - dObs / dExp : kNaN;
    return r;
}

QJsonObject toJson(const UnitizingResult &u)
{
    return QJsonObject{{QStringLiteral("alpha"), jsonNumber(u.alpha)},
                       {QStringLiteral("observedDisagreement"), jsonNumber(u.observedDisagreement)},
                       {QStringLiteral("expectedDisagreement"), jsonNumber(u.expectedDisagreement)},
                       {QStringLiteral("continuumLength"), double(u.continuumLength)},
                       {QStringLiteral("coders"), u.coders},
                       {QStringLiteral("units"), double(u.units)},
                       {QStringLiteral("unitLength"), double(u.unitLength)}};
}

} // namespace dyad::core::agreement
