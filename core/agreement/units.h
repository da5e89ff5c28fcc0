#pragma once

#include "coefficients.h"
#include "core/model/types.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <array>
#include <vector>

namespace dyad::core::agreement {

/** One coding as the agreement engine sees it: which code, which span. */
struct CodedSpan
{
    QString codeKey;
    Span span;
};

/**
 * Sorted union of @p spans clipped to [0, length): overlapping and touching spans merged.
 * Coverage (character and token units) is computed on this form.
 */
std::vector<Span> normalizeSpans(std::vector<Span> spans, Offset length);

/** Σ of lengths of normalised spans. */
Offset coveredLength(const std::vector<Span> &normalized);
/** Length of the intersection of two normalised span lists (linear merge). */
Offset intersectionLength(const std::vector<Span> &x, const std::vector<Span> &y);
/** Union of two normalised span lists, normalised. */
std::vector<Span> unionSpans(const std::vector<Span> &x, const std::vector<Span> &y);

/**
 * Character units for one code in one record. Each code point is "coded" by a reviewer if
 * one of the reviewer's (normalised) spans covers it; @p universe is the number of code
 * points compared (the text length, or the length of text anybody coded).
 * a = |A ∩ B|, b = |A \ B|, c = |B \ A|, d = universe − |A ∪ B|.
 */
Table2x2 characterTable(const std::vector<Span> &a, const std::vector<Span> &b, Offset universe);

/**
 * Indices of the tokens a reviewer coded: a token counts as coded when at least half of its
 * code points (2·covered ≥ length) are covered by @p normalized. @p tokens must be sorted
 * and non-overlapping. Cost is proportional to the tokens the spans touch.
 */
std::vector<int> coveredTokens(const std::vector<Span> &tokens, const std::vector<Span> &normalized);

/** Token table from two sorted index lists, over a universe of @p universe tokens. */
Table2x2 tokenTable(const std::vector<int> &a, const std::vector<int> &b, std::int64_t universe);

/** Segment matching counts: a 2×2-like table without a "both absent" cell. */
struct SegmentCounts
{
    std::int64_t matched = 0; ///< pairs of one A and one B segment matched one-to-one
    std::int64_t aOnly = 0;   ///< A's segments left unmatched
    std::int64_t bOnly = 0;   ///< B's segments left unmatched

    /** Dice/F1 = 2·matched / (2·matched + aOnly + bOnly); NaN when neither has a segment. */
    double score() const;
    SegmentCounts &operator+=(const SegmentCounts &o)
    {
        matched += o.matched;
        aOnly += o.aOnly;
        bOnly += o.bOnly;
        return *this;
    }
    friend bool operator==(const SegmentCounts &, const SegmentCounts &) = default;
};

/** Thresholds of the segment curve: 0.1, 0.2, ..., 1.0. */
inline constexpr int kCurvePoints = 10;
inline constexpr double curveThreshold(int i) { return 0.1 * (i + 1); }
using SegmentCurve = std::array<SegmentCounts, kCurvePoints>;

/**
 * Matches A's segments to B's: a pair qualifies when overlap ≥ threshold × the longer
 * span's length; qualifying pairs are taken greedily, largest overlap first (ties: higher
 * overlap ratio, then earlier spans), each segment used at most once. Unmatched segments are
 * disagreements.
 */
SegmentCounts matchSegments(const std::vector<Span> &a, const std::vector<Span> &b, double threshold);
/** matchSegments() at every curve threshold, sharing the candidate pairs. */
SegmentCurve segmentCurve(const std::vector<Span> &a, const std::vector<Span> &b);

/** Units of comparison for one code (or theme) in one record. */
struct UnitCounts
{
    Table2x2 record;           ///< n = 1: code present in the record for A / B
    Table2x2 recordCoded;      ///< as record, but n = 0 when nobody coded anything in the record
    Table2x2 characters;       ///< universe = the whole text
    Table2x2 charactersCoded;  ///< universe = text coded by anybody with any code
    Table2x2 tokens;           ///< universe = all tokens (empty when no tokens given)
    Table2x2 tokensCoded;      ///< universe = tokens coded by anybody with any code
    SegmentCounts segments;    ///< at the configured threshold
    SegmentCurve curve;        ///< at 0.1 … 1.0
};

/** One record's data for two reviewers. */
struct RecordInput
{
    Offset textLength = 0;          ///< in code points
    std::vector<Span> tokens;       ///< word tokens from the text layer; may be empty
    std::vector<CodedSpan> a;       ///< reviewer A's codings
    std::vector<CodedSpan> b;       ///< reviewer B's codings
};

struct UnitOptions
{
    double segmentThreshold = 0.9;  ///< overlap needed, as a share of the longer span
};

/** Per-code units of one record, for every code either reviewer used in it (sorted by key). */
struct CodeUnitCounts
{
    QString codeKey;
    UnitCounts counts;
};
std::vector<CodeUnitCounts> recordUnits(const RecordInput &record, const UnitOptions &options = {});

/**
 * The per-code units from already grouped spans (the form report.cpp uses).
 * @p codedByAnyone is the normalised union of every coding of both reviewers in the record;
 * @p tokensCodedByAnyone the tokens it covers. @p aSegments / @p bSegments are the
 * segments to match (raw codings for a code, union components for a theme).
 */
UnitCounts unitCounts(const std::vector<Span> &aNormalized, const std::vector<Span> &bNormalized,
                      const std::vector<Span> &aSegments, const std::vector<Span> &bSegments, Offset textLength,
                      const std::vector<Span> &tokens, const std::vector<Span> &codedByAnyone,
                      std::int64_t tokensCodedByAnyone, double segmentThreshold);

QJsonObject toJson(const SegmentCounts &s);
/** The curve as JSON: one object per threshold 0.1 … 1.0 with matched, aOnly, bOnly, score and threshold. */
QJsonArray curveJson(const SegmentCurve &curve);

} // namespace dyad::core::agreement
