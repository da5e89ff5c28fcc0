#include "multirater.h"

#include "core/agreement/interval_p.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace dyad::core::agreement {

using namespace detail;

QString weightingName(Weighting weighting)
{
    switch (weighting) {
    case Weighting::Identity: return QStringLiteral("identity");
    case Weighting::Linear: return QStringLiteral("linear");
    case Weighting::Quadratic: return QStringLiteral("quadratic");
    }
    return {};
}

std::optional<Weighting> weightingFromName(const QString &name)
{
    for (Weighting w : {Weighting::Identity, Weighting::Linear, Weighting::Quadratic})
        if (name.compare(weightingName(w), Qt::CaseInsensitive) == 0)
            return w;
    if (name.compare(QStringLiteral("none"), Qt::CaseInsensitive) == 0)
        return Weighting::Identity;
    return std::nullopt;
}

std::vector<double> agreementWeights(Weighting weighting, const std::vector<double> &values)
{
    const size_t q = values.size();
    std::vector<double> w(q * q, 0.0);
    double lo = 0, hi = 0;
    if (q > 0) {
        lo = *std::min_element(values.begin(), values.end());
        hi = *std::max_element(values.begin(), values.end());
    }
    const double range = hi - lo;
    for (size_t k = 0; k < q; ++k)
        for (size_t l = 0; l < q; ++l) {
            if (k == l || weighting == Weighting::Identity || range <= 0) {
                w[k * q + l] = k == l ? 1.0 : 0.0;
                continue;
            }
            const double d = std::abs(values[k] - values[l]) / range;
            w[k * q + l] = weighting == Weighting::Linear ? 1.0 - d : 1.0 - d * d;
        }
    return w;
}

Result<MultiRaterResult> multiRaterAgreement(const std::vector<std::vector<double>> &allCounts,
                                             const std::vector<double> &weightsIn, Weighting weighting)
{
    size_t q = 0;
    for (const auto &row : allCounts)
        q = std::max(q, row.size());
    std::vector<double> w = weightsIn.empty() ? agreementWeights(Weighting::Identity, std::vector<double>(q, 0.0)) : weightsIn;
    if (w.size() != q * q)
        return makeError(QCoreApplication::translate("Agreement", "The weights are %1 values; %2 categories need %3.").arg(w.size()).arg(q).arg(q * q));
    if (q < 2)
        return makeError(QCoreApplication::translate("Agreement", "Agreement needs at least two categories; %1 used.").arg(q));
    // Subjects with at least one rating.
    std::vector<std::vector<double>> r;
    std::vector<double> ri;
    MultiRaterResult out;
    out.weighting = weighting;
    out.categories = int(q);
    for (const auto &row : allCounts) {
        double total = 0;
        for (double v : row) {
            if (v < 0 || !std::isfinite(v))
                return makeError(QCoreApplication::translate("Agreement", "A count of ratings is negative or not a number."));
            total += v;
        }
        if (total <= 0)
            continue;
        std::vector<double> full(q, 0.0);
        std::copy(row.begin(), row.end(), full.begin());
        r.push_back(std::move(full));
        ri.push_back(total);
        out.maxRaters = std::max(out.maxRaters, int(total));
    }
    const size_t n = r.size();
    out.subjects = int(n);
    for (double t : ri)
        if (t >= 2)
            ++out.pairableSubjects;
    for (double t : ri)
        if (t != ri.front())
            out.missingRatings = true;
    if (out.pairableSubjects < 2)
        return makeError(QCoreApplication::translate("Agreement", "Agreement needs at least two subjects rated twice or more; %1 found.")
                             .arg(out.pairableSubjects));
    const double nd = double(n), n2 = double(out.pairableSubjects);

    // Per-subject weighted agreement and the classification probabilities π_k.
    std::vector<double> pai(n, 0.0);
    std::vector<double> pi(q, 0.0);
    double pa = 0;
    for (size_t i = 0; i < n; ++i) {
        for (size_t k = 0; k < q; ++k)
            pi[k] += r[i][k] / ri[i] / nd;
        if (ri[i] < 2)
            continue;
        double s = 0;
        for (size_t k = 0; k < q; ++k) {
            double star = 0;
            for (size_t l = 0; l < q; ++l)
                star += w[k * q + l] * r[i][l];
            s += r[i][k] * (star - 1);
        }
        pai[i] = s / (ri[i] * (ri[i] - 1));
        pa += pai[i] / n2;
    }
    out.classification = pi;
    double tw = 0;
    for (double v : w)
        tw += v;

    // Each coefficient: p_e, its value, and the linearised variance
    //   v = (1/(n(n − 1))) Σ_i (c*_i − c)²,  c_i = (n/n')(p_a|i − p_e·[r_i ≥ 2]) / (1 − p_e),
    //   c*_i = c_i − 2(1 − c)(p_e|i − p_e)/(1 − p_e),
    // where p_e|i is the subject's share of the chance term (none for Brennan–Prediger).
    auto coefficient = [&](double pe, const std::function<double(size_t)> &peOf) {
        MultiRaterCoefficient c;
        c.observed = pa;
        c.expected = pe;
        c.value = ratio(pa - pe, 1 - pe);
        if (!std::isfinite(c.value) || n < 2) {
            c.se = kNaN;
            c.ci95 = {kNaN, kNaN};
            return c;
        }
        double sum = 0;
        for (size_t i = 0; i < n; ++i) {
            const double ci = (nd / n2) * (pai[i] - (ri[i] >= 2 ? pe : 0.0)) / (1 - pe);
            const double star = peOf ? ci - 2 * (1 - c.value) * (peOf(i) - pe) / (1 - pe) : ci;
            sum += (star - c.value) * (star - c.value);
        }
        c.se = std::sqrt(sum / (nd * (nd - 1)));
        c.ci95 = clippedInterval(c.value, c.se);
        return c;
    };

    // Fleiss-style κ: p_e|i = Σ_k r_ik π̄_k / r_i with π̄_k the mean of the row and column weighted π.
    double peF = 0;
    std::vector<double> piw(q, 0.0);
    for (size_t k = 0; k < q; ++k)
        for (size_t l = 0; l < q; ++l) {
            peF += w[k * q + l] * pi[k] * pi[l];
            piw[k] += (w[k * q + l] + w[l * q + k]) * pi[l] / 2;
        }
    out.fleiss = coefficient(peF, [&](size_t i) {
        double s = 0;
        for (size_t k = 0; k < q; ++k)
            s += r[i][k] * piw[k];
        return s / ri[i];
    });
    // Gwet's AC1/AC2: p_e|i = T_w/(q(q − 1)) Σ_k r_ik (1 − π_k) / r_i.
    const double scale = tw / (double(q) * double(q - 1));
    double peG = 0;
    for (double p : pi)
        peG += p * (1 - p);
    peG *= scale;
    out.gwet = coefficient(peG, [&](size_t i) {
        double s = 0;
        for (size_t k = 0; k < q; ++k)
            s += r[i][k] * (1 - pi[k]);
        return scale * s / ri[i];
    });
    // Brennan–Prediger: chance does not depend on the ratings.
    out.brennanPrediger = coefficient(tw / (double(q) * double(q)), {});
    return out;
}

