#include "coefficients.h"

#include "core/agreement/interval_p.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dyad::core::agreement {

using namespace detail;

ContingencyTable ContingencyTable::fromTable(const Table2x2 &t)
{
    // Category 0 = "yes", 1 = "no", so cell (0,0) is a.
    return ContingencyTable(2, {double(t.a), double(t.b), double(t.c), double(t.d)});
}

double ContingencyTable::total() const
{
    double s = 0;
    for (double v : m_cells)
        s += v;
    return s;
}

double ContingencyTable::rowTotal(int i) const
{
    double s = 0;
    for (int j = 0; j < m_k; ++j)
        s += at(i, j);
    return s;
}

double ContingencyTable::columnTotal(int j) const
{
    double s = 0;
    for (int i = 0; i < m_k; ++i)
        s += at(i, j);
    return s;
}

bool isKappaParadox(double observed, double kappa, const ParadoxRule &rule)
{
    if (!std::isfinite(observed) || !std::isfinite(kappa))
        return false;
    return observed >= rule.minObserved && (kappa < rule.maxKappa || observed - kappa > rule.maxGap);
}

QString landisKochBand(double kappa)
{
    if (!std::isfinite(kappa))
        return QString();
    if (kappa < 0)
        return QStringLiteral(QT_TRANSLATE_NOOP("Agreement", "poor"));
    if (kappa <= 0.20)
        return QStringLiteral(QT_TRANSLATE_NOOP("Agreement", "slight"));
    if (kappa <= 0.40)
        return QStringLiteral(QT_TRANSLATE_NOOP("Agreement", "fair"));
    if (kappa <= 0.60)
        return QStringLiteral(QT_TRANSLATE_NOOP("Agreement", "moderate"));
    if (kappa <= 0.80)
        return QStringLiteral(QT_TRANSLATE_NOOP("Agreement", "substantial"));
    return QStringLiteral(QT_TRANSLATE_NOOP("Agreement", "almost perfect"));
}

QString landisKochLabel(const QString &band)
{
    return band.isEmpty() ? QString() : QCoreApplication::translate("Agreement", band.toUtf8().constData());
}

