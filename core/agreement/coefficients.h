#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <vector>

namespace dyad::core::agreement {

/**
 * A 2×2 agreement table for one binary judgement (e.g. "code present") made by reviewers
 * A and B on n units:
 *
 *                 B yes   B no
 *        A yes      a       b
 *        A no       c       d
 */
struct Table2x2
{
    std::int64_t a = 0; ///< both say yes
    std::int64_t b = 0; ///< A yes, B no
    std::int64_t c = 0; ///< A no, B yes
    std::int64_t d = 0; ///< both say no

    std::int64_t n() const { return a + b + c + d; }
    Table2x2 &operator+=(const Table2x2 &o)
    {
        a += o.a;
        b += o.b;
        c += o.c;
        d += o.d;
        return *this;
    }
    friend Table2x2 operator+(Table2x2 x, const Table2x2 &y) { return x += y; }
    /** The same table seen with the reviewers swapped. */
    Table2x2 transposed() const { return {a, c, b, d}; }
    friend bool operator==(const Table2x2 &, const Table2x2 &) = default;
};

/**
 * A k×k contingency table of two reviewers' classifications: cell (i, j) counts the units
 * that reviewer A put in category i and reviewer B in category j. Counts may be fractional
 * (weighted units) but are normally whole numbers.
 */
class ContingencyTable
{
public:
    ContingencyTable() = default;
    explicit ContingencyTable(int k) : m_k(k), m_cells(static_cast<size_t>(k) * static_cast<size_t>(k), 0.0) {}
    /** Row-major cells; `cells.size()` must be k². */
    ContingencyTable(int k, std::vector<double> cells) : m_k(k), m_cells(std::move(cells)) {}
    static ContingencyTable fromTable(const Table2x2 &t);

    int k() const { return m_k; }
    double at(int i, int j) const { return m_cells[index(i, j)]; }
    double &at(int i, int j) { return m_cells[index(i, j)]; }
    double total() const;
    double rowTotal(int i) const;
    double columnTotal(int j) const;
    const std::vector<double> &cells() const { return m_cells; }

private:
    size_t index(int i, int j) const { return static_cast<size_t>(i) * static_cast<size_t>(m_k) + static_cast<size_t>(j); }
    int m_k = 0;
    std::vector<double> m_cells;
};

/** A two-sided confidence interval. */
struct Interval
{
    double low = 0;
    double high = 0;
};

/**
 * The agreement coefficients of one 2×2 or k×k table, with the counts behind them.
 * Undefined values (e.g. κ when both reviewers used a single category, or any value of an
 * empty table) are NaN; toJson() writes them as null.
 */
struct Coefficients
{
    ContingencyTable table;       ///< the counts every figure below derives from
    bool binary = false;          ///< built from a Table2x2: the 2×2-only figures are set
    double n = 0;                 ///< units compared
    int categories = 0;           ///< q, the number of categories available (Brennan–Prediger, AC1)

    double observed = 0;          ///< p_o, percent agreement as a proportion
    double expectedCohen = 0;     ///< p_e of Cohen's κ (product of each reviewer's marginals)
    double kappa = 0;             ///< Cohen's κ (1960)
    double kappaSe = 0;           ///< large-sample SE of κ, Fleiss, Cohen & Everitt (1969), not assuming κ = 0
    double kappaSeNull = 0;       ///< SE of κ under H0: κ = 0 (same paper), for a z test
    Interval kappaCi95;           ///< κ ± 1.96·kappaSe, clipped to [-1, 1]
    double scottPi = 0;           ///< Scott's π (1955)
    double brennanPrediger = 0;   ///< Brennan & Prediger (1981), chance = 1/q
    double ac1 = 0;               ///< Gwet's AC1 (2008)
    double ac1Se = 0;             ///< SE of AC1, Gwet (2008) variance for two raters (infinite population)
    Interval ac1Ci95;             ///< AC1 ± 1.96·ac1Se, clipped to [-1, 1]
    double alpha = 0;             ///< Krippendorff's α, nominal, two coders, no missing values
    double pabak = 0;             ///< prevalence- and bias-adjusted κ (Byrt et al. 1993): 2p_o − 1; k×k: (k·p_o − 1)/(k − 1)

    // 2×2 only (NaN for k×k tables)
    double positiveAgreement = 0; ///< p_pos = 2a / (2a + b + c)
    double negativeAgreement = 0; ///< p_neg = 2d / (2d + b + c)
    double prevalenceIndex = 0;   ///< PI = (a − d) / n (Byrt et al. 1993)
    double biasIndex = 0;         ///< BI = (b − c) / n (Byrt et al. 1993)

    QString landisKoch;           ///< band of κ after Landis & Koch (1977): a convention, not a test
    bool kappaParadox = false;    ///< isKappaParadox(), when both reviewers used every category either used; paradoxNote() words it
};

/** Thresholds of the kappa-paradox warning (see docs/agreement.md). */
struct ParadoxRule
{
    double minObserved = 0.85;  ///< p_o at or above this counts as "high agreement"
    double maxKappa = 0.60;     ///< ... and κ below this, or
    double maxGap = 0.30;       ///< ... p_o − κ above this, raises the flag
};

/**
 * The kappa paradox (Feinstein & Cicchetti 1990): high observed agreement with a much lower
 * κ, caused by skewed prevalence or bias. True when p_o ≥ 0.85 and (κ < 0.60 or
 * p_o − κ > 0.30).
 */
bool isKappaParadox(double observed, double kappa, const ParadoxRule &rule = {});

/**
 * The warning for a flagged table, suggesting AC1 and PABAK; empty when not flagged.
 * Built on demand (reports flag thousands of per-record tables).
 */
QString paradoxNote(const Coefficients &c);

/** Landis & Koch (1977) label for a κ-like value ("poor" < 0 ≤ "slight" ≤ 0.20 < "fair" ...). */
QString landisKochBand(double kappa);

/**
 * The band of landisKochBand() in the user's language, for reports and views; the English
 * band stays what CSV and JSON carry. Empty for an empty band.
 */
QString landisKochLabel(const QString &band);

/** All coefficients of a 2×2 table (q = 2). */
Coefficients computeCoefficients(const Table2x2 &table);

/**
 * All coefficients of a k×k table. @p categories is q for Brennan–Prediger and AC1; 0 means
 * k. Pass a larger q when some available categories were never used.
 */
Coefficients computeCoefficients(const ContingencyTable &table, int categories = 0);

/** Two-sided 95 % normal quantile used for every interval here. */
inline constexpr double kZ95 = 1.959963984540054;

/** JSON with every figure and the counts; NaN becomes null. */
QJsonObject toJson(const Coefficients &c);
QJsonObject toJson(const Table2x2 &t);

/** A finite double as JSON, NaN/inf as null. */
QJsonValue jsonNumber(double v);

} // namespace dyad::core::agreement