WeightedKappa weightedKappa(const ContingencyTable &table, const std::vector<double> &weights, Weighting weighting)
{
    WeightedKappa out;
    out.weighting = weighting;
    const int k = table.k();
    const double n = table.total();
    if (n <= 0 || weights.size() != size_t(k) * size_t(k)) {
        out.value = out.observed = out.expected = kNaN;
        return out;
    }
    for (int i = 0; i < k; ++i)
        for (int j = 0; j < k; ++j) {
            const double wij = weights[size_t(i) * size_t(k) + size_t(j)];
            out.observed += wij * table.at(i, j) / n;
            out.expected += wij * (table.rowTotal(i) / n) * (table.columnTotal(j) / n);
        }
    out.value = ratio(out.observed - out.expected, 1 - out.expected);
    if (!std::isfinite(out.value)) {
        out.se = kNaN;
        out.ci95 = {kNaN, kNaN};
        return out;
    }
    std::vector<double> rowMean(size_t(k), 0.0), columnMean(size_t(k), 0.0);
    for (int i = 0; i < k; ++i)
        for (int j = 0; j < k; ++j) {
            const double wij = weights[size_t(i) * size_t(k) + size_t(j)];
            rowMean[size_t(i)] += table.columnTotal(j) / n * wij;
            columnMean[size_t(j)] += table.rowTotal(i) / n * wij;
        }
    double sum = 0;
    for (int i = 0; i < k; ++i)
        for (int j = 0; j < k; ++j) {
            const double wij = weights[size_t(i) * size_t(k) + size_t(j)];
            const double d = wij - (rowMean[size_t(i)] + columnMean[size_t(j)]) * (1 - out.value);
            sum += table.at(i, j) / n * d * d;
        }
    const double tail = out.value - out.expected * (1 - out.value);
    const double var = (sum - tail * tail) / (n * (1 - out.expected) * (1 - out.expected));
    out.se = std::sqrt(std::max(0.0, var));
    out.ci95 = clippedInterval(out.value, out.se);
    return out;
}

QJsonObject toJson(const MultiRaterCoefficient &c)
{
    return {{QStringLiteral("value"), jsonNumber(c.value)},
            {QStringLiteral("observed"), jsonNumber(c.observed)},
            {QStringLiteral("expected"), jsonNumber(c.expected)},
            {QStringLiteral("se"), jsonNumber(c.se)},
            {QStringLiteral("ci95"), QJsonArray{jsonNumber(c.ci95.low), jsonNumber(c.ci95.high)}}};
}

QJsonObject toJson(const MultiRaterResult &r)
{
    QJsonArray pi;
    for (double p : r.classification)
        pi.append(jsonNumber(p));
    return {{QStringLiteral("weights"), weightingName(r.weighting)},
            {QStringLiteral("subjects"), r.subjects},
            {QStringLiteral("pairableSubjects"), r.pairableSubjects},
            {QStringLiteral("categories"), r.categories},
            {QStringLiteral("missingRatings"), r.missingRatings},
            {QStringLiteral("classification"), pi},
            {QStringLiteral("fleissKappa"), toJson(r.fleiss)},
            {r.weighting == Weighting::Identity ? QStringLiteral("ac1") : QStringLiteral("ac2"), toJson(r.gwet)},
            {QStringLiteral("brennanPrediger"), toJson(r.brennanPrediger)}};
}

QJsonObject toJson(const WeightedKappa &k)
{
    return {{QStringLiteral("weights"), weightingName(k.weighting)},
            {QStringLiteral("value"), jsonNumber(k.value)},
            {QStringLiteral("observed"), jsonNumber(k.observed)},
            {QStringLiteral("expected"), jsonNumber(k.expected)},
            {QStringLiteral("se"), jsonNumber(k.se)},
            {QStringLiteral("ci95"), QJsonArray{jsonNumber(k.ci95.low), jsonNumber(k.ci95.high)}}};
}

} // namespace dyad::core::agreement