Coefficients computeCoefficients(const ContingencyTable &table, int categories)
{
    Coefficients r;
    r.table = table;
    const int k = table.k();
    const int q = categories > 0 ? std::max(categories, k) : k;
    r.categories = q;
    const double n = table.total();
    r.n = n;

    r.positiveAgreement = r.negativeAgreement = r.prevalenceIndex = r.biasIndex = kNaN;
    if (n <= 0 || k == 0) {
        r.observed = r.expectedCohen = r.kappa = r.kappaSe = r.kappaSeNull = kNaN;
        r.scottPi = r.brennanPrediger = r.ac1 = r.ac1Se = r.alpha = r.pabak = kNaN;
        r.kappaCi95 = r.ac1Ci95 = {kNaN, kNaN};
        return r;
    }

    std::vector<double> row(static_cast<size_t>(k)), col(static_cast<size_t>(k)), pik(static_cast<size_t>(k));
    double po = 0;
    for (int i = 0; i < k; ++i) {
        row[size_t(i)] = table.rowTotal(i) / n;
        col[size_t(i)] = table.columnTotal(i) / n;
        pik[size_t(i)] = (row[size_t(i)] + col[size_t(i)]) / 2;
        po += table.at(i, i) / n;
    }
    auto p = [&](int i, int j) { return table.at(i, j) / n; };
    r.observed = po;

    // Cohen (1960).
    double pe = 0, peNullExtra = 0;
    for (int i = 0; i < k; ++i) {
        pe += row[size_t(i)] * col[size_t(i)];
        peNullExtra += row[size_t(i)] * col[size_t(i)] * (row[size_t(i)] + col[size_t(i)]);
    }
    r.expectedCohen = pe;
    r.kappa = ratio(po - pe, 1 - pe);

    // Fleiss, Cohen & Everitt (1969), eq. 13: large-sample variance of κ without assuming κ = 0.
    if (1 - pe != 0) {
        double s1 = 0, s2 = 0;
        for (int i = 0; i < k; ++i) {
            const double t = (1 - pe) - (row[size_t(i)] + col[size_t(i)]) * (1 - po);
            s1 += p(i, i) * t * t;
            for (int j = 0; j < k; ++j)
                if (i != j) {
                    const double u = col[size_t(i)] + row[size_t(j)];
                    s2 += p(i, j) * u * u;
                }
        }
        s2 *= (1 - po) * (1 - po);
        const double s3 = po * pe - 2 * pe + po;
        const double var = (s1 + s2 - s3 * s3) / (n * std::pow(1 - pe, 4));
        r.kappaSe = std::sqrt(std::max(0.0, var));
        // Same paper, eq. 14: variance under the null hypothesis κ = 0.
        const double var0 = (pe + pe * pe - peNullExtra) / (n * (1 - pe) * (1 - pe));
        r.kappaSeNull = std::sqrt(std::max(0.0, var0));
    } else {
        r.kappaSe = r.kappaSeNull = kNaN;
    }
    r.kappaCi95 = clippedInterval(r.kappa, r.kappaSe);

    // Scott (1955): chance from the pooled marginals.
    double pePi = 0;
    for (double x : pik)
        pePi += x * x;
    r.scottPi = ratio(po - pePi, 1 - pePi);

    // Brennan & Prediger (1981): chance 1/q.
    r.brennanPrediger = q > 1 ? (po - 1.0 / q) / (1 - 1.0 / q) : kNaN;
    r.pabak = r.brennanPrediger; // Byrt et al.'s PABAK is the q = k case; set exactly below for 2×2

    // Gwet (2008): chance = Σ π_k (1 − π_k) / (q − 1); variance eq. for two raters.
    if (q > 1) {
        double peG = 0;
        for (double x : pik)
            peG += x * (1 - x);
        peG /= (q - 1);
        const double ac1 = (po - peG) / (1 - peG);
        r.ac1 = ac1;
        double a2 = 0, a3 = 0;
        for (int i = 0; i < k; ++i) {
            a2 += p(i, i) * (1 - pik[size_t(i)]);
            for (int j = 0; j < k; ++j) {
                const double w = 1 - (pik[size_t(i)] + pik[size_t(j)]) / 2;
                a3 += p(i, j) * w * w;
            }
        }
        a2 = a2 / (q - 1) - po * peG;
        a3 = a3 / double((q - 1) * (q - 1)) - peG * peG;
        const double var = (po * (1 - po) - 4 * (1 - ac1) * a2 + 4 * (1 - ac1) * (1 - ac1) * a3)
            / (n * (1 - peG) * (1 - peG));
        r.ac1Se = std::sqrt(std::max(0.0, var));
    } else {
        r.ac1 = r.ac1Se = kNaN;
    }
    r.ac1Ci95 = clippedInterval(r.ac1, r.ac1Se);

    // Krippendorff's α, nominal, 2 coders × n units: coincidences from the table.
    {
        const double pairable = 2 * n;
        double offDiagonal = 0, expected = 0;
        for (int i = 0; i < k; ++i)
            for (int j = 0; j < k; ++j)
                if (i != j) {
                    offDiagonal += table.at(i, j);
                    expected += (pik[size_t(i)] * pairable) * (pik[size_t(j)] * pairable);
                }
        const double dObserved = 2 * offDiagonal / pairable;
        const double dExpected = expected / (pairable * (pairable - 1));
        r.alpha = dExpected > 0 ? 1 - dObserved / dExpected : kNaN;
    }

    r.landisKoch = landisKochBand(r.kappa);
    // The paradox is about prevalence: both reviewers use the categories, yet κ is low. When
    // one reviewer never used a category the other used (a code only one reviewer applied),
    // κ ≤ 0 is plain disagreement, not the paradox.
    bool sharedCategories = true;
    for (int i = 0; i < k; ++i)
        if ((table.rowTotal(i) > 0) != (table.columnTotal(i) > 0))
            sharedCategories = false;
    r.kappaParadox = sharedCategories && isKappaParadox(r.observed, r.kappa);
    return r;
}

Coefficients computeCoefficients(const Table2x2 &t)
{
    Coefficients r = computeCoefficients(ContingencyTable::fromTable(t), 2);
    r.binary = true;
    const double n = double(t.n());
    r.positiveAgreement = ratio(2.0 * double(t.a), 2.0 * double(t.a) + double(t.b + t.c));
    r.negativeAgreement = ratio(2.0 * double(t.d), 2.0 * double(t.d) + double(t.b + t.c));
    r.prevalenceIndex = ratio(double(t.a - t.d), n);
    r.biasIndex = ratio(double(t.b - t.c), n);
    r.pabak = n > 0 ? 2 * r.observed - 1 : kNaN;
    return r;
}

