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
std::vector<Span> mergeOverlapping(std::vector<Span> spans, Offset length)
{
    std::vector<Span> out;
    for (Span &s : spans) {
        s.start = std::max<Offset>(0, s.start);
        s.end = std::min(length, s.end);
    }
    std::sort(spans.begin(), spans.end());
    for (const Span &s : spans) {
        if (s.isEmpty())
            continue;
        if (!out.empty() && s.start < out.back().end)
            out.back().end = std::max(out.back().end, s.end);
        else
            out.push_back(s);
    }
    return out;
}

/** One section of a coder's continuum: a unit of the category, or a gap between units. */
struct Section
{
    Offset begin;
    Offset length;
    bool unit;
};

std::vector<Section> sections(const std::vector<Span> &units, Offset length)
{
    std::vector<Section> out;
    out.reserve(units.size() * 2 + 1);
    Offset pos = 0;
    for (const Span &s : units) {
        if (s.start > pos)
            out.push_back({pos, s.start - pos, false});
        out.push_back({s.start, s.length(), true});
        pos = s.end;
    }
    if (pos < length)
        out.push_back({pos, length - pos, false});
    return out;
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

UnitizingResult compute(const std::vector<std::vector<Span>> &merged, Offset L)
{
    UnitizingResult r;
    r.continuumLength = L;
    r.coders = int(merged.size());
    const int m = r.coders;
    if (m < 2 || L <= 0) {
        r.alpha = r.observedDisagreement = r.expectedDisagreement = kNaN;
        return r;
    }
    std::vector<std::vector<Section>> secs;
    secs.reserve(size_t(m));
    for (const auto &u : merged)
        secs.push_back(sections(u, L));

    double dObs = 0;
    for (int i = 0; i < m; ++i)
        for (int j = i + 1; j < m; ++j)
            dObs += 2 * pairDisagreement(secs[size_t(i)], secs[size_t(j)]); // Σ_i Σ_{j≠i}
    const double Ld = double(L);
    r.observedDisagreement = dObs / (double(m) * (m - 1) * Ld * Ld);

    // Expected: every unit against every possible placement in every gap of any coder.
    std::vector<Offset> gaps;
    std::vector<Offset> unitLengths;
    for (const auto &s : secs)
        for (const Section &x : s)
            (x.unit ? unitLengths : gaps).push_back(x.length);
    std::sort(gaps.begin(), gaps.end());
    // suffix sums over ascending gaps: count and Σ length of gaps ≥ l
    std::vector<double> suffix(gaps.size() + 1, 0.0);
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
    std::vector<std::vector<Span>> merged;
    merged.reserve(coderSegments.size());
    for (const auto &s : coderSegments)
        merged.push_back(mergeOverlapping(s, continuumLength));
    return compute(merged, continuumLength);
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
