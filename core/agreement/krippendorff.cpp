#include "krippendorff.h"

#include "coefficients.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dyad::core::agreement {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

QString levelName(MetricLevel level)
{
    switch (level) {
    case MetricLevel::Nominal: return QStringLiteral("nominal");
    case MetricLevel::Ordinal: return QStringLiteral("ordinal");
    case MetricLevel::Interval: return QStringLiteral("interval");
    case MetricLevel::Ratio: return QStringLiteral("ratio");
    }
    return QString();
}

std::optional<MetricLevel> levelFromName(const QString &name)
{
    for (MetricLevel l : {MetricLevel::Nominal, MetricLevel::Ordinal, MetricLevel::Interval, MetricLevel::Ratio})
        if (levelName(l).compare(name, Qt::CaseInsensitive) == 0)
            return l;
    return std::nullopt;
}

Result<AlphaResult> krippendorffAlpha(const ReliabilityData &data, MetricLevel level)
{
    AlphaResult r;
    r.level = level;
    r.units = int(data.size());

    std::vector<double> values;
    for (const auto &unit : data) {
        r.coders = std::max(r.coders, int(unit.size()));
        for (const auto &v : unit)
            if (v) {
                if (!std::isfinite(*v))
                    return makeError(QCoreApplication::translate("Agreement", "Krippendorff's alpha needs finite values."));
                if (level == MetricLevel::Ratio && *v < 0)
                    return makeError(QCoreApplication::translate("Agreement", "Ratio-level alpha needs non-negative values; found %1.").arg(*v));
                values.push_back(*v);
            }
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    const size_t V = values.size();
    r.values = values;
    r.coincidences.assign(V * V, 0.0);
    auto indexOf = [&](double v) { return size_t(std::lower_bound(values.begin(), values.end(), v) - values.begin()); };

    // o_ck = Σ_u (number of c–k pairs in u) / (m_u − 1), pairs ordered, within unit.
    std::vector<double> countInUnit(V, 0.0);
    std::vector<size_t> touched;
    for (const auto &unit : data) {
        touched.clear();
        int m = 0;
        for (const auto &v : unit)
            if (v) {
                const size_t i = indexOf(*v);
                if (countInUnit[i] == 0)
                    touched.push_back(i);
                countInUnit[i] += 1;
                ++m;
            }
        if (m >= 2) {
            ++r.pairableUnits;
            for (size_t c : touched)
                for (size_t k : touched) {
                    const double pairs = c == k ? countInUnit[c] * (countInUnit[c] - 1) : countInUnit[c] * countInUnit[k];
                    r.coincidences[c * V + k] += pairs / (m - 1);
                }
        }
        for (size_t i : touched)
            countInUnit[i] = 0;
    }

    r.marginals.assign(V, 0.0);
    for (size_t c = 0; c < V; ++c)
        for (size_t k = 0; k < V; ++k)
            r.marginals[c] += r.coincidences[c * V + k];
    double n = 0;
    for (double x : r.marginals)
        n += x;
    r.pairableValues = n;
    if (n < 2) {
        r.alpha = r.observedDisagreement = r.expectedDisagreement = kNaN;
        return r;
    }

    // Ordinal δ² uses the marginals: (Σ_{g=c..k} n_g − (n_c + n_k)/2)², via prefix sums.
    std::vector<double> prefix(V + 1, 0.0);
    for (size_t i = 0; i < V; ++i)
        prefix[i + 1] = prefix[i] + r.marginals[i];
    auto delta2 = [&](size_t c, size_t k) -> double {
        if (c == k)
            return 0;
        switch (level) {
        case MetricLevel::Nominal: return 1;
        case MetricLevel::Ordinal: {
            const size_t lo = std::min(c, k), hi = std::max(c, k);
            const double s = prefix[hi + 1] - prefix[lo] - (r.marginals[c] + r.marginals[k]) / 2;
            return s * s;
        }
        case MetricLevel::Interval: {
            const double d = values[c] - values[k];
            return d * d;
        }
        case MetricLevel::Ratio: {
            const double sum = values[c] + values[k];
            const double d = sum != 0 ? (values[c] - values[k]) / sum : 0;
            return d * d;
        }
        }
        return 0;
    };

    double dObs = 0, dExp = 0;
    for (size_t c = 0; c < V; ++c)
        for (size_t k = 0; k < V; ++k) {
            if (c == k)
                continue;
            const double d = delta2(c, k);
            dObs += r.coincidences[c * V + k] * d;
            dExp += r.marginals[c] * r.marginals[k] * d;
        }
    r.observedDisagreement = dObs / n;
    r.expectedDisagreement = dExp / (n * (n - 1));
    r.alpha = r.expectedDisagreement > 0 ? 1 - r.observedDisagreement / r.expectedDisagreement : kNaN;
    return r;
}

Result<FleissResult> fleissKappa(const std::vector<std::vector<int>> &counts)
{
    FleissResult r;
    r.subjects = int(counts.size());
    if (counts.empty())
        return makeError(QCoreApplication::translate("Agreement", "Fleiss' kappa needs at least one subject."));
    r.categories = int(counts.front().size());
    int m = -1;
    for (size_t i = 0; i < counts.size(); ++i) {
        if (int(counts[i].size()) != r.categories)
            return makeError(QCoreApplication::translate("Agreement", "Fleiss' kappa: subject %1 has %2 categories, expected %3.")
                                 .arg(i + 1)
                                 .arg(counts[i].size())
                                 .arg(r.categories));
        int sum = 0;
        for (int x : counts[i]) {
            if (x < 0)
                return makeError(QCoreApplication::translate("Agreement", "Fleiss' kappa: subject %1 has a negative count.").arg(i + 1));
            sum += x;
        }
        if (m < 0)
            m = sum;
        else if (sum != m)
            return makeError(QCoreApplication::translate("Agreement", "Fleiss' kappa needs the same number of raters for every subject: "
                                            "subject %1 has %2, subject 1 has %3 (use Krippendorff's alpha for "
                                            "missing ratings).")
                                 .arg(i + 1)
                                 .arg(sum)
                                 .arg(m));
    }
    if (m < 2)
        return makeError(QCoreApplication::translate("Agreement", "Fleiss' kappa needs at least two raters per subject."));
    r.raters = m;
    const double N = r.subjects;
    r.proportions.assign(size_t(r.categories), 0.0);
    double pSum = 0;
    for (const auto &row : counts) {
        double agree = 0;
        for (size_t j = 0; j < row.size(); ++j) {
            r.proportions[j] += row[j];
            agree += double(row[j]) * (row[j] - 1);
        }
        pSum += agree / (double(m) * (m - 1));
    }
    for (double &p : r.proportions)
        p /= N * m;
    r.meanObserved = pSum / N;
    double pq = 0, pqqp = 0;
    for (double p : r.proportions) {
        r.expected += p * p;
        pq += p * (1 - p);
        pqqp += p * (1 - p) * ((1 - p) - p);
    }
    r.kappa = r.expected < 1 ? (r.meanObserved - r.expected) / (1 - r.expected) : kNaN;
    r.seNull = pq > 0 ? std::sqrt(2.0 / (N * m * (m - 1)) * (pq * pq - pqqp)) / pq : kNaN;
    // κ_j = 1 − Σ_i x_ij (m − x_ij) / (N m (m − 1) p_j q_j)
    r.categoryKappa.assign(size_t(r.categories), kNaN);
    for (int j = 0; j < r.categories; ++j) {
        const double p = r.proportions[size_t(j)];
        if (p <= 0 || p >= 1)
            continue;
        double s = 0;
        for (const auto &row : counts)
            s += double(row[size_t(j)]) * (m - row[size_t(j)]);
        r.categoryKappa[size_t(j)] = 1 - s / (N * m * (m - 1) * p * (1 - p));
    }
    return r;
}

AlphaResult krippendorffAlphaFromCounts(const std::vector<std::vector<int>> &counts)
{
    AlphaResult r;
    r.level = MetricLevel::Nominal;
    r.units = int(counts.size());
    const size_t V = counts.empty() ? 0 : counts.front().size();
    for (size_t k = 0; k < V; ++k)
        r.values.push_back(double(k));
    r.coincidences.assign(V * V, 0.0);
    for (const auto &row : counts) {
        int m = 0;
        for (int x : row)
            m += x;
        r.coders = std::max(r.coders, m);
        if (m < 2)
            continue;
        ++r.pairableUnits;
        for (size_t c = 0; c < V && c < row.size(); ++c)
            for (size_t k = 0; k < V && k < row.size(); ++k) {
                const double pairs = c == k ? double(row[c]) * (row[c] - 1) : double(row[c]) * row[k];
                r.coincidences[c * V + k] += pairs / (m - 1);
            }
    }
    r.marginals.assign(V, 0.0);
    double n = 0, diagonal = 0;
    for (size_t c = 0; c < V; ++c) {
        for (size_t k = 0; k < V; ++k)
            r.marginals[c] += r.coincidences[c * V + k];
        n += r.marginals[c];
        diagonal += r.coincidences[c * V + c];
    }
    r.pairableValues = n;
    if (n < 2) {
        r.alpha = r.observedDisagreement = r.expectedDisagreement = kNaN;
        return r;
    }
    double sumSquares = 0;
    for (double x : r.marginals)
        sumSquares += x * x;
    r.observedDisagreement = (n - diagonal) / n;
    r.expectedDisagreement = (n * n - sumSquares) / (n * (n - 1));
    r.alpha = r.expectedDisagreement > 0 ? 1 - r.observedDisagreement / r.expectedDisagreement : kNaN;
    return r;
}

QJsonObject toJson(const AlphaResult &a)
{
    QJsonArray values, matrix, marginals;
    for (double v : a.values)
        values.append(v);
    for (size_t c = 0; c < a.values.size(); ++c) {
        QJsonArray row;
        for (size_t k = 0; k < a.values.size(); ++k)
            row.append(a.coincidences[c * a.values.size() + k]);
        matrix.append(row);
    }
    for (double m : a.marginals)
        marginals.append(m);
    return QJsonObject{{QStringLiteral("level"), levelName(a.level)},
                       {QStringLiteral("alpha"), jsonNumber(a.alpha)},
                       {QStringLiteral("observedDisagreement"), jsonNumber(a.observedDisagreement)},
                       {QStringLiteral("expectedDisagreement"), jsonNumber(a.expectedDisagreement)},
                       {QStringLiteral("values"), values},
                       {QStringLiteral("coincidences"), matrix},
                       {QStringLiteral("marginals"), marginals},
                       {QStringLiteral("pairableValues"), a.pairableValues},
                       {QStringLiteral("units"), a.units},
                       {QStringLiteral("pairableUnits"), a.pairableUnits},
                       {QStringLiteral("coders"), a.coders}};
}

QJsonObject toJson(const FleissResult &f)
{
    QJsonArray props, kappas;
    for (double p : f.proportions)
        props.append(p);
    for (double k : f.categoryKappa)
        kappas.append(jsonNumber(k));
    return QJsonObject{{QStringLiteral("kappa"), jsonNumber(f.kappa)},
                       {QStringLiteral("meanObservedAgreement"), jsonNumber(f.meanObserved)},
                       {QStringLiteral("expectedAgreement"), jsonNumber(f.expected)},
                       {QStringLiteral("seNull"), jsonNumber(f.seNull)},
                       {QStringLiteral("proportions"), props},
                       {QStringLiteral("categoryKappa"), kappas},
                       {QStringLiteral("subjects"), f.subjects},
                       {QStringLiteral("raters"), f.raters},
                       {QStringLiteral("categories"), f.categories}};
}

} // namespace dyad::core::agreement