QString paradoxNote(const Coefficients &c)
{
    if (!c.kappaParadox)
        return QString();
    QString why = QCoreApplication::translate("Agreement", "skewed prevalence or bias");
    if (c.binary)
        why = QCoreApplication::translate("Agreement", "skewed prevalence (PI %1) or bias (BI %2)").arg(c.prevalenceIndex, 0, 'f', 2).arg(c.biasIndex, 0, 'f', 2);
    return QCoreApplication::translate("Agreement", "High observed agreement (%1 %) with a much lower kappa (%2): the kappa paradox of %3. "
                          "Read Gwet's AC1 (%4) and PABAK (%5) alongside kappa.")
        .arg(c.observed * 100, 0, 'f', 1)
        .arg(c.kappa, 0, 'f', 3)
        .arg(why)
        .arg(c.ac1, 0, 'f', 3)
        .arg(c.pabak, 0, 'f', 3);
}

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const Table2x2 &t)
{
    return QJsonObject{{QStringLiteral("a"), double(t.a)},
                       {QStringLiteral("b"), double(t.b)},
                       {QStringLiteral("c"), double(t.c)},
                       {QStringLiteral("d"), double(t.d)},
                       {QStringLiteral("n"), double(t.n())}};
}

QJsonObject toJson(const Coefficients &c)
{
    QJsonObject o;
    if (c.binary && c.table.k() == 2) {
        o.insert(QStringLiteral("counts"),
                 toJson(Table2x2{std::int64_t(c.table.at(0, 0)), std::int64_t(c.table.at(0, 1)),
                                 std::int64_t(c.table.at(1, 0)), std::int64_t(c.table.at(1, 1))}));
    } else {
        QJsonArray rows;
        for (int i = 0; i < c.table.k(); ++i) {
            QJsonArray row;
            for (int j = 0; j < c.table.k(); ++j)
                row.append(c.table.at(i, j));
            rows.append(row);
        }
        o.insert(QStringLiteral("table"), rows);
    }
    o.insert(QStringLiteral("n"), c.n);
    o.insert(QStringLiteral("categories"), c.categories);
    o.insert(QStringLiteral("percentAgreement"), jsonNumber(c.observed));
    o.insert(QStringLiteral("expectedAgreement"), jsonNumber(c.expectedCohen));
    o.insert(QStringLiteral("kappa"), jsonNumber(c.kappa));
    o.insert(QStringLiteral("kappaSe"), jsonNumber(c.kappaSe));
    o.insert(QStringLiteral("kappaSeNull"), jsonNumber(c.kappaSeNull));
    o.insert(QStringLiteral("kappaCi95"), QJsonArray{jsonNumber(c.kappaCi95.low), jsonNumber(c.kappaCi95.high)});
    o.insert(QStringLiteral("scottPi"), jsonNumber(c.scottPi));
    o.insert(QStringLiteral("brennanPrediger"), jsonNumber(c.brennanPrediger));
    o.insert(QStringLiteral("ac1"), jsonNumber(c.ac1));
    o.insert(QStringLiteral("ac1Se"), jsonNumber(c.ac1Se));
    o.insert(QStringLiteral("ac1Ci95"), QJsonArray{jsonNumber(c.ac1Ci95.low), jsonNumber(c.ac1Ci95.high)});
    o.insert(QStringLiteral("krippendorffAlpha"), jsonNumber(c.alpha));
    o.insert(QStringLiteral("pabak"), jsonNumber(c.pabak));
    if (c.binary) {
        o.insert(QStringLiteral("positiveAgreement"), jsonNumber(c.positiveAgreement));
        o.insert(QStringLiteral("negativeAgreement"), jsonNumber(c.negativeAgreement));
        o.insert(QStringLiteral("prevalenceIndex"), jsonNumber(c.prevalenceIndex));
        o.insert(QStringLiteral("biasIndex"), jsonNumber(c.biasIndex));
    }
    o.insert(QStringLiteral("landisKoch"), c.landisKoch);
    o.insert(QStringLiteral("kappaParadox"), c.kappaParadox);
    if (c.kappaParadox)
        o.insert(QStringLiteral("note"), paradoxNote(c));
    return o;
}

} // namespace dyad::core::agreement
