#pragma once

#include "coefficients.h"
#include "core/result.h"
#include "krippendorff.h"
#include "multirater.h"
#include "unitizing.h"
#include "units.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dyad::core::agreement {

/** A node of the codebook hierarchy (code → sub-theme → theme). */
struct CodeNode
{
    QString key;        ///< stable key (e.g. the code's UUID)
    QString parentKey;  ///< empty for a top-level node
    QString name;       ///< for display only
};

/** One record's text geometry and every reviewer's codings on it. */
struct ReportRecord
{
    QString key;                                   ///< e.g. the record's UUID
    Offset textLength = 0;                         ///< code points
    std::vector<Span> tokens;                      ///< word tokens (sorted); empty: no token units
    std::vector<std::vector<CodedSpan>> codings;   ///< per reviewer, in ReportInput::reviewers order
};

struct ReportInput
{
    std::vector<CodeNode> codes;
    QStringList reviewers;                         ///< names; two or more
    std::vector<ReportRecord> records;
    double segmentThreshold = 0.9;                 ///< overlap as a share of the longer span
    bool perRecordUnitizing = true;                ///< α_U per record (costs a little time)
};

enum class ScopeKind { Code, Theme, Record, Pooled };
QString scopeName(ScopeKind kind);

/** A table and its coefficients. */
struct UnitResult
{
    Table2x2 counts;
    Coefficients coefficients;
};

/** Every unit of comparison for one scope (a code, a theme, a record, or everything). */
struct ScopeResult
{
    ScopeKind kind = ScopeKind::Pooled;
    QString key;
    QString name;
    UnitResult record;           ///< code present/absent per record (records scope: per code)
    UnitResult recordCoded;      ///< same, leaving out records nobody coded at all
    UnitResult characters;       ///< every code point of the texts
    UnitResult charactersCoded;  ///< code points somebody coded with any code
    UnitResult tokens;           ///< word tokens (≥ half covered)
    UnitResult tokensCoded;      ///< tokens somebody coded with any code
    double characterJaccard = 0; ///< a / (a + b + c): agreement leaving out text nobody coded with this code
    SegmentCounts segments;      ///< at ReportInput::segmentThreshold
    SegmentCurve curve;          ///< at 0.1 … 1.0
    UnitizingResult unitizing;   ///< Krippendorff's α_U
};

/** All scopes for one pair of reviewers. */
struct PairReport
{
    int reviewerA = 0;
    int reviewerB = 1;
    std::vector<ScopeResult> codes;    ///< every code, in codebook order (own codings only)
    std::vector<ScopeResult> themes;   ///< every node with children: union of its subtree's spans
    std::vector<ScopeResult> records;  ///< every record
    ScopeResult pooled;                ///< sums of the per-code tables
};

/** Figures over all reviewers at once, per code (only when there are more than two). */
struct MultiRaterCode
{
    QString key;
    QString name;
    AlphaResult recordAlpha;                 ///< nominal α, units = records, value = present/absent
    std::optional<FleissResult> recordFleiss;
    /** Fleiss-style κ, Gwet's AC1 and Brennan–Prediger with SEs, record unit (Gwet 2014). */
    std::optional<MultiRaterResult> recordChance;
    UnitizingResult unitizing;               ///< α_U with m coders over the concatenated texts
};

struct AgreementReport
{
    QStringList reviewers;
    double segmentThreshold = 0.9;
    bool hasTokens = false;
    std::vector<PairReport> pairs;           ///< every pair i < j of reviewers
    std::vector<MultiRaterCode> multiRater;  ///< empty for two reviewers

    /** The pairwise matrix of one pooled figure, e.g. [](const ScopeResult &s){ return s.characters.coefficients.kappa; }. */
    template<typename F>
    std::vector<std::vector<double>> pairwiseMatrix(F figure) const;

    QJsonObject toJson() const;
    /** One row per pair × scope × unit; header row first. */
    QString toCsv() const;
};

/**
 * Computes every unit × coefficient for every scope. Fails with a message naming the record
 * when a coding refers to an unknown code or lies outside its text, and when the hierarchy
 * names an unknown parent or has a cycle.
 */
Result<AgreementReport> computeAgreementReport(const ReportInput &input);

template<typename F>
std::vector<std::vector<double>> AgreementReport::pairwiseMatrix(F figure) const
{
    const size_t n = size_t(reviewers.size());
    std::vector<std::vector<double>> m(n, std::vector<double>(n, 1.0));
    for (const PairReport &p : pairs) {
        const double v = figure(p.pooled);
        m[size_t(p.reviewerA)][size_t(p.reviewerB)] = v;
        m[size_t(p.reviewerB)][size_t(p.reviewerA)] = v;
    }
    return m;
}

} // namespace dyad::core::agreement
